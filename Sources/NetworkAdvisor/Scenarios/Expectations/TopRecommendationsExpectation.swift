/// `"top"`: rules that must be among the first recommendations.
struct TopRecommendationsExpectation: ScenarioExpectation {
  static let key = "top"
  static let documentation =
    "`{\"count\": 3, \"rules\": [...]}`: rules among the first three recommendations (`--update` leaves it as it is)"

  let count: Int
  let rules: [String]

  var namedRules: [String] { rules }

  var checksSomething: Bool { !rules.isEmpty }

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    guard case .number(let count)? = value["count"]?.kind, count >= 1, count <= 10_000,
      count == count.rounded(), let rules = value["rules"]
    else {
      reader.problem(
        "\"top\" must be { \"count\": N, \"rules\": [rule ids] } with N a whole number from 1 to 10000",
        value)
      return nil
    }
    if case .object(let entries) = value.kind {
      reader.checkKeys(entries, allowed: ["count", "rules"], in: "\"top\"")
    }
    return Self(count: Int(count), rules: reader.ruleIDs(rules, "top.rules") ?? [])
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    let recommended = assessment.recommendations.map(\.rule.id)
    let first = recommended.prefix(count)
    return rules.filter { !first.contains($0) }.map { id in
      let position =
        recommended.firstIndex(of: id).map { "recommended at \($0 + 1)" } ?? "not recommended"
      return Mismatch(
        what: "recommendation \(id)", expected: "in the first \(count)", actual: position)
    }
  }
}
