import Foundation
import NetworkAdvisor
import ReferenceWorkload

// The engine measured against hand-written Swift on the reference workload: the 44 checks of
// Benchmarks/checks.md (Benchmarks/reference-checks/) over seeded generated proposals, every
// engine first checked to agree with the hand-written Swift on every check; then a full
// assessment with the default rules against evaluation alone, and `assess` end to end
// against a hello-world process. Prints one table of ratios of one run (medians of several
// repetitions) with the machine's load; nothing is asserted.
// Run from the package root: swift build -c release && swift run -c release advisor-bench
// (--quick: fewer proposals and repetitions).

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--cli" {
  // Stands in for the network-advisor executable when that is not built beside this one.
  let status = NetworkAdvisorCLI.run(
    Array(CommandLine.arguments.dropFirst(2)), console: .standard())
  exit(status.rawValue)
}

let quick = CommandLine.arguments.contains("--quick")
let repetitions = quick ? 3 : 7

/// The processor time the calling thread spends in `body`: unlike the time on the clock,
/// it leaves out the time other processes of a busy machine take.
func seconds(_ body: () -> Void) -> Double {
  func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  let start = now()
  body()
  return now() - start
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// The median time of one call of each body: after a warm-up, `repetitions` rounds that
/// each run every body once, so that bodies compared in a ratio meet the same load.
func medianTimes(_ bodies: [() -> Void]) -> [Double] {
  for body in bodies { body() }
  var times = Array(repeating: [Double](), count: bodies.count)
  for _ in 0..<repetitions {
    for (index, body) in bodies.enumerated() { times[index].append(seconds(body)) }
  }
  return times.map(median)
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("advisor-bench: \(message)\n".utf8))
  exit(2)
}

func loadFramework(_ folder: String?) -> Framework {
  let source: RuleSource
  if let folder {
    do { source = try RuleSource.directory(folder) } catch {
      fail("\(error.message); run from the package root")
    }
  } else {
    source = (try? RuleSource.directory("rules")) ?? .embedded
  }
  do { return try FrameworkLoader.load([source], subject: ProposalSubject()).framework } catch {
    fail("the rules in \(source.name) do not load: \(error.diagnostics.map(\.message))")
  }
}

func loadAverage() -> String {
  var loads = [0.0, 0.0, 0.0]
  guard getloadavg(&loads, 3) == 3 else { return "unknown" }
  return loads.map { String(format: "%.2f", $0) }.joined(separator: ", ")
}

// MARK: - The reference workload

let checks = loadFramework("Benchmarks/reference-checks")
var generator = WorkloadGenerator(seed: 1)
let normalTexts = generator.normalProposals(quick ? 400 : 2000)
generator = WorkloadGenerator(seed: 2)
let largeTexts = generator.largeProposals(quick ? 2 : 5)

/// The proposals read for the engine and decoded for the hand-written checks (untimed).
struct Prepared {
  let fields: [[Value]]
  let native: [HandWrittenProposal]

  init(_ texts: [String]) {
    fields = texts.map { text in
      guard let json = try? JSONReader.parse(Array(text.utf8)) else { fail("generated bad JSON") }
      let read = ProposalReader.read(json)
      if let problem = read.problems.first {
        fail("a generated proposal is invalid: \(problem.path): \(problem.message)")
      }
      return read.fields
    }
    native = texts.map { text in
      guard let decoded = try? HandWrittenChecks.decode(text) else { fail("cannot decode") }
      return decoded
    }
  }
}

let normal = Prepared(normalTexts)
let large = Prepared(largeTexts)
let nested = HandWrittenChecks(indexed: false)
let indexed = HandWrittenChecks(indexed: true)
guard checks.rules.map({ String($0.id.prefix(3)) }) == nested.ids else {
  fail("the reference rules are not the 44 checks in order")
}

/// Every engine must agree with the hand-written Swift on every check before it is timed.
@MainActor func verify(_ set: Prepared, _ name: String) {
  for (index, (fields, native)) in zip(set.fields, set.native).enumerated() {
    let expected = nested.run(native)
    guard indexed.run(native) == expected else {
      fail("indexed Swift disagrees on \(name) #\(index)")
    }
    let outcomes = checks.evaluate(fields).map { $0.outcome == .pass }
    if outcomes != expected {
      let wrong = zip(nested.ids, zip(outcomes, expected)).filter { $0.1.0 != $0.1.1 }.map(\.0)
      fail("the rules disagree with hand-written Swift on \(name) #\(index): \(wrong)")
    }
  }
}
verify(normal, "normal proposal")
verify(large, "large proposal")

var sink = 0
@MainActor func native(_ engine: HandWrittenChecks, _ set: Prepared) -> () -> Void {
  { for proposal in set.native { sink &+= engine.run(proposal).count { $0 } } }
}
@MainActor func rules(_ set: Prepared) -> () -> Void {
  { for fields in set.fields { sink &+= checks.outcomes(fields).count { $0 == .pass } } }
}

if CommandLine.arguments.contains("--profile") {
  // Only the rules on normal proposals, over and over: for perf record.
  for _ in 0..<200 { rules(normal)() }
  exit(0)
}

let normalTimes = medianTimes([native(nested, normal), native(indexed, normal), rules(normal)])
  .map { $0 / Double(normal.fields.count) }
let largeTimes = medianTimes([native(nested, large), native(indexed, large), rules(large)])
  .map { $0 / Double(large.fields.count) }
let nestedTimes = (normalTimes[0], largeTimes[0])
let indexedTimes = (normalTimes[1], largeTimes[1])
let ruleTimes = (normalTimes[2], largeTimes[2])

// MARK: - A full assessment against evaluation alone, with the default rules

let defaults = loadFramework(nil)
if CommandLine.arguments.contains("--profile-assess") {
  // Only assessments of read fields with the default rules: for perf record.
  for _ in 0..<50 {
    for fields in normal.fields {
      sink &+= Assessment(framework: defaults, subjectName: "", fields: fields).findings.count
    }
  }
  exit(0)
}
let normalJSON = normalTexts.map { Array($0.utf8) }
let parsed = normalJSON.compactMap { try? JSONReader.parse($0) }
let assessTimes = medianTimes([
  { for fields in normal.fields { sink &+= defaults.evaluate(fields).count } },
  { for bytes in normalJSON { sink &+= (try? JSONReader.parse(bytes)) == nil ? 0 : 1 } },
  { for json in parsed { sink &+= ProposalReader.read(json).fields.count } },
  {
    for fields in normal.fields {
      let assessment = Assessment(framework: defaults, subjectName: "", fields: fields)
      sink &+= assessment.recommendations.count
    }
  },
  {
    for bytes in normalJSON {
      guard let json = try? JSONReader.parse(bytes) else { continue }
      let read = ProposalReader.read(json)
      let assessment = Assessment(
        framework: defaults, subjectName: read.proposal.name, fields: read.fields)
      sink &+= assessment.recommendations.count
    }
  },
]).map { $0 / Double(normal.fields.count) }
let (evaluateAlone, parseAlone, readAlone, assessAlone, assessFull) = (
  assessTimes[0], assessTimes[1], assessTimes[2], assessTimes[3], assessTimes[4]
)

// MARK: - `assess` end to end against a hello-world process

/// Runs a process to its end, its output thrown away; the processor time it took (user and
/// system), which a busy machine disturbs less than the time on the clock. (Foundation's
/// `Process` would also poll for the end of a child every 50 ms on Linux.)
func runTime(_ executable: String, _ arguments: [String]) -> Double? {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  for descriptor: Int32 in [1, 2] {
    posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
  }
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var child: pid_t = 0
  guard posix_spawn(&child, executable, &actions, nil, argv, environ) == 0 else { return nil }
  var status: Int32 = 0
  var usage = rusage()
  guard wait4(child, &status, 0, &usage) == child, status == 0 else { return nil }
  func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func medianRunTime(_ executable: String, _ arguments: [String]) -> Double? {
  guard runTime(executable, arguments) != nil else { return nil }
  let times = (0..<(quick ? 5 : 15)).compactMap { _ in runTime(executable, arguments) }
  return times.isEmpty ? nil : median(times)
}

/// A hello-world Swift program (importing `module`, if any), compiled with -O into a
/// temporary folder.
func helloWorld(importing module: String? = nil) -> String? {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "advisor-bench-hello-\(getpid())")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let name = "hello" + (module ?? "")
  let source = folder.appendingPathComponent(name + ".swift")
  let binary = folder.appendingPathComponent(name).path
  let text = (module.map { "import \($0)\n" } ?? "") + "print(\"Hello, world!\")\n"
  guard (try? Data(text.utf8).write(to: source)) != nil,
    runTime("/usr/bin/env", ["swiftc", "-O", source.path, "-o", binary]) != nil,
    FileManager.default.isExecutableFile(atPath: binary)
  else { return nil }
  return binary
}

let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let cliBinary = here.appendingPathComponent("network-advisor").path
let cli: (String, [String]) =
  FileManager.default.isExecutableFile(atPath: cliBinary)
  ? (cliBinary, []) : (CommandLine.arguments[0], ["--cli"])
let example = "scenarios/proposals/riverside.proposal.json"
let assessArguments = cli.1 + ["assess", example]
let endToEnd =
  FileManager.default.fileExists(atPath: example)
  ? medianRunTime(cli.0, assessArguments) : nil
let hello = helloWorld().flatMap { medianRunTime($0, []) }
let helloFoundation = helloWorld(importing: "Foundation").flatMap { medianRunTime($0, []) }

// MARK: - The table

func cell(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
func ratio(_ value: Double) -> String { String(format: "%.2f", value) }

let medianSchools = normal.native.map(\.schoolCount).sorted()[normal.native.count / 2]
print(
  "advisor-bench: load \(loadAverage()) on \(ProcessInfo.processInfo.activeProcessorCount) cores; processor time of the measuring thread, medians of \(repetitions) interleaved repetitions"
)
print(
  "reference workload: the 44 checks of Benchmarks/checks.md over \(normal.fields.count) normal proposals (seed 1, median \(medianSchools) schools) and \(large.fields.count) large ones (seed 2, 2,000 schools, 300 knots); every engine agrees with hand-written Swift on every check"
)
print("")
print(
  "| engine | normal, µs/proposal | × hand-written Swift | large, ms/proposal | × indexed Swift |")
print("|---|---:|---:|---:|---:|")
for (name, times) in [
  ("hand-written Swift (nested loops)", nestedTimes),
  ("hand-written Swift (a Set per proposal)", indexedTimes),
  ("**network-advisor rules**", ruleTimes),
] {
  print(
    "| \(name) | \(cell(times.0 * 1e6, 1)) | \(ratio(times.0 / nestedTimes.0)) | \(cell(times.1 * 1e3, 2)) | \(ratio(times.1 / indexedTimes.1)) |"
  )
}
print("")
print(
  "| default rules (\(defaults.rules.count)), normal proposals | µs/proposal | × evaluation alone |"
)
print("|---|---:|---:|")
for (name, time) in [
  ("evaluation alone", evaluateAlone), ("parse the JSON text", parseAlone),
  ("read the proposal (format, defaults, derived facts)", readAlone),
  ("assessment of read fields: evaluate, grade, every recommendation's gain", assessAlone),
  ("full assessment: parse, read, evaluate, grade, recommend", assessFull),
] {
  print("| \(name) | \(cell(time * 1e6, 1)) | \(ratio(time / evaluateAlone)) |")
}
print("")
print("| process (processor time, user and system) | ms | × hello world |")
print("|---|---:|---:|")
if let hello {
  print("| Swift hello world (swiftc -O) | \(cell(hello * 1e3, 2)) | 1.00 |")
  if let helloFoundation {
    print(
      "| the same importing Foundation | \(cell(helloFoundation * 1e3, 2)) | \(ratio(helloFoundation / hello)) |"
    )
  }
} else {
  print("| Swift hello world | (swiftc not found) | |")
}
if let endToEnd {
  let name = cli.1.isEmpty ? "network-advisor" : "advisor-bench --cli"
  print(
    "| \(name) assess riverside (default rules) | \(cell(endToEnd * 1e3, 2)) | \(hello.map { ratio(endToEnd / $0) } ?? "") |"
  )
} else {
  print("| assess end to end | (run from the package root) | |")
}
if sink == 42 { print("") }

runPlanBenchmark(framework: loadFramework(nil))
