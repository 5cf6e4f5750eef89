/// What a scenario expected and what it got, for each expectation that did not hold.
package struct Mismatch: Sendable, Equatable {
  /// What was checked, such as `grade` or `rule knots.facilitated`.
  package let what: String
  /// What the scenario expected.
  package let expected: String
  /// What came out.
  package let actual: String
}

/// Checks a scenario's expectations against an assessment.
package enum ScenarioCheck {
  /// Every expectation of the scenario that the assessment does not meet.
  package static func mismatches(_ scenario: Scenario, _ assessment: Assessment) -> [Mismatch] {
    // A scenario that checks nothing would pass whatever the rules do.
    let nothing =
      scenario.expectsNothing
      ? [
        Mismatch(
          what: "expect", expected: "at least one expectation",
          actual: "none: the scenario expects nothing")
      ] : []
    return nothing + scenario.expectations.flatMap { $0.mismatches(in: assessment) }
  }
}
