/// `"verdict"`: the broker's verdict.
struct VerdictExpectation: ScenarioExpectation {
  static let key = "verdict"
  static let documentation =
    "the verdict: `\"ready\"`, `\"ready-with-conditions\"` or `\"not-ready\"`"

  let verdict: String

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    let verdicts = FrameworkLoader.verdictIDs
    if case .string(let id) = value.kind, verdicts.contains(id) { return Self(verdict: id) }
    reader.problem(
      "\"verdict\" must be one of \(verdicts.map { "\"\($0)\"" }.joined(separator: ", "))",
      value, hint: value.kind.stringValue.flatMap { Diagnostic.didYouMean($0, among: verdicts) })
    return nil
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    guard verdict != assessment.verdict else { return [] }
    return [Mismatch(what: "verdict", expected: verdict, actual: assessment.verdict)]
  }

  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] {
    [
      ExpectationEdit(
        value: value, replacement: .string(update.assessment.verdict), what: "verdict")
    ]
  }
}
