import Foundation
import Testing

@testable import NetworkAdvisor

/// `follows`: a rule whose advice builds on another's comes after it on the list of what to
/// do, within its rank in the contract. The loader refuses a `follows` that cannot hold, at
/// its clause; the order holds on every scenario and on generated designs.
@Suite struct FollowsTests {
  static let cases: [LoaderDiagnosticTests.Case] = [
    .init(
      PresumptionTests.rule("x.a", " follows ⟪purpose.ide⟫"), "unknown-rule",
      "the rule 'x.a' follows 'purpose.ide', which is not a rule"),
    .init(
      PresumptionTests.rule("x.a", " follows ⟪x.a⟫"), "follows-cycle",
      "the rule 'x.a' follows itself"),
    .init(
      PresumptionTests.rule("x.a", " follows x.b") + PresumptionTests.rule("x.b", " follows ⟪x.a⟫"),
      "follows-cycle",
      "the rule 'x.b' closes a circle of 'follows': 'x.a' follows 'x.b' follows 'x.a'"),
  ]

  @Test(arguments: cases)
  func refusedAtTheClause(_ test: LoaderDiagnosticTests.Case) {
    LoaderDiagnosticTests().located(test)
  }

  /// Two rules of one rank: the heavier one's gain would put it first, but it follows the
  /// lighter one, so the lighter one's advice comes first; without `follows` it does not.
  @Test(arguments: [true, false])
  func aFollowerComesAfterTheRuleItFollows(declared: Bool) throws {
    func rule(_ id: String, weight: Int, follows: String?) -> String {
      """
      rule \(id)
        title "T"
        area knots
        weight \(weight)
        source "Networked learning activity"
      \(follows.map { "  follows \($0)\n" } ?? "")  passes when size(knots) > 0
        advice "A"
        example pass { "knots": [ { "name": "K", "type": "joint-work" } ] }
        example fail { }
      end

      """
    }
    let text =
      LoaderDiagnosticTests.base
      + rule("x.heavy", weight: 5, follows: declared ? "x.light" : nil)
      + rule("x.light", weight: 1, follows: nil)
    let framework = try FrameworkLoader.load(
      [RuleSource(name: "t", files: [SourceFile(name: "local.rules", text: text)])],
      subject: ProposalSubject()
    ).framework
    let proposal = """
      { "format": "network-proposal/1", "name": "T", "geography": "linked",
        "schools": [ { "id": "a", "name": "A" } ] }
      """
    let fields = try ProposalDocument.read(Array(proposal.utf8), name: "t.json").get().fields
    let order = Assessment(framework: framework, subjectName: "t", fields: fields)
      .recommendations.map(\.rule.id).filter { $0.hasPrefix("x.") }
    #expect(order == (declared ? ["x.light", "x.heavy"] : ["x.heavy", "x.light"]))
  }

  /// The what-if copies `rules sensitivity` makes of a rule keep what it follows, so the
  /// order of their recommendations is the framework's own.
  @Test func aWhatIfCopyKeepsWhatTheRuleFollows() throws {
    let rule = try #require(
      Fixtures.framework.rules.first { $0.id == "membership.working-core" })
    #expect(rule.with(weight: 1, cap: nil).follows == ["purpose.compelling-idea"])
    let heads = try #require(
      Fixtures.framework.rules.first { $0.id == "high-yield.headteacher-learning-group" })
    #expect(heads.with(weight: 1, cap: nil).countedWith == ["high-yield.shared-pd-planning"])
  }

  /// In two-islands the cross-cluster team is designed around what the network is for, so
  /// item 1 asks the heads whether they mean to be one network and what for, and the team is
  /// item 2, whose advice refers back to it.
  @Test func theIdeaComesBeforeTheTeamThatJoinsTheClusters() throws {
    let assessment = ReportPresentationTests.scenario("two-islands.scenario.json").assessment
    let order = assessment.recommendations.map(\.rule.id)
    #expect(Array(order.prefix(2)) == ["purpose.compelling-idea", "membership.working-core"])
    let idea = try #require(assessment.recommendations.first)
    #expect(
      idea.advice.contains(
        "Agree with the heads of all 7 schools whether they mean to be one network"))
    let team = try #require(assessment.recommendations.dropFirst().first)
    #expect(
      team.advice.contains("once they agree whether they are one network and what for (item 1)"))
  }

  /// On every scenario and 200 generated designs, a failed rule never comes before a failed
  /// rule of its own rank that it follows, and essential failures still come first.
  @Test func theOrderHoldsOnEverySubject() {
    var ordered = 0
    for subject in ReportPresentationTests.subjects() {
      let rules = subject.assessment.recommendations.map(\.rule)
      let position = Dictionary(
        rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
      for (index, rule) in rules.enumerated() {
        for followed in rule.follows {
          guard let other = position[followed], rules[other].isEssential == rule.isEssential
          else { continue }
          ordered += 1
          #expect(other < index, "\(subject.name): \(rule.id) before \(followed)")
        }
      }
      let essential = rules.map(\.isEssential)
      #expect(essential == essential.sorted { $0 && !$1 }, "\(subject.name)")
    }
    #expect(ordered >= 1, "some subject has both rules failing")
  }
}
