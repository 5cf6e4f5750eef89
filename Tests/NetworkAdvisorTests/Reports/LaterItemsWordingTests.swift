import Testing

@testable import NetworkAdvisor

/// The lines that set apart the items worth doing say "item 1" and "a condition" when there
/// is one, as a reader counts them.
@Suite struct LaterItemsWordingTests {
  @Test(arguments: [
    (2, false, "Later, once item 1 is done, also worth doing:"),
    (3, false, "Later, once the items above are done, also worth doing:"),
    (8, false, "Later, once the items above are done, also worth doing:"),
    (
      2, true,
      "Later, once item 1 is done, these gaps are also worth closing (each is set out in full under Findings, with its check):"
    ),
    (
      11, true,
      "Later, once the items above are done, these gaps are also worth closing (each is set out in full under Findings, with its check):"
    ),
  ])
  func theLaterHeadingCountsTheItemsAbove(_ first: Int, _ brief: Bool, _ expected: String) {
    #expect(ReportFormatting.laterHeading(from: first, brief: brief) == expected)
  }

  /// A network that is not ready and has more than a few gaps worth closing sees them as
  /// titles, each advice given once, with its check under Findings; one with only a few
  /// (short-lived-project has two), or one ready with conditions, sees them in full.
  @Test(arguments: [
    ("two-islands", true), ("short-lived-project", false), ("heads-briefing-not-a-group", false),
  ])
  func theGapsWorthClosingOfANetworkNotReadyAreTitlesWithTheirAdviceUnderFindings(
    _ scenario: String, _ brief: Bool
  ) throws {
    let assessment = try RuleInapplicableTests.assessment(of: scenario)
    let flat = TextReport().render(assessment).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    let later = try #require(ReportFormatting.firstLaterItem(assessment))
    let worth = assessment.recommendations.filter { $0.priority >= later }
    #expect(!worth.isEmpty)
    for recommendation in worth {
      #expect(ReportFormatting.isBrief(recommendation, in: assessment) == brief)
      // Every advice is in the report exactly once, in its item or with its check.
      let advice = recommendation.advice.split(whereSeparator: \.isWhitespace)
        .joined(separator: " ")
      #expect(flat.components(separatedBy: advice).count == 2, "\(recommendation.rule.id)")
      #expect(flat.contains("What to do first, \(recommendation.priority).") == !brief)
    }
  }

  /// One condition, an item worth doing and one worth a thought (the officer-led network);
  /// three conditions, then the levels the heads' briefing does not serve (with the
  /// network-to-network learning it only claims), worth doing, and the types of knot, a
  /// suggestion worth a thought.
  @Test(arguments: [
    (
      "local-authority-officer-leads",
      "Not conditions: item 2 is worth doing, and item 3 worth a thought (under What to do first)."
    ),
    (
      "heads-briefing-not-a-group",
      "Not conditions: item 4 is worth doing, and item 5 worth a thought (under What to do first)."
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
