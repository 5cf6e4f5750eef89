import Foundation
import Testing

@testable import NetworkAdvisor

/// `test --coverage`, `rules sensitivity` and the `rules check` warning about an
/// `applies when` no example exercises.
@Suite struct CoverageAndSensitivityTests {
  static let scenarios: [Scenario] = {
    let folder = Fixtures.path("scenarios")
    let names = (FileManager.default.enumerator(atPath: folder)!.allObjects as! [String])
      .filter { $0.hasSuffix(".scenario.json") }.sorted()
    return names.map {
      try! ScenarioReader.read(path: folder + "/" + $0, framework: Fixtures.framework).get()
    }
  }()

  @Test func everyRuleIsSeenFailingByTheDefaultSuites() {
    let coverage = ScenarioCoverage(framework: Fixtures.framework, scenarios: Self.scenarios)
    #expect(coverage.neverFailing.map(\.rule) == [])
    #expect(coverage.rows.count == Fixtures.framework.rules.count)
    for row in coverage.rows {
      #expect(row.passed + row.failed + row.notApplicable == Self.scenarios.count, "\(row.rule)")
    }
  }

  @Test func coverageCountsOutcomesAndNamesRulesNeverFailing() throws {
    let riverside = try #require(
      Self.scenarios.first { $0.path.hasSuffix("/riverside.scenario.json") })
    let coverage = ScenarioCoverage(framework: Fixtures.framework, scenarios: [riverside])
    // Riverside meets every rule but the suggestion of a problem-solving team (its evidence
    // group is its evaluation group), so every other rule is never seen failing.
    let outcomes = Fixtures.framework.outcomes(riverside.proposal.fields)
    #expect(coverage.rows.map(\.passed) == outcomes.map { $0 == .pass ? 1 : 0 })
    #expect(coverage.rows.map(\.failed) == outcomes.map { $0 == .fail ? 1 : 0 })
    #expect(coverage.neverFailing.count == Fixtures.framework.rules.count - 1)
    #expect(!coverage.neverFailing.map(\.rule).contains("knots.all-types"))
    #expect(
      coverage.text().contains("\(Fixtures.framework.rules.count - 1) rules never seen failing: "))
  }

  @Test func testCoverageOnTheCommandLine() throws {
    let result = Fixtures.run(["test", Fixtures.path("scenarios"), "--coverage", "--quiet"])
    #expect(result.status == .success)
    #expect(
      result.output.contains(
        "Coverage: \(Fixtures.framework.rules.count) rules over \(Self.scenarios.count) scenarios"))
    #expect(result.output.contains("Every rule fails in at least one scenario.\n"))
    #expect(result.output.hasSuffix("\(Self.scenarios.count) passed, 0 failed\n"))
    let folder = Fixtures.temporaryFolder()
    let json = Fixtures.run(
      ["test", Fixtures.path("scenarios"), "--coverage-json", folder + "/coverage.json", "--quiet"])
    #expect(json.status == .success)
    let document = try JSONReader.parse(
      Array(FileManager.default.contents(atPath: folder + "/coverage.json")!))
    #expect(document["format"]?.kind == .string("network-coverage/1"))
    #expect(document["neverFailing"].map(JSONWriter.compact) == "[]")
  }

  static let sensitivity = RulesSensitivity(
    framework: Fixtures.framework, layers: [.embedded],
    proposals: scenarios.map(\.proposal.fields))

  @Test func sensitivityCoversEveryNumberAndPutsTheDecisiveFirst() {
    let framework = Fixtures.framework
    let parameters = Self.sensitivity.parameters
    #expect(parameters.filter { $0.kind == "area weight" }.count == framework.areas.count)
    #expect(parameters.filter { $0.kind == "rule weight" }.count == framework.rules.count)
    #expect(parameters.filter { $0.kind == "grade threshold" }.count == framework.grades.count - 1)
    #expect(parameters.filter { $0.kind == "grade cap" }.count == framework.gradeCaps.count)
    #expect(parameters.contains { $0.kind == "value" && $0.name == "months_to_sustain" })
    #expect(
      parameters.filter { $0.kind == "condition number" }.map(\.name).sorted() == [
        "failures.critical + failures.substantive + failures.moderate >= 5 (verdict not-ready)",
        "failures.critical >= 1 (verdict not-ready)",
        "failures.minor >= 3 (cap B)",
        "failures.substantive + failures.critical >= 2 (cap D)",
        "failures.substantive + failures.critical >= 4 (cap E)",
        "failures.substantive + failures.moderate >= 1 (verdict ready-with-conditions)",
        "failures.substantive >= 1 (verdict not-ready)",
        "failures.substantive >= 2 (verdict not-ready)",
      ])
    #expect(zip(parameters, parameters.dropFirst()).allSatisfy { $0.impact >= $1.impact })
    #expect(parameters.first.map { $0.impact > 0 } == true)
  }

  /// What `rules sensitivity` says of a step, checked against a layer that takes the same
  /// step and full assessments of every scenario.
  @Test(arguments: [
    ("value", "meetings_to_sustain", "override let meetings_to_sustain = 2\n", false),
    ("value", "smallest_network", "override let smallest_network = 7\n", true),
    ("area weight", "knots", "override area knots \"Networked learning knots\" weight 2\n", false),
    (
      "grade threshold", "B",
      "override grade B \"A good design with a few gaps to close\" from 79\n", true
    ),
    (
      "condition number", "failures.substantive + failures.critical >= 2 (cap D)",
      "cap D when failures.substantive + failures.critical >= 3\n"
        + "cap E when failures.substantive + failures.critical >= 4\ncap B when failures.minor >= 3\n",
      true
    ),
  ])
  func aStepAgreesWithALayerTakingIt(_ kind: String, _ name: String, _ layer: String, _ up: Bool)
    throws
  {
    let parameter = try #require(
      Self.sensitivity.parameters.first { $0.kind == kind && $0.name == name })
    let move = try #require(up ? parameter.up : parameter.down)
    let moved = try ExtensionFieldTests.load(layer).framework
    var grades = 0
    var verdicts = 0
    for scenario in Self.scenarios {
      let fields = scenario.proposal.fields
      let before = Assessment(framework: Fixtures.framework, subjectName: "s", fields: fields)
      let after = Assessment(framework: moved, subjectName: "s", fields: fields)
      if before.grade.letter != after.grade.letter { grades += 1 }
      if before.verdict != after.verdict { verdicts += 1 }
    }
    #expect(move.grades == grades)
    #expect(move.verdicts == verdicts)
  }

  /// The command end to end, on a folder of three scenarios: the whole suite's figures are
  /// checked above, through the library, and need not be worked out twice more here.
  @Test func sensitivityOnTheCommandLine() throws {
    let folder = Fixtures.temporaryFolder()
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/proposals", withIntermediateDirectories: true)
    for name in ["riverside", "two-islands", "short-lived-project"] {
      try manager.copyItem(
        atPath: Fixtures.path("scenarios/\(name).scenario.json"),
        toPath: folder + "/\(name).scenario.json")
    }
    for name in ["riverside", "two-islands"] {
      try manager.copyItem(
        atPath: Fixtures.path("scenarios/proposals/\(name).proposal.json"),
        toPath: folder + "/proposals/\(name).proposal.json")
    }
    let text = Fixtures.run(["rules", "sensitivity", folder])
    #expect(text.status == .success, "\(text.errors)")
    #expect(
      text.output.hasPrefix(
        "Sensitivity: \(Self.sensitivity.parameters.count) numbers of the framework"))
    let json = Fixtures.run(["rules", "sensitivity", folder, "--format", "json"])
    let document = try JSONReader.parse(json.output)
    #expect(document["format"]?.kind == .string("network-sensitivity/1"))
    #expect(document["scenarios"]?.kind == .number(3))
  }

  @Test func anApplicabilityNoExampleExercisesIsAWarning() {
    let folder = Fixtures.folder(with: [
      "local.rules": """
      rule local.only-large
        title "Large networks plan"
        area knots
        severity minor
        source "Networked learning activity"
        applies when leadership.model == "distributed"
        passes when leadership.managementPlan
        advice "Write a plan."
        example pass { "leadership": { "model": "distributed", "managementPlan": true } }
        example fail { "leadership": { "model": "distributed" } }
      end
      """
    ])
    let result = Fixtures.run(["rules", "check", "--rules", folder])
    #expect(
      result.errors.contains(
        "local.rules:6:16: warning: no example of 'local.only-large' is not-applicable"))
    let defaults = Fixtures.framework.applicabilityUnexercised()
    #expect(defaults.isEmpty, "\(defaults.map(\.message))")
  }
}
