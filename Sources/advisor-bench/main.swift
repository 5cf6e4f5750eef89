import Foundation
import NetworkAdvisor

// Measures the engine on the rules in rules/ (the built-in copy when run elsewhere): time
// to read, load and check the rules, and assessments per second on the spec's example and
// on a generated 2,000-school, 300-knot proposal. Figures are medians of several runs;
// nothing is asserted. Run from the package root: swift run -c release advisor-bench

func seconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Runs `body` `iterations` times per sample, `samples` times; the median rate per second.
func rate(samples: Int = 7, iterations: Int, _ body: () -> Void) -> Double {
  median(
    (0..<samples).map { _ in Double(iterations) / seconds { for _ in 0..<iterations { body() } } })
}

func format(_ value: Double) -> String { String(format: "%.1f", value) }

/// The rules/ folder here, read from disk, or the built-in copy of it.
func ruleSource() -> RuleSource {
  (try? RuleSource.directory("rules")) ?? .embedded
}

let loadTimes = (0..<7).map { _ in
  seconds { _ = try! FrameworkLoader.load([ruleSource()], subject: ProposalSubject()) }
}
let source = ruleSource()
let framework = try! FrameworkLoader.load([source], subject: ProposalSubject()).framework
let checkTimes = (0..<7).map { _ in seconds { _ = framework.checkExamples() } }

let exampleURL = URL(
  fileURLWithPath: CommandLine.arguments.count > 1
    ? CommandLine.arguments[1] : "scenarios/proposals/riverside.proposal.json")
let exampleJSON = try! JSONReader.parse(Array(Data(contentsOf: exampleURL)))
let largeText = ProposalGenerator.json(schools: 2000, knots: 300)
let largeJSON = try! JSONReader.parse(largeText)

struct Workload {
  let name: String
  let json: JSONValue
  let iterations: Int
}

print(
  "advisor-bench: \(framework.rules.count) rules from \(source.name == "default" ? "the built-in copy" : "rules/"), \(ProcessInfo.processInfo.activeProcessorCount) cores; medians of 7 samples"
)
print(
  "read, load and check the rules (parse, type-check, compile): \(format(median(loadTimes) * 1000)) ms"
)
print(
  "run every rule's \(framework.rules.reduce(0) { $0 + $1.examples.count }) examples: \(format(median(checkTimes) * 1_000_000)) µs"
)
print("")
print("workload                              read+derive/s   evaluate/s   assess (all)/s")
var assessRates: [Double] = []
for workload in [
  Workload(name: "spec example (7 schools, 6 knots)", json: exampleJSON, iterations: 2000),
  Workload(name: "generated (2,000 schools, 300 knots)", json: largeJSON, iterations: 20),
] {
  let read = ProposalReader.read(workload.json)
  precondition(read.problems.isEmpty, "the \(workload.name) proposal is invalid")
  let readRate = rate(iterations: workload.iterations) { _ = ProposalReader.read(workload.json) }
  let evaluateRate = rate(iterations: workload.iterations) { _ = framework.evaluate(read.fields) }
  let assessRate = rate(iterations: workload.iterations) {
    let result = ProposalReader.read(workload.json)
    _ = Assessment(framework: framework, subjectName: result.proposal.name, fields: result.fields)
  }
  assessRates.append(assessRate)
  let name = workload.name.padding(toLength: 38, withPad: " ", startingAt: 0)
  print(
    "\(name)\(format(readRate).leftPadded(13))\(format(evaluateRate).leftPadded(13))\(format(assessRate).leftPadded(17))"
  )
}

print("")
print(
  "ratio: one assessment of the generated proposal takes \(format(assessRates[0] / assessRates[1]))× as long as one of the example"
)

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}

runPlanBenchmark(framework: framework)
