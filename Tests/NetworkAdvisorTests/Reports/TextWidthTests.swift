import Foundation
import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// The text report fits the terminal: every line within the width, the area table aligned.
@Suite struct TextWidthTests {
  static let proposals = [
    "riverside", "two-islands", "hostile-names", "networking-without-purpose", "largest-forty",
  ]
  static let widths = [40, 60, 80, 120]

  static func report(_ proposal: String, environment: [String: String], columns: Int? = nil)
    -> String
  {
    let result = Fixtures.run(
      ["assess", Fixtures.path("scenarios/proposals/\(proposal).proposal.json")],
      environment: environment, terminalColumns: columns)
    #expect(result.status == .success, "\(result.errors)")
    return result.output
  }

  static func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  @Test(arguments: proposals, widths)
  func everyLineFitsTheWidth(_ proposal: String, _ width: Int) {
    let text = Self.report(proposal, environment: ["COLUMNS": "\(width)"])
    for line in Self.lines(text) {
      #expect(line.count <= width, "\(line.count) columns: \(line)")
    }
  }

  @Test(arguments: proposals, widths)
  func areaTableStaysAligned(_ proposal: String, _ width: Int) throws {
    let text = Self.report(proposal, environment: ["COLUMNS": "\(width)"])
    let lines = Self.lines(text)
    let start = try #require(lines.firstIndex(of: "Areas"))
    let table = lines[(start + 1)...].prefix { !$0.isEmpty }
    // A row has a bar; the lines under it carry on what its checks found, in its column.
    let rows = table.filter { $0.contains { "█░·▒".contains($0) } }
    #expect(rows.count == Fixtures.framework.areas.count)
    // Every row has its bar, its grade and what its checks found at the same places.
    func column(_ row: Substring, _ found: (Character) -> Bool) -> Int? {
      row.firstIndex(where: found).map { row.distance(from: row.startIndex, to: $0) }
    }
    let barStarts = Set(rows.map { column($0) { "█░·▒".contains($0) } })
    #expect(barStarts.count == 1, "\(rows)")
    // What the checks found starts after the last run of two spaces or more (a held area's
    // row has no letter, so its run is longer).
    // Where what the checks found goes under the rows, a held area's row ends at its "–".
    let summaryStarts = Set(
      rows.filter { !($0.hasSuffix("–") && $0.contains("▒")) }.map { row in
        row.ranges(of: "  ").last.flatMap { gap in
          row[gap.upperBound...].firstIndex { $0 != " " }
            .map { row.distance(from: row.startIndex, to: $0) }
        }
      })
    #expect(summaryStarts.count == 1, "\(rows)")
    let summaryStart = try #require(summaryStarts.first ?? nil)
    let barStart = try #require(barStarts.first ?? nil)
    // What the checks found carries on in its column, or, on the narrowest widths, goes
    // under each row from the bar's column.
    let carried = Set(table.filter { !rows.contains($0) }.map { column($0) { $0 != " " } })
    #expect(carried.count <= 1, "\(table)")
    if let start = carried.first {
      #expect(start == summaryStart || start == barStart, "\(table)")
    }
    // A line is broken only where the next count would not fit on it, with its comma when
    // more follow (under the row, on the narrowest widths, the first line starts anew).
    let tableLines = Array(table)
    for index in tableLines.indices.dropLast() where !rows.contains(tableLines[index + 1]) {
      let line = tableLines[index]
      if rows.contains(line), carried.first == barStart { continue }
      #expect(line.hasSuffix(","), "\(line)")
      let next = tableLines[index + 1].trimmingCharacters(in: .whitespaces)
      let first = next.split(separator: ", ").first.map(String.init) ?? next
      let more = first.hasSuffix(",") || first != next
      let joined = line.count + 1 + first.count + (more && !first.hasSuffix(",") ? 1 : 0)
      #expect(joined > width, "\(line) / \(next)")
    }
  }

  @Test func paragraphsUseTheWidthGiven() {
    let wide = Self.report("two-islands", environment: ["COLUMNS": "120"])
    #expect(Self.lines(wide).contains { $0.count > 100 })
    let narrow = Self.report("two-islands", environment: ["COLUMNS": "60"])
    #expect(Self.lines(narrow).contains { $0.count > 55 })
  }

  @Test func widthComesFromColumnsThenTheTerminalThenEighty() {
    #expect(Console.memory(environment: ["COLUMNS": "100"]).0.width == 100)
    #expect(Console.memory(isTerminal: true, columns: 72).0.width == 72)
    #expect(
      Console.memory(environment: ["COLUMNS": "100"], isTerminal: true, columns: 72).0.width == 100)
    #expect(Console.memory(environment: ["COLUMNS": "wide"]).0.width == 80)
    #expect(Console.memory().0.width == 80)
    #expect(Console.memory(environment: ["COLUMNS": "10"]).0.width == Console.narrowest)
  }

  @Test func onATerminalTheReportTakesItsWidth() {
    let text = Self.report("two-islands", environment: ["NO_COLOR": "1"], columns: 60)
    #expect(Self.lines(text).allSatisfy { $0.count <= 60 })
    #expect(Self.lines(text).contains { $0.count > 55 })
  }

  @Test(arguments: [
    (["TERM": "xterm-256color"], true),
    (["NO_COLOR": "", "TERM": "xterm-256color"], false),
    (["NO_COLOR": "1"], false),
    (["TERM": "dumb"], false),
  ])
  func colourOnlyWhereAllowed(_ environment: [String: String], _ coloured: Bool) {
    let text = Self.report("two-islands", environment: environment, columns: 80)
    #expect(text.contains("\u{1B}[") == coloured)
    let errors = Fixtures.run(
      ["assess", "missing.json"], environment: environment, terminalColumns: 80
    ).errors
    #expect(errors.contains("\u{1B}[") == coloured)
  }

  @Test func neverColourOffATerminal() {
    let text = Self.report("two-islands", environment: ["TERM": "xterm-256color"])
    #expect(!text.contains("\u{1B}["))
  }

  @Test(arguments: 0..<200)
  func wrappedTextKeepsEveryWordWithinTheWidth(_ seed: Int) {
    var generator = SeededRandom(seed: UInt64(seed))
    let words = (0..<Int.random(in: 1...60, using: &generator)).map { _ in
      String(repeating: "x", count: Int.random(in: 1...30, using: &generator))
    }
    let width = Int.random(in: 20...120, using: &generator)
    let indent = Int.random(in: 0...10, using: &generator)
    let wrapped = TextWrapper(width: width).wrap(words.joined(separator: " "), indent: indent)
    let lines = wrapped.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= width })
    #expect(lines.allSatisfy { $0.hasPrefix(String(repeating: " ", count: indent)) })
    #expect(
      wrapped.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined()
        == words.joined())
  }
}
