/// `"cappedBy"`: exactly the rules that hold the grade where it is; `[]` for no cap.
struct CappedByExpectation: ScenarioExpectation {
  static let key = "cappedBy"
  static let documentation = "exactly the rules that hold the grade where it is; `[]` for no cap"

  let rules: [String]

  var namedRules: [String] { rules }

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    reader.ruleIDs(value, key).map(Self.init)
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    let actual = assessment.cappedBy.map(\.id)
    guard Set(rules) != Set(actual) else { return [] }
    func text(_ ids: [String]) -> String { ids.isEmpty ? "no cap" : ids.joined(separator: ", ") }
    return [Mismatch(what: "capped by", expected: text(rules), actual: text(actual))]
  }

  /// New caps are added; caps that no longer apply stay, to be decided by hand.
  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] {
    guard case .array(let items) = value.kind else { return [] }
    var caps = items.compactMap(\.kind.stringValue)
    for cap in update.assessment.cappedBy.map(\.id) where !caps.contains(cap) { caps.append(cap) }
    return [
      ExpectationEdit(
        value: value, replacement: .array(caps.map { .string($0) }), what: "capped by")
    ]
  }
}
