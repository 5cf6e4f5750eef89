/// `"notApplicable"`: rules that must not apply.
struct NotApplicableRules: RuleOutcomeExpectation {
  static let key = "notApplicable"
  static let outcome = Outcome.notApplicable
  static let documentation = "rules that must not apply"
  let rules: [String]
}
