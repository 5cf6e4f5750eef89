import Foundation
import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// No rule or fact can make an assessment run away: one whose loops nest too deep is a
/// located error when the rules load, and one that spends an assessment's budget of steps
/// or of built list items (facts and rules together) is stopped and refused with its
/// location.
@Suite struct EvaluationBudgetTests {
  static func rule(_ condition: String) -> String {
    """
    rule local.costly
      title "Costly"
      area knots
      source "Networked learning activity"
      passes when \(condition)
      advice "Change it."
      example pass { "schools": [ { "id": "a", "name": "A", "phase": "primary" }, { "id": "b", "name": "B" } ] }
      example fail { "schools": [ { "id": "a", "name": "A" } ] }
    end
    """
  }

  /// A valid proposal with `count` schools and one knot they all take part in.
  static func proposal(schools count: Int) -> String {
    let folder = Fixtures.temporaryFolder()
    let schools = (1...count).map { "{\"id\": \"s\($0)\", \"name\": \"School \($0)\"}" }
    let text = """
      {"format": "network-proposal/1", "name": "Big", "geography": "linked",
       "schools": [\(schools.joined(separator: ","))],
       "knots": [{"name": "All", "type": "joint-work"}]}
      """
    let path = folder + "/big.json"
    try! text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aRuleNestedFourDeepIsALocatedErrorWhenTheRulesLoad() throws {
    let condition =
      "exists a in schools: exists b in schools: exists c in schools: exists d in schools: a.id != d.id"
    let folder = Fixtures.folder(with: ["costly.rules": Self.rule(condition)])
    let check = Fixtures.run(["rules", "check", "--rules", folder])
    #expect(check.status == .shortfall)
    #expect(check.errors.contains("costly.rules:5:15: error"), "\(check.errors)")
    #expect(check.errors.contains("nests loops 4 deep"))
    let assess = Fixtures.run(["assess", Self.proposal(schools: 10), "--rules", folder])
    #expect(assess.status == .invalidInput)
  }

  static let runaways = [
    // Three nested quantifiers over the schools: 2,000^3 steps ran past 30 s.
    (
      "exists a in schools: exists b in schools: exists c in schools: c.phase == \"primary\" and a.id != b.id",
      "takes more than 20000000 steps"
    ),
    // A nested comprehension: 2,000^3 strings reached 5 GB.
    (
      "count(distinct([[[c.id for c in schools] for b in schools] for a in schools])) > 0",
      "builds lists of more than 5000000 items"
    ),
  ]

  /// Loads `folder` (no static error), then runs `command` on a proposal of 2,000 schools
  /// with it: refused with exit 2, each of `expected` in the errors, nothing printed, and
  /// long before the work would end; a proposal of 12 schools is assessed.
  static func expectRefused(
    _ folder: String, command: (String) -> [String], expected: [String]
  ) {
    #expect(!Fixtures.run(["rules", "check", "--rules", folder]).errors.contains("too-costly"))
    let started = Date()
    let result = Fixtures.run(command(Self.proposal(schools: 2000)) + ["--rules", folder])
    #expect(result.status == .invalidInput)
    for text in expected { #expect(result.errors.contains(text), "\(result.errors)") }
    #expect(result.output.isEmpty)
    #expect(Date().timeIntervalSince(started) < 60, "refused, not run to the end")
    // On a network of the usual size the same rules are assessed.
    let small = Fixtures.run(["assess", Self.proposal(schools: 12), "--rules", folder])
    #expect(small.status != .invalidInput, "\(small.errors)")
  }

  @Test(arguments: runaways)
  func aRunawayRuleIsRefusedWithItsLocation(_ condition: String, _ message: String) throws {
    let folder = Fixtures.folder(with: ["costly.rules": Self.rule(condition)])
    Self.expectRefused(
      folder,
      command: { condition.hasPrefix("size") ? ["explain", $0, "local.costly"] : ["assess", $0] },
      expected: ["costly.rules:5:", message, "longest list has 2000 items"])
  }

  @Test func theDefaultRulesStayWellWithinTheBudgetForTheLargestTest() throws {
    var generator = WorkloadGenerator(seed: 4)
    let fields = try ReferenceWorkloadTests.read(generator.largeProposals(1)[0])
    for framework in [Fixtures.framework, ReferenceWorkloadTests.checks] {
      #expect(framework.budgetRefusal(for: fields) == nil)
      let applied = framework.facts.applyCounting(to: fields)
      #expect(applied.exhaustedBy == nil)
      var frame = framework.program.frame(for: applied.fields)
      frame.steps = applied.steps
      frame.built = applied.built
      for index in framework.rules.indices {
        if framework.program.outcome(of: index, in: &frame) == .fail {
          _ = framework.program.advice(of: index, framework.rules[index], in: &frame)
        }
      }
      #expect(frame.steps < EvaluationBudget.steps / 5, "\(frame.steps) steps")
      #expect(frame.built < EvaluationBudget.builtItems / 5, "\(frame.built) items")
    }
    #expect(Fixtures.framework.program.costs.allSatisfy { $0.degree <= EvaluationBudget.degree })
  }

  /// A rule file whose one fact computes `value`, and a rule that reads it.
  static func fact(_ value: String) -> String {
    """
    fact busy "a costly fact" = \(value)

    rule local.reads-the-fact
      title "Reads the fact"
      area knots
      source "Networked learning activity"
      passes when busy or size(schools) > 1
      advice "Change it."
      example pass { "schools": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ] }
      example fail { "schools": [ { "id": "a", "name": "A" } ] }
    end
    """
  }

  @Test func aFactNestedFourDeepIsALocatedErrorWhenTheRulesLoad() {
    let value =
      "exists a in schools: exists b in schools: exists c in schools: exists d in schools: a.id != d.id"
    let folder = Fixtures.folder(with: ["costly.rules": Self.fact(value)])
    let check = Fixtures.run(["rules", "check", "--rules", folder])
    #expect(check.status == .shortfall)
    #expect(check.errors.contains("costly.rules:1:"), "\(check.errors)")
    #expect(check.errors.contains("the fact 'busy' nests loops 4 deep"), "\(check.errors)")
  }

  @Test(arguments: runaways)
  func aRunawayFactRefusesTheAssessment(_ value: String, _ message: String) {
    let folder = Fixtures.folder(with: ["costly.rules": Self.fact(value)])
    Self.expectRefused(
      folder, command: { ["assess", $0] },
      expected: ["costly.rules:1:", "evaluating the fact 'busy' on this proposal \(message)"])
  }

  @Test func semiJoinsAndSetsKeepTheEstimateLow() throws {
    for (source, degree) in [
      ("all s in schools: exists k in knots: s.id in k.schools and k.facilitated", 2),
      ("all k in knots: all id in k.schools: id in [s.id for s in schools]", 2),
      ("all k in knots: exists s in schools: s.id in k.schools", 3),
      ("exists k in knots: \"pupil\" in k.levels", 2),
      ("size(schools) > 5", 0),
    ] {
      let node = try #require(ExpressionHarness.compile(source).node)
      #expect(CostEstimate(node).degree == degree, "\(source)")
    }
  }
}
