/// `"grade"`: the overall grade, exactly or as a range.
struct OverallGradeExpectation: ScenarioExpectation {
  static let key = "grade"
  static let documentation =
    "the overall grade: `\"B\"`, or a range `{\"atLeast\": \"C\", \"atMost\": \"A\"}`"

  let range: Scenario.GradeExpectation

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    reader.gradeExpectation(value).map(Self.init)
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    let letter = assessment.grade.letter
    guard !range.holds(letter, in: assessment.framework) else { return [] }
    return [Mismatch(what: "grade", expected: range.description, actual: letter)]
  }

  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] {
    let assessment = update.assessment
    let new = Scenario.GradeExpectation.updated(
      value, toHold: assessment.grade.letter, in: assessment.framework)
    return [ExpectationEdit(value: value, replacement: new, what: "grade")]
  }
}
