import Foundation
import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// No rule can make an assessment run away: a rule whose loops nest too deep is a located
/// error when the rules load, and a proposal with lists too long for the rules is refused,
/// with the rule's location, before anything is evaluated.
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

  static let costly = [
    // Three nested quantifiers over the schools: 2,000^3 steps ran past 30 s.
    "exists a in schools: exists b in schools: exists c in schools: a.id != b.id and b.id != c.id and a.phase == c.phase",
    // A nested comprehension: 2,000^3 strings reached 5 GB.
    "size([[[c.id for c in schools] for b in schools] for a in schools]) > 0",
    // A quantifier over schools inside a membership test inside two loops.
    "all a in schools: all b in schools: a.id in [c.id for c in schools where c.id != b.id]",
  ]

  @Test(arguments: costly)
  func aRuleNestedTooDeepIsALocatedErrorWhenTheRulesLoad(_ condition: String) throws {
    let folder = Fixtures.folder(with: ["costly.rules": Self.rule(condition)])
    let check = Fixtures.run(["rules", "check", "--rules", folder])
    #expect(check.status == .shortfall)
    #expect(check.errors.contains("costly.rules:5:"), "\(check.errors)")
    #expect(check.errors.contains("nests loops 3 deep"))
    let started = Date()
    let assess = Fixtures.run(["assess", Self.proposal(schools: 2000), "--rules", folder])
    #expect(assess.status == .invalidInput)
    #expect(assess.errors.contains("nests loops 3 deep"))
    #expect(Date().timeIntervalSince(started) < 20, "refused without evaluating")
  }

  @Test func theDefaultRulesStayWithinTheBudgetForTheLargestTest() throws {
    var generator = WorkloadGenerator(seed: 4)
    let text = generator.largeProposals(1)[0]
    let fields = try ReferenceWorkloadTests.read(text)
    #expect(Fixtures.framework.budgetRefusal(for: fields) == nil)
    #expect(ReferenceWorkloadTests.checks.budgetRefusal(for: fields) == nil)
    #expect(Fixtures.framework.program.costs.allSatisfy { $0.degree <= 2 })
  }

  @Test func aProposalTooLargeForTheRulesIsRefusedWithTheRulesLocation() throws {
    let folder = Fixtures.folder(with: [
      "pairs.rules": Self.rule("exists a in schools: exists b in schools: a.phase != b.phase")
    ])
    let path = Self.proposal(schools: 40_000)
    for command in [["assess", path], ["explain", path, "local.costly"]] {
      let result = Fixtures.run(command + ["--rules", folder])
      #expect(result.status == .invalidInput)
      #expect(result.errors.contains(".rules:"), "\(result.errors)")
      #expect(result.errors.contains("about 40000^2 steps on this proposal"))
      #expect(result.output.isEmpty)
    }
    // The same rule over a network of the largest test's size is assessed.
    let small = Fixtures.run(["assess", Self.proposal(schools: 2000), "--rules", folder])
    #expect(small.status != .invalidInput, "\(small.errors)")
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
