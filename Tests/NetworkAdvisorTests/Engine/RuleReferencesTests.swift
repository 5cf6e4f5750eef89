import Testing

@testable import NetworkAdvisor

/// `§rule-id§` in a rule's advice or reason: found, said as the item that carries the rule's
/// gap in an assessment, by the rule's title where nothing numbers the items.
@Suite struct RuleReferencesTests {
  @Test(arguments: [
    ("as §a.b§ asks", ["a.b"], "as item 3 asks"),
    ("§a.b§ and §c.d§", ["a.b", "c.d"], "item 3 and item 3"),
    ("no reference", [], "no reference"),
    ("a lone § mark", [], "a lone § mark"),
  ])
  func referencesAreFoundAndSaid(_ text: String, _ ids: [String], _ said: String) {
    #expect(RuleReferences.ids(in: text) == ids)
    #expect(RuleReferences.resolve(text) { _ in "item 3" } == said)
  }

  /// In an assessment, a reference is the item number of the rule's gap, or of the gap it
  /// waits on: two-islands' planning group names the heads' learning group by its item.
  @Test func anAssessmentSaysTheItem() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "two-islands")
    let planning = try #require(
      assessment.recommendations.first { $0.rule.id == "high-yield.shared-pd-planning" })
    let heads = try #require(
      assessment.recommendations.first { $0.rule.id == "high-yield.headteacher-learning-group" })
    #expect(
      planning.advice.contains("the heads' learning group that item \(heads.priority) asks for"))
    for finding in assessment.findings {
      #expect(!finding.message.contains("§"), "\(finding.rule.id)")
    }
  }

  /// Where no assessment numbers the items, a reference is the rule's title.
  @Test func theRulesDocumentationSaysTheTitle() {
    let framework = Fixtures.framework
    let title = framework.rules.first { $0.id == "membership.one-community" }!.title
    #expect(
      framework.namingReferences("as §membership.one-community§ asks") == "as “\(title)” asks")
  }
}
