import Foundation
import Testing

@testable import NetworkAdvisor

/// Issue 12, item 1: one number formatter, total over every `Double`, and nothing that shows
/// a number traps on a huge one.
@Suite struct NumberTextTests {
  @Test(arguments: [
    (1e19 as Double, "1e+19"), (9_223_372_036_854_775_808 as Double, "9.223372036854776e+18"),
    (-1e19, "-1e+19"),
    (Double.infinity, "infinity"), (-Double.infinity, "-infinity"), (Double.nan, "not a number"),
    (-0.0, "0"), (-0.001, "0"), (1e300 as Double, "1e+300"), (2.5 as Double, "2.5"),
    (1.0 / 3 as Double, "0.33"), (3 as Double, "3"),
    (999_999_999_999_999 as Double, "999999999999999"),
    (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
  ])
  func plainIsTotal(_ number: Double, _ expected: String) {
    #expect(NumberText.plain(number) == expected)
  }

  @Test(arguments: [
    (Double.infinity, "null"), (-Double.infinity, "null"), (Double.nan, "null"), (-0.0, "0"),
    (1e19 as Double, "1e+19"), (0.1 as Double, "0.1"), (42 as Double, "42"),
  ])
  func jsonIsTotal(_ number: Double, _ expected: String) {
    #expect(NumberText.json(number) == expected)
  }

  /// Any bit pattern: both forms give text; finite numbers read back from JSON unchanged.
  @Test func everyDoubleFormatsAndFiniteOnesRoundTrip() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let number = Double(bitPattern: state)
      #expect(!NumberText.plain(number).isEmpty)
      #expect(!NumberText.plain(number, decimals: 1).isEmpty)
      _ = NumberText.rounded(number, decimals: 1)
      _ = NumberText.clampedCount(number, limit: 20)
      let json = NumberText.json(number)
      guard number.isFinite else {
        #expect(json == "null")
        continue
      }
      let read = try JSONReader.parse(Array(json.utf8))
      #expect(read.kind == .number(number == 0 ? 0 : number), "\(json)")
    }
  }

  @Test(arguments: [
    (Double.nan, 0), (-5 as Double, 0), (1e300 as Double, 20), (Double.infinity, 20),
    (7.4 as Double, 7),
  ])
  func countsAreClamped(_ number: Double, _ expected: Int) {
    #expect(NumberText.clampedCount(number, limit: 20) == expected)
  }

  /// `daysPerMonth: 1e19` trapped in `explain` and in advice.
  @Test(arguments: ["1e19", "9223372036854775808", "1e300"])
  func hugeNumbersInAProposalAreShown(_ days: String) throws {
    let text = try String(
      contentsOfFile: Fixtures.path("scenarios/proposals/two-islands.proposal.json"),
      encoding: .utf8)
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/huge.json"
    let patched = text.replacingOccurrences(
      of: "\"daysPerMonth\": 1 }", with: "\"daysPerMonth\": \(days) }")
    #expect(patched != text)
    try patched.write(toFile: path, atomically: true, encoding: .utf8)
    let explained = Fixtures.run(["explain", path, "leadership.dedicated-time"])
    #expect(explained.status == .success, "\(explained.errors)")
    for format in ["text", "json", "markdown", "html"] {
      let assessed = Fixtures.run(["assess", path, "--format", format])
      #expect(assessed.status == .success, "\(assessed.errors)")
    }
  }

  /// `"count": 1e300` and `"score": 1e300` in a scenario trapped when read, checked and updated.
  @Test func hugeNumbersInAScenarioAreErrorsOrShown() throws {
    let proposal = Fixtures.path("scenarios/proposals/two-islands.proposal.json")
    let folder = Fixtures.folder(with: [
      "count.scenario.json":
        "{\"format\": \"network-scenario/1\", \"title\": \"Count\", \"proposal\": \"\(proposal)\", \"expect\": {\"top\": {\"count\": 1e300, \"rules\": []}}}"
    ])
    let counted = Fixtures.run(["test", folder])
    #expect(counted.status == .invalidInput)
    #expect(counted.errors.contains("with N a whole number from 1 to 10000"))
    #expect(counted.errors.contains("count.scenario.json:1:"))

    let scored = Fixtures.folder(with: [
      "score.scenario.json":
        "{\"format\": \"network-scenario/1\", \"title\": \"Score\", \"proposal\": \"\(proposal)\", \"expect\": {\"score\": 1e300, \"top\": {\"count\": 10000, \"rules\": [\"knots.facilitated\"]}}}"
    ])
    let checked = Fixtures.run(["test", scored])
    #expect(checked.status == .shortfall)
    #expect(checked.output.contains("score: expected 1e+300, got "))
    let updated = Fixtures.run(["test", scored, "--update"])
    #expect(updated.status == .success, "\(updated.errors)")
    let rewritten = try String(contentsOfFile: scored + "/score.scenario.json", encoding: .utf8)
    #expect(!rewritten.contains("1e300") && rewritten.contains("\"score\": "))
  }
}
