import Foundation
import Testing

@testable import NetworkAdvisor

/// Scenario suites that cannot pass by accident: a scenario must expect something, and
/// `test --update` changes expectations but never drops one.
@Suite struct SaferSuiteTests {
  /// A folder with one scenario on a proposal of `scenarios/proposals`, with an optional
  /// merge patch, expecting `expect`.
  static func scenario(on proposal: String, patch: String? = nil, expecting expect: String)
    -> (folder: String, path: String)
  {
    let text = """
      {
        "format": "network-scenario/1",
        "title": "Made for a test",
        "proposal": "\(Fixtures.path("scenarios/proposals/\(proposal).proposal.json"))",
        \(patch.map { "\"patch\": \($0)," } ?? "")
        "expect": \(expect)
      }

      """
    let folder = Fixtures.folder(with: ["made.scenario.json": text])
    return (folder, folder + "/made.scenario.json")
  }

  /// The patch that makes the riverside network capped: no pupil learning focus.
  static let cappingPatch = #"{ "purpose": { "pupilLearningFocus": null } }"#

  @Test(arguments: ["{}", #"{ "pass": [], "recommendations": [] }"#])
  func aScenarioThatExpectsNothingFails(_ expect: String) {
    let made = Self.scenario(on: "riverside", expecting: expect)
    let result = Fixtures.run(["test", made.folder])
    #expect(result.status == .shortfall)
    #expect(
      result.output.contains(
        "        expect: expected at least one expectation, got none: the scenario expects nothing\n"
      ))
    // --update cannot make it pass, and writes nothing.
    let updated = Fixtures.run(["test", made.folder, "--update"])
    #expect(updated.status == .shortfall)
    #expect(!updated.output.contains("UPDATED"))
  }

  @Test func anExpectationOfNoCapIsSomething() {
    let made = Self.scenario(on: "riverside", expecting: #"{ "cappedBy": [] }"#)
    #expect(Fixtures.run(["test", made.folder]).status == .success)
  }

  /// Expectations that no longer hold and that `--update` cannot change without dropping
  /// them stay in the file, and the scenario keeps failing on them.
  @Test func updateNeverRemovesAnExpectation() throws {
    let assessment = Self.assess("two-islands")
    let passing = try #require(assessment.findings.first { $0.outcome == .pass }).rule.id
    let made = Self.scenario(
      on: "two-islands",
      expecting: """
        {
            "grade": "A",
            "cappedBy": ["\(passing)"],
            "fail": ["\(passing)"],
            "recommendations": ["\(passing)"],
            "top": { "count": 1, "rules": ["\(passing)"] }
          }
        """)
    let updated = Fixtures.run(["test", made.folder, "--update"])
    #expect(updated.status == .shortfall)
    let text = try String(contentsOfFile: made.path, encoding: .utf8)
    let expect = try #require(try JSONReader.parse(text)["expect"])
    #expect(expect["grade"]?.kind == .string(assessment.grade.letter))
    #expect(JSONWriter.compact(expect["fail"]!) == "[\"\(passing)\"]")
    #expect(JSONWriter.compact(expect["recommendations"]!) == "[\"\(passing)\"]")
    #expect(JSONWriter.compact(expect["top"]!["rules"]!) == "[\"\(passing)\"]")
    let caps = [passing] + assessment.cappedBy.map(\.id).filter { $0 != passing }
    #expect(
      JSONWriter.compact(expect["cappedBy"]!)
        == JSONWriter.compact(.array(caps.map { .string($0) })))
    // It says what it changed, then what is left to decide.
    #expect(updated.output.contains("UPDATED  Made for a test"))
    #expect(updated.output.contains("        grade: A → \(assessment.grade.letter)\n"))
    #expect(updated.output.contains("FAIL  Made for a test"))
    #expect(updated.output.contains("        capped by: expected \(caps.joined(separator: ", "))"))
    #expect(updated.output.contains("        rule \(passing): expected fail, got pass\n"))
  }

  /// A rule whose outcome changed moves to the list of its new outcome when the scenario
  /// has one, and the change is printed.
  @Test func updateMovesARuleBetweenLists() throws {
    let assessment = Self.assess("riverside")
    let passing = try #require(assessment.findings.first { $0.outcome == .pass }).rule.id
    let made = Self.scenario(
      on: "riverside", expecting: #"{ "pass": [], "fail": ["\#(passing)"] }"#)
    let updated = Fixtures.run(["test", made.folder, "--update"])
    #expect(updated.status == .success, "\(updated.output)")
    #expect(updated.output.contains("        rules that must pass: none → \(passing)\n"))
    #expect(updated.output.contains("        rules that must fail: \(passing) → none\n"))
    let expect = try #require(
      try JSONReader.parse(try String(contentsOfFile: made.path, encoding: .utf8))["expect"])
    #expect(JSONWriter.compact(expect) == #"{"pass":["\#(passing)"],"fail":[]}"#)
  }

  /// New caps are added to `cappedBy`.
  @Test func updateAddsNewCaps() throws {
    let made = Self.scenario(
      on: "riverside", patch: Self.cappingPatch, expecting: #"{ "cappedBy": [] }"#)
    let assessment = Self.assess(
      try ScenarioReader.read(path: made.path, framework: Fixtures.framework).get())
    try #require(!assessment.cappedBy.isEmpty)
    let updated = Fixtures.run(["test", made.folder, "--update"])
    #expect(updated.status == .success, "\(updated.output)")
    let ids = assessment.cappedBy.map(\.id)
    #expect(updated.output.contains("        capped by: none → \(ids.joined(separator: ", "))\n"))
  }

  @Test func whatMovedShowsCapAndVerdictChanges() {
    let rules = ScenarioSuiteTests.changedRules()
    let result = Fixtures.run([
      "test", Fixtures.path("scenarios"), "--rules", rules, "--baseline-default",
    ])
    let moved = String(result.output[result.output.range(of: "What moved")!.lowerBound...])
    #expect(
      moved.contains("      capped by knots.purposeful → knots.purposeful, knots.facilitated\n"))
    #expect(moved.contains("      verdict ready-with-conditions → not-ready\n"))
  }

  @Test func movementComparesTheCaps() throws {
    let made = Self.scenario(
      on: "riverside", patch: Self.cappingPatch, expecting: #"{ "cappedBy": [] }"#)
    let scenario = try ScenarioReader.read(path: made.path, framework: Fixtures.framework).get()
    let capped = Self.assess(scenario)
    let free = Self.assess("riverside")
    try #require(!capped.cappedBy.isEmpty && free.cappedBy.isEmpty)
    let caps = capped.cappedBy.map(\.id).joined(separator: ", ")
    let there = Movement.between(free, capped, for: scenario, tolerance: 0.5)
    #expect(there.changes.contains("capped by no cap → \(caps)"))
    let back = Movement.between(capped, free, for: scenario, tolerance: 0.5)
    #expect(back.changes.contains("capped by \(caps) → no cap"))
    #expect(
      !Movement.between(free, free, for: scenario, tolerance: 0).changes.contains {
        $0.hasPrefix("capped by")
      })
  }

  static func assess(_ scenario: Scenario) -> Assessment {
    Assessment(
      framework: Fixtures.framework, subjectName: scenario.proposal.proposal.name,
      fields: scenario.proposal.fields)
  }

  static func assess(_ proposal: String) -> Assessment {
    let read = Fixtures.proposal(at: "scenarios/proposals/\(proposal).proposal.json")
    return Assessment(
      framework: Fixtures.framework, subjectName: read.proposal.name, fields: read.fields)
  }
}
