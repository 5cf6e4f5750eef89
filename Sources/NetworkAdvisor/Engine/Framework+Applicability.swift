extension Framework {
  /// A warning for each rule with an `applies when` none of whose examples is
  /// not-applicable: its applicability is never exercised, so a mistake in it goes unseen.
  package func applicabilityUnexercised() -> [Diagnostic] {
    rules.filter { rule in
      rule.applicability != nil && !rule.examples.contains { $0.expectation == .notApplicable }
    }.map { rule in
      let location = rule.applicability.map { SourceRange(rule.location.file, $0.range) }
      return Diagnostic(
        FrameworkProblem.applicabilityUnexercised(rule: rule.id), at: location ?? rule.location)
    }
  }
}
