/// `"areas"`: grades of areas by area id, each exactly or as a range.
struct AreaGradesExpectation: ScenarioExpectation {
  static let key = "areas"
  static let documentation = "grades of areas, `{\"knots\": \"A\"}`, each a grade or a range"

  let areas: [(id: String, grade: Scenario.GradeExpectation)]

  var checksSomething: Bool { !areas.isEmpty }

  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self? {
    guard case .object(let entries) = value.kind else {
      reader.problem("\"areas\" must map area ids to grades, such as { \"knots\": \"A\" }", value)
      return nil
    }
    let ids = reader.framework.areas.map(\.id)
    var areas: [(id: String, grade: Scenario.GradeExpectation)] = []
    for entry in entries {
      guard ids.contains(entry.key) else {
        reader.diagnostics.append(
          Diagnostic(
            ScenarioProblem.unknownArea(entry.key, areas: ids),
            at: SourceRange(reader.file, entry.keyRange),
            fixIts: FixIt.respelling(
              entry.key, at: SourceRange(reader.file, entry.keyRange), among: ids)))
        continue
      }
      if let grade = reader.gradeExpectation(entry.value) { areas.append((entry.key, grade)) }
    }
    return Self(areas: areas)
  }

  func mismatches(in assessment: Assessment) -> [Mismatch] {
    var found: [Mismatch] = []
    for (id, grade) in areas {
      guard let area = assessment.areas.first(where: { $0.area.id == id }) else { continue }
      let actual = area.grade?.letter ?? "no grade (no rule applies)"
      if area.grade.map({ grade.holds($0.letter, in: assessment.framework) }) != true {
        found.append(Mismatch(what: "area \(id)", expected: grade.description, actual: actual))
      }
    }
    return found
  }

  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] {
    guard case .object(let entries) = value.kind else { return [] }
    let assessment = update.assessment
    return entries.compactMap { entry in
      guard let letter = assessment.areas.first(where: { $0.area.id == entry.key })?.grade?.letter
      else { return nil }
      let new = Scenario.GradeExpectation.updated(
        entry.value, toHold: letter, in: assessment.framework)
      return ExpectationEdit(value: entry.value, replacement: new, what: "area \(entry.key)")
    }
  }
}
