import Testing

@testable import NetworkAdvisor

/// The lines that set apart the items worth doing say "item 1" and "a condition" when there
/// is one, as a reader counts them.
@Suite struct LaterItemsWordingTests {
  @Test(arguments: [
    (2, "Later, once item 1 is done, also worth doing:"),
    (3, "Later, once the items above are done, also worth doing:"),
    (8, "Later, once the items above are done, also worth doing:"),
  ])
  func theLaterHeadingCountsTheItemsAbove(_ first: Int, _ expected: String) {
    #expect(ReportFormatting.laterHeading(from: first) == expected)
  }

  /// One condition and two items worth doing (the officer-led network); three conditions and
  /// three items worth doing (the heads' briefing).
  @Test(arguments: [
    (
      "local-authority-officer-leads",
      "Not conditions, but worth doing: items 2 and 3 under What to do first."
    ),
    (
      "heads-briefing-not-a-group",
      "Not conditions, but worth doing: items 4 to 6 under What to do first."
    ),
  ])
  func theItemsBeyondTheConditionsAreCounted(_ scenario: String, _ expected: String) throws {
    let assessment = try RuleInapplicableTests.assessment(of: scenario)
    #expect(ReportFormatting.beyondConditions(assessment) == expected)
  }

  /// The conditions of a network ready with conditions are headed as what they are, not as
  /// something approval waits for.
  @Test(arguments: [
    (1, "Condition of approval (set out in full under What to do first):"),
    (3, "Conditions of approval (each is set out in full under What to do first):"),
  ])
  func theConditionsAreHeadedAsConditionsOfApproval(_ count: Int, _ expected: String) {
    #expect(ReportFormatting.conditionsHeading(count) == expected)
  }
}
