import Foundation
import Testing

@testable import NetworkAdvisor

/// The README's language reference is checked: each example gives the value it shows.
@Suite struct ReadmeTests {
  struct Row: Sendable, CustomTestStringConvertible {
    let example: String
    let value: String
    var testDescription: String { example }
  }

  static let rows: [Row] = {
    let readme = try! String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
    let start = readme.range(of: "<!-- language-reference:start -->")!.upperBound
    let end = readme.range(of: "<!-- language-reference:end -->")!.lowerBound
    return readme[start..<end].split(separator: "\n").dropFirst(2).map { line in
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      func code(_ cell: String) -> String { String(cell.dropFirst().dropLast()) }
      return Row(example: code(cells[2]), value: code(cells[3]))
    }
  }()

  /// The README's table of grades is the rules' own, made by `RulesCatalogue.gradeTable`;
  /// `RECORD_SNAPSHOTS=1 swift test` writes it again after a change to the grades.
  @Test func gradeTableIsTheRules() throws {
    let path = Fixtures.path("README.md")
    let readme = try String(contentsOfFile: path, encoding: .utf8)
    let start = try #require(readme.range(of: "<!-- grades:start -->\n")).upperBound
    let end = try #require(readme.range(of: "<!-- grades:end -->")).lowerBound
    let table = RulesCatalogue.gradeTable(for: Fixtures.framework)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", readme[start..<end] != table
    {
      try (readme[..<start] + table + readme[end...]).write(
        toFile: path, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      String(readme[start..<end]) == table,
      "The grades in README.md differ from rules/framework.rules: run RECORD_SNAPSHOTS=1 swift test"
    )
  }

  /// The README lists every key of a scenario's `expect`, in the words of its kind.
  @Test func expectationKeysAreTheKinds() throws {
    let path = Fixtures.path("README.md")
    let readme = try String(contentsOfFile: path, encoding: .utf8)
    let start = try #require(readme.range(of: "<!-- expectations:start -->\n")).upperBound
    let end = try #require(readme.range(of: "<!-- expectations:end -->")).lowerBound
    let list = ScenarioExpectations.documentation
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", readme[start..<end] != list {
      try (readme[..<start] + list + readme[end...]).write(
        toFile: path, atomically: true, encoding: .utf8)
      Issue.record("Recorded the list of expectation keys in README.md")
      return
    }
    #expect(
      String(readme[start..<end]) == list,
      "README.md's keys of expect differ from the kinds: run RECORD_SNAPSHOTS=1 swift test")
  }

  @Test func everyConstructHasARow() {
    #expect(Self.rows.count >= 20)
  }

  @Test(arguments: rows)
  func exampleGivesItsValue(_ row: Row) throws {
    let compiled = ExpressionHarness.compile(row.example, constants: Self.constants)
    #expect(compiled.diagnostics.isEmpty, "\(compiled.diagnostics.map(\.message))")
    let node = try #require(compiled.node)
    var evaluator = Evaluator(subject: Fixtures.riverside.fields, localSlots: compiled.slots)
    #expect(evaluator.evaluate(node).literalText == row.value)
  }

  /// The default framework's named values, as rules see them.
  static let constants: [String: Value] = Dictionary(
    uniqueKeysWithValues: Fixtures.framework.constants.map { ($0.name, $0.value) }
      + Fixtures.framework.seedLists.map { ($0.id, Value.list($0.items.map { .string($0.id) })) })
}
