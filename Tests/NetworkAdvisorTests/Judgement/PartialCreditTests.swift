import Foundation
import Testing

@testable import NetworkAdvisor

/// `partial credit`: a failed rule may keep a share of its weight, declared in its rule
/// file. The loader checks the share's type, `rules check` its range on the failing
/// examples, and over generated designs a failure with credit never scores above a pass.
@Suite struct PartialCreditTests {
  typealias Document = SeedCoverageTests.Document

  static func rule(_ id: String, credit: String) -> String {
    """
    rule \(id)
     title "T"
     area knots
     source "Networked learning activity"
     passes when size(knots) > 1
     partial credit \(credit)
     advice "Add knots."
     example pass { "knots": [ { "name": "K", "type": "joint-work" }, { "name": "L", "type": "joint-work" } ] }
     example fail {}
    end

    """
  }

  /// A share that is not a number is refused where it is written.
  @Test func aShareThatIsNotANumberIsRefusedAtIt() {
    LoaderDiagnosticTests().located(
      .init(
        Self.rule("x.a", credit: "⟪\"half\"⟫"), "type-mismatch",
        "the share after 'partial credit' must be a number, but this is a string"))
  }

  static func framework(adding rules: String) throws -> Framework {
    let local = SourceFile(name: "local.rules", text: rules)
    return try FrameworkLoader.load(
      [.embedded, RuleSource(name: "local", files: [local])], subject: ProposalSubject()
    ).framework
  }

  /// `rules check` refuses a share outside 0 to 1 on a failing example, at the expression.
  @Test(arguments: ["size(knots) + 2", "0 - 1"])
  func aShareOutOfRangeOnAnExampleIsRefused(_ credit: String) throws {
    let framework = try Self.framework(adding: Self.rule("x.over", credit: credit))
    let problems = framework.checkExamples().filter {
      $0.id.rawValue == "partial-credit-out-of-range"
    }
    #expect(problems.count == 1)
    #expect(problems.first?.message.contains("'x.over' fails with a partial credit of") == true)
    let rule = try #require(framework.rules.first { $0.id == "x.over" })
    #expect(problems.first?.location?.range == rule.partialCredit?.range)
  }

  @Test(arguments: ["0", "0.5", "1", "size(knots) / 4"])
  func aShareInRangeIsAccepted(_ credit: String) throws {
    let framework = try Self.framework(adding: Self.rule("x.fine", credit: credit))
    #expect(framework.checkExamples().isEmpty)
  }

  /// The default rules' own shares stay in range on every failing example.
  @Test func theDefaultRulesSharesAreInRange() {
    #expect(Fixtures.framework.checkExamples().isEmpty)
    #expect(Fixtures.framework.rules.contains { $0.partialCredit != nil })
  }

  /// Five of the six levels of learning carried earn five sixths of that rule, not nothing:
  /// the six levels, the area's one rule, earn it 5/6.
  @Test func fiveLevelsOfSixEarnFiveSixths() throws {
    var document = Document(path: "scenarios/proposals/riverside.proposal.json")
    document.knots = document.knots.map { knot in
      var knot = knot
      knot["levels"] = ((knot["levels"] as? [String]) ?? []).filter { $0 != "school-wide" }
      return knot
    }
    let assessment = document.assessment()
    let levels = try #require(assessment.areas.first { $0.area.id == "levels" })
    #expect(levels.failed == 1)
    #expect(abs((levels.score ?? 0) - 100 * 5 / 6) < 1e-9)
    #expect(assessment.recommendations.contains { $0.rule.id == "levels.all-six" })
  }

  static let seeds: [UInt64] = Array(1...300)

  static func fields(of document: Document) -> [Value] {
    let data = try! JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    return try! ProposalDocument.read(Array(data), name: "d.json").get().fields
  }

  /// Over generated designs: with its credit, a failure scores no less than with none and no
  /// more than a pass, overall and in every area.
  @Test(arguments: seeds)
  func creditLiesBetweenNothingAndAPass(_ seed: UInt64) {
    let framework = Fixtures.framework
    let results = framework.evaluate(Self.fields(of: DesignGenerator.design(seed: seed)))
    let outcomes = framework.resolvingPresumptions(results.map(\.outcome)).outcomes
    let credits = results.map(\.credit)
    #expect(credits.allSatisfy { (0...1).contains($0) }, "seed \(seed)")
    let withCredit = Scoring(framework: framework, credits: credits).summarise(outcomes)
    let without = Scoring(framework: framework).summarise(outcomes)
    #expect(withCredit.score >= without.score - 1e-9, "seed \(seed)")
    for index in outcomes.indices where outcomes[index] == .fail && credits[index] > 0 {
      var passed = outcomes
      passed[index] = .pass
      let pass = Scoring(framework: framework, credits: credits).summarise(passed)
      #expect(pass.score >= withCredit.score - 1e-9, "seed \(seed): \(framework.rules[index].id)")
      for (area, (credited, passing)) in zip(withCredit.areaScores, pass.areaScores).enumerated() {
        if let credited, let passing {
          #expect(passing >= credited - 1e-9, "seed \(seed): area \(area)")
        }
      }
    }
  }

  /// A hollow knot across every school (it meets twice a year for six months, with nobody
  /// to facilitate it) that claims every activity, process, level and field of knowledge
  /// never raises the score: the credit counts only what knots that do the work carry.
  @Test(arguments: seeds)
  func aHollowKnotNeverRaisesTheScore(_ seed: UInt64) {
    var document = DesignGenerator.design(seed: seed)
    let before = document.assessment()
    var knot: [String: Any] = [
      "name": "Wish list", "type": "joint-work", "facilitated": false, "meetingsPerYear": 2,
      "months": 6, "participants": ["teachers", "headteachers", "middle-leaders"],
    ]
    for (key, values) in JudgementPropertyTests.everyClaim { knot[key] = values }
    document.knots.append(knot)
    let after = document.assessment()
    #expect(after.score <= before.score + 1e-9, "seed \(seed): \(before.score) → \(after.score)")
    #expect(
      JudgementPropertyTests.rank(after) >= JudgementPropertyTests.rank(before),
      "seed \(seed): grade rose")
  }
}
