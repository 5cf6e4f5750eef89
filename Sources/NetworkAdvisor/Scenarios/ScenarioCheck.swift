/// What a scenario expected and what it got, for each expectation that did not hold.
public struct Mismatch: Sendable, Equatable {
  /// What was checked, such as `grade` or `rule knots.facilitated`.
  public let what: String
  /// What the scenario expected.
  public let expected: String
  /// What came out.
  public let actual: String
}

/// Checks a scenario's expectations against an assessment.
public enum ScenarioCheck {
  /// Every expectation of the scenario that the assessment does not meet.
  public static func mismatches(_ scenario: Scenario, _ assessment: Assessment) -> [Mismatch] {
    let expected = scenario.expectations
    let framework = assessment.framework
    var found: [Mismatch] = []
    if expected.expectsNothing {
      // A scenario that checks nothing would pass whatever the rules do.
      found.append(
        Mismatch(
          what: "expect", expected: "at least one expectation",
          actual: "none: the scenario expects nothing"))
    }
    func gradeHolds(_ letter: String, _ range: Scenario.GradeExpectation) -> Bool {
      let rank = framework.rank(of: letter)
      return rank <= framework.rank(of: range.atLeast) && rank >= framework.rank(of: range.atMost)
    }
    if let grade = expected.grade, !gradeHolds(assessment.grade.letter, grade) {
      found.append(
        Mismatch(what: "grade", expected: grade.description, actual: assessment.grade.letter))
    }
    let score = NumberText.rounded(assessment.score, decimals: 1)
    if let range = expected.score, !range.contains(score) {
      let text =
        range.lowerBound == range.upperBound
        ? NumberText.plain(range.lowerBound)
        : "\(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound))"
      found.append(Mismatch(what: "score", expected: text, actual: NumberText.plain(score)))
    }
    if let verdict = expected.verdict, verdict != assessment.verdict {
      found.append(Mismatch(what: "verdict", expected: verdict, actual: assessment.verdict))
    }
    if let uncapped = expected.uncappedGrade, uncapped != assessment.uncappedGrade.letter {
      found.append(
        Mismatch(
          what: "grade without caps", expected: uncapped, actual: assessment.uncappedGrade.letter))
    }
    if let capped = expected.cappedBy, Set(capped) != Set(assessment.cappedBy.map(\.id)) {
      found.append(
        Mismatch(
          what: "capped by", expected: capped.isEmpty ? "no cap" : capped.joined(separator: ", "),
          actual: assessment.cappedBy.isEmpty
            ? "no cap" : assessment.cappedBy.map(\.id).joined(separator: ", ")))
    }
    for (id, grade) in expected.areas {
      guard let area = assessment.areas.first(where: { $0.area.id == id }) else { continue }
      let actual = area.grade?.letter ?? "no grade (no rule applies)"
      if area.grade.map({ gradeHolds($0.letter, grade) }) != true {
        found.append(Mismatch(what: "area \(id)", expected: grade.description, actual: actual))
      }
    }
    let outcomes = Dictionary(
      uniqueKeysWithValues: assessment.findings.map { ($0.rule.id, $0.outcome) })
    for (list, outcome) in [
      (expected.pass, Outcome.pass), (expected.fail, .fail),
      (expected.notApplicable, .notApplicable),
    ] {
      for id in list where outcomes[id] != outcome {
        found.append(
          Mismatch(
            what: "rule \(id)", expected: outcome.rawValue,
            actual: outcomes[id]?.rawValue ?? "absent"))
      }
    }
    let recommended = assessment.recommendations.map(\.rule.id)
    for id in expected.recommendations where !recommended.contains(id) {
      found.append(
        Mismatch(what: "recommendation \(id)", expected: "recommended", actual: "not recommended"))
    }
    if let top = expected.top {
      let first = Array(recommended.prefix(top.count))
      for id in top.rules where !first.contains(id) {
        let position =
          recommended.firstIndex(of: id).map { "recommended at \($0 + 1)" } ?? "not recommended"
        found.append(
          Mismatch(
            what: "recommendation \(id)", expected: "in the first \(top.count)", actual: position))
      }
    }
    return found
  }
}
