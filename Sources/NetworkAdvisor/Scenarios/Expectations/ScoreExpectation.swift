/// `"score"`: the overall score rounded to one decimal, exactly or within a range.
struct ScoreExpectation: ScenarioExpectation {
  static let key = "score"
  static let documentation = "the overall score: a number, or `{\"min\": 70, \"max\": 90}`"

  let range: ClosedRange<Double>

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    if case .number(let exact) = value.kind { return Self(range: exact...exact) }
    guard case .object(let members) = value.kind else {
      reader.problem("a score is a number, or a range such as { \"min\": 70, \"max\": 90 }", value)
      return nil
    }
    reader.checkKeys(members, allowed: ["min", "max"], in: "a score range")
    let low = number(value["min"]) ?? 0
    let high = number(value["max"]) ?? 100
    guard low <= high else {
      reader.problem(
        "the score range is empty: min \(NumberText.plain(low)) is above max \(NumberText.plain(high))",
        value)
      return nil
    }
    return Self(range: low...high)
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    let score = NumberText.rounded(assessment.score, decimals: 1)
    guard !range.contains(score) else { return [] }
    let text =
      range.lowerBound == range.upperBound
      ? NumberText.plain(range.lowerBound)
      : "\(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound))"
    return [Mismatch(what: "score", expected: text, actual: NumberText.plain(score))]
  }

  /// An exact score becomes the new one; a range keeps its width and moves to hold it.
  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] {
    let score = NumberText.rounded(update.assessment.score, decimals: 1)
    if case .number = value.kind {
      return [ExpectationEdit(value: value, replacement: .number(score), what: "score")]
    }
    guard !range.contains(score) else { return [] }
    let width = range.upperBound - range.lowerBound
    let low = max(0, min(100 - width, (score - width / 2).rounded()))
    let moved = JSONValue.object([("min", .number(low)), ("max", .number(low + width))])
    return [ExpectationEdit(value: value, replacement: moved, what: "score")]
  }

  private static func number(_ value: JSONValue?) -> Double? {
    if case .number(let number)? = value?.kind { return number }
    return nil
  }
}
