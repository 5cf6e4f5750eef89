import Testing

@testable import NetworkAdvisor

/// The sentence above the picture of who meets whom counts the groups as the membership
/// advice does: a school in no knot is said once, not counted as a group of its own.
@Suite struct NetworkPictureSummaryTests {
  @Test(arguments: [
    ("two-islands", "The schools form 2 separate groups that never meet through a knot."),
    ("riverside", "All 7 schools are linked through some knot"),
  ])
  func theGroupsAreCountedAsTheAdviceCountsThem(_ scenario: String, _ expected: String) throws {
    let assessment = try RuleInapplicableTests.assessment(of: scenario)
    let proposal = try Fixtures.scenarioProposal(scenario)
    let html = HTMLReport.render(assessment, facts: DerivedFacts(proposal.proposal))
    #expect(html.contains(expected))
  }
}
