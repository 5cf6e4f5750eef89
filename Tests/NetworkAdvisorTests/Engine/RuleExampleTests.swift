import Testing

@testable import NetworkAdvisor

/// Every rule's examples give the outcome they declare: the rules' documentation cannot
/// go stale.
@Suite struct RuleExampleTests {
  static let ruleIDs = Fixtures.framework.rules.map(\.id)

  @Test(arguments: ruleIDs)
  func examplesGiveTheirDeclaredOutcome(_ id: String) throws {
    let framework = Fixtures.framework
    let rule = try #require(framework.rules.first { $0.id == id })
    #expect(rule.examples.contains { $0.expectation == .pass })
    #expect(rule.examples.contains { $0.expectation == .fail })
    for example in rule.examples {
      var evaluator = Evaluator(
        subject: example.fieldsWithFacts(), localSlots: framework.localSlots)
      let outcome = Framework.outcome(of: rule, with: &evaluator)
      #expect(outcome.rawValue == example.expectation.rawValue, "\(example.location.description)")
    }
  }

  @Test func everyAreaOfTheContractHasARule() {
    let contractAreas = [
      "purpose", "pupil-learning", "adult-learning", "leadership", "membership", "knots",
      "high-yield",
      "processes", "levels", "principles", "brokerage", "participation",
    ]
    let framework = Fixtures.framework
    #expect(framework.areas.map(\.id) == contractAreas)
    for (index, area) in framework.areas.enumerated() {
      #expect(framework.rules.contains { $0.areaIndex == index }, "area \(area.id) has no rule")
    }
  }

  @Test func checkExamplesReportsAMismatch() throws {
    let folder = Fixtures.folder(with: [
      "wrong.rules": """
      rule local.wrong-example
        title "Wrong"
        area knots
        source "Networked learning activity"
        passes when size(knots) > 0
        advice "Add a knot."
        example pass { }
        example fail { "knots": [ { "name": "K", "type": "joint-work" } ] }
      end
      """
    ])
    let loaded = try FrameworkLoader.load(
      [.embedded, RuleSource.directory(folder)], subject: ProposalSubject())
    let problems = loaded.framework.checkExamples()
    #expect(problems.count == 2)
    #expect(
      problems.first?.message
        == "this example of 'local.wrong-example' should pass, but it is a fail")
  }
}
