/// `"pass"`: rules that must pass.
struct PassingRules: RuleOutcomeExpectation {
  static let key = "pass"
  static let outcome = Outcome.pass
  static let documentation = "rules that must pass (rule ids)"
  let rules: [String]
}
