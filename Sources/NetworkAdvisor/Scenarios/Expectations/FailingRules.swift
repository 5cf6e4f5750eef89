/// `"fail"`: rules that must fail.
struct FailingRules: RuleOutcomeExpectation {
  static let key = "fail"
  static let outcome = Outcome.fail
  static let documentation = "rules that must fail"
  let rules: [String]
}
