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
