/// What a plan aims for: an overall grade at or above a letter, or a verdict.
package enum PlanTarget: Sendable, Equatable {
  /// The overall grade at or above this letter.
  case grade(String)
  /// This verdict, such as `ready`.
  case verdict(String)

  /// Reads `--target`: a grade letter or a verdict id of the framework; `nil` when it is
  /// neither.
  package init?(_ text: String, in framework: Framework) {
    if framework.grades.contains(where: { $0.letter == text }) {
      self = .grade(text)
    } else if framework.verdicts.contains(where: { $0.id == text }) {
      self = .verdict(text)
    } else {
      return nil
    }
  }

  /// The target as written on the command line.
  package var name: String {
    switch self {
    case .grade(let letter): letter
    case .verdict(let id): id
    }
  }

  /// The target in a sentence: "grade B or better", "the verdict ready".
  package var phrase: String {
    switch self {
    case .grade(let letter): "grade \(letter) or better"
    case .verdict(let id): "the verdict \(id)"
    }
  }

  /// Whether an assessment meets the target.
  package func isMet(by assessment: Assessment) -> Bool {
    isMet(grade: assessment.grade.letter, verdict: assessment.verdict, in: assessment.framework)
  }

  /// Whether a grade and verdict meet the target.
  func isMet(grade: String, verdict: String, in framework: Framework) -> Bool {
    switch self {
    case .grade(let letter): framework.rank(of: grade) <= framework.rank(of: letter)
    case .verdict(let id): verdict == id
    }
  }

  /// How far a standing is from the target, for ranking candidates: 0 when it is met,
  /// larger the further away (verdict steps, then failures that cap the grade, then grade
  /// steps, then score).
  func distance(of standing: PlanSearch.Standing, in framework: Framework) -> Double {
    if isMet(grade: standing.grade, verdict: standing.verdict, in: framework) { return 0 }
    let shortfall = 100 - standing.score
    let capping = zip(framework.rules, standing.outcomes).filter {
      $0.0.cap != nil && $0.1 == .fail
    }.count
    let rank = framework.rank(of: standing.grade)
    switch self {
    case .grade(let letter):
      return 1 + Double(max(0, rank - framework.rank(of: letter))) * 100 + Double(capping) * 20
        + shortfall / 10
    case .verdict(let id):
      let order = framework.verdicts.map(\.id)
      let steps = abs(
        (order.firstIndex(of: id) ?? 0) - (order.firstIndex(of: standing.verdict) ?? 0))
      return 1 + Double(steps) * 1000 + Double(capping) * 100 + Double(rank) * 10 + shortfall / 10
    }
  }
}
