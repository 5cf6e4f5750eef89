/// `"uncappedGrade"`: the grade the score alone gives, before any cap.
struct UncappedGradeExpectation: ScenarioExpectation {
  static let key = "uncappedGrade"
  static let documentation = "the grade before any cap, such as `\"A\"`"

  let letter: String

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    reader.gradeLetter(value).map(Self.init)
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    let actual = assessment.uncappedGrade.letter
    guard letter != actual else { return [] }
    return [Mismatch(what: "grade without caps", expected: letter, actual: actual)]
  }

  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] {
    let actual = update.assessment.uncappedGrade.letter
    return [ExpectationEdit(value: value, replacement: .string(actual), what: "grade without caps")]
  }
}
