/// A list of rules expected to have one outcome: `"pass"`, `"fail"` or `"notApplicable"`.
protocol RuleOutcomeExpectation: ScenarioExpectation {
  /// The outcome every rule of the list should have.
  static var outcome: Outcome { get }
  /// The rules, as listed.
  var rules: [String] { get }
  init(rules: [String])
}

extension RuleOutcomeExpectation {
  var checksSomething: Bool { !rules.isEmpty }
  var namedRules: [String] { rules }

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    Self(rules: reader.ruleIDs(value, key) ?? [])
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    let outcomes = assessment.outcomesByRule
    return rules.filter { outcomes[$0] != Self.outcome }.map { id in
      Mismatch(
        what: "rule \(id)", expected: Self.outcome.rawValue,
        actual: outcomes[id]?.rawValue ?? "absent")
    }
  }

  /// A rule whose outcome changed moves to the list of its new outcome when the scenario
  /// has that list; otherwise it stays, and keeps failing.
  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] {
    let outcomes = update.assessment.outcomesByRule
    let lists = update.expectations.compactMap { $0 as? any RuleOutcomeExpectation }
    let listed = Set(lists.map { type(of: $0).outcome })
    var ids = rules.filter { id in
      outcomes[id].map { $0 == Self.outcome || !listed.contains($0) } ?? true
    }
    for list in lists where type(of: list).outcome != Self.outcome {
      for id in list.rules where outcomes[id] == Self.outcome && !ids.contains(id) {
        ids.append(id)
      }
    }
    let what = Self.outcome == .notApplicable ? "do not apply" : "must " + Self.key
    return [
      ExpectationEdit(
        value: value, replacement: .array(ids.map { .string($0) }), what: "rules that \(what)")
    ]
  }

  /// The rules a scenario expects both to pass and to fail, in name order.
  static func contradictions(in expectations: [any ScenarioExpectation]) -> [String] {
    let passing = expectations.compactMap { $0 as? PassingRules }.flatMap(\.rules)
    let failing = expectations.compactMap { $0 as? FailingRules }.flatMap(\.rules)
    return Set(passing).intersection(failing).sorted()
  }
}

extension Assessment {
  /// Each rule's outcome, by rule id.
  var outcomesByRule: [String: Outcome] {
    Dictionary(uniqueKeysWithValues: findings.map { ($0.rule.id, $0.outcome) })
  }
}
