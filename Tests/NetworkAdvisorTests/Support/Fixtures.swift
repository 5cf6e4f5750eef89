import Foundation
import Testing

@testable import NetworkAdvisor

/// Paths and shared objects for tests.
enum Fixtures {
  /// The package root, found from this file's path.
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  static func path(_ relative: String) -> String { root + "/" + relative }

  /// The default framework, loaded from the embedded rules.
  static let framework: Framework = {
    try! FrameworkLoader.load([.embedded], subject: ProposalSubject()).framework
  }()

  /// The spec's example proposal, read and checked.
  static let riverside: ProposalReader.Result = proposal(
    at: "scenarios/proposals/riverside.proposal.json")

  static func proposal(at relative: String) -> ProposalReader.Result {
    let bytes = Array(FileManager.default.contents(atPath: path(relative))!)
    return try! ProposalDocument.read(bytes, name: relative).get()
  }

  /// The proposal of scenario `name` (its file name without `.scenario.json`), read with
  /// the default framework.
  static func scenarioProposal(_ name: String) throws -> ProposalReader.Result {
    try ScenarioReader.read(path: path("scenarios/\(name).scenario.json"), framework: framework)
      .get().proposal
  }

  /// The one rule a rules text declares, parsed without problems, and the file it is in.
  static func onlyRule(_ text: String) throws -> (rule: RuleDeclaration, file: SourceFile) {
    let file = SourceFile(name: "only.rules", text: text)
    let (declarations, problems) = Parser.parse(file)
    #expect(problems.isEmpty)
    guard case .rule(let rule)? = declarations.first else {
      throw OnlyRuleMissing()
    }
    return (rule, file)
  }

  /// A rules text that declares no rule where `onlyRule(_:)` expects one.
  struct OnlyRuleMissing: Error {}

  /// Reads proposal JSON given as text, failing the test on problems.
  static func proposal(json: String) -> ProposalReader.Result {
    try! ProposalDocument.read(Array(json.utf8), name: "test.json").get()
  }

  /// A fresh temporary folder.
  static func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "network-advisor-tests-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Writes files into a fresh temporary folder and returns its path.
  static func folder(with files: [String: String]) -> String {
    let folder = temporaryFolder()
    for (name, text) in files {
      try! text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// Runs a program in a process of its own (in `folder`, if given), with what it writes.
  static func execute(_ program: String, _ arguments: [String], in folder: String? = nil) throws
    -> (status: Int32, output: String, errors: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorData, as: UTF8.self)
    )
  }

  /// Runs the command line in-process; with `terminalColumns`, as if on a terminal that wide.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:],
    terminalColumns: Int? = nil
  )
    -> (status: ExitCode, output: String, errors: String)
  {
    let (console, memory) = Console.memory(
      input: input, environment: environment, isTerminal: terminalColumns != nil,
      columns: terminalColumns)
    let status = NetworkAdvisorCLI.run(arguments, console: console)
    return (status, memory.output, memory.errors)
  }
}

/// Compiles and evaluates single expressions against the proposal schema.
enum ExpressionHarness {
  /// Checks `source` as one expression; the diagnostics, or the compiled node.
  static func compile(_ source: String, constants: [String: Value] = [:]) -> (
    node: Node?, diagnostics: [Diagnostic], slots: Int, file: SourceFile
  ) {
    let file = SourceFile(name: "test.rules", text: source)
    let (expression, problems) = Parser.parseExpression(in: file, range: 0..<file.utf8.count)
    guard let expression else { return (nil, problems, 0, file) }
    var checker = ExpressionChecker(
      file: file, subject: ProposalSchema.recordType, constantNames: Array(constants.keys),
      constant: { name in
        constants[name].map { value in
          let type: ValueType
          switch value {
          case .number: type = .number
          case .string: type = .string
          case .bool: type = .bool
          default: type = .list(.string)
          }
          return (value, type)
        }
      })
    let node = checker.check(expression)
    return (node, problems + checker.diagnostics, checker.slotCount, file)
  }

  /// The value of `source` for a proposal's fields.
  static func evaluate(_ source: String, with fields: [Value] = Fixtures.riverside.fields) -> Value?
  {
    let compiled = compile(source)
    guard let node = compiled.node, compiled.diagnostics.isEmpty else { return nil }
    var evaluator = Evaluator(subject: fields, localSlots: compiled.slots)
    return evaluator.evaluate(node)
  }
}

/// Source text with one range marked by `⟪` and `⟫`, for pinning where a diagnostic points.
struct MarkedSource: CustomTestStringConvertible, Sendable {
  let text: String
  let range: Range<Int>

  init(_ marked: String) {
    var stripped = marked
    let open = stripped.range(of: "⟪")!
    let start = stripped.utf8.distance(from: stripped.startIndex, to: open.lowerBound)
    stripped.removeSubrange(open)
    let close = stripped.range(of: "⟫")!
    let end = stripped.utf8.distance(from: stripped.startIndex, to: close.lowerBound)
    stripped.removeSubrange(close)
    text = stripped
    range = start..<end
  }

  var testDescription: String { text }
}
