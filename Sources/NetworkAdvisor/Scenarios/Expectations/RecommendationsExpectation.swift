/// `"recommendations"`: rules that must be recommended, anywhere in the list.
struct RecommendationsExpectation: ScenarioExpectation {
  static let key = "recommendations"
  static let documentation =
    "rules that must be recommended, anywhere in the list (`--update` leaves it as it is)"

  let rules: [String]

  var namedRules: [String] { rules }

  var checksSomething: Bool { !rules.isEmpty }

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    Self(rules: reader.ruleIDs(value, key) ?? [])
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    let recommended = Set(assessment.recommendations.map(\.rule.id))
    return rules.filter { !recommended.contains($0) }.map { id in
      Mismatch(what: "recommendation \(id)", expected: "recommended", actual: "not recommended")
    }
  }
}
