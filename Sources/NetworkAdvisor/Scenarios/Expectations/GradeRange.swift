extension Scenario.GradeExpectation {
  /// Whether a grade lies within the range, in the framework's order of grades.
  func holds(_ letter: String, in framework: Framework) -> Bool {
    let rank = framework.rank(of: letter)
    return rank <= framework.rank(of: atLeast) && rank >= framework.rank(of: atMost)
  }

  /// A grade's value as written (`"B"` or a range object) updated to hold `letter`: an
  /// exact grade becomes the letter, a range is widened to reach it.
  static func updated(_ value: JSONValue, toHold letter: String, in framework: Framework)
    -> JSONValue
  {
    guard case .object = value.kind else { return .string(letter) }
    let worst = value["atLeast"]?.kind.stringValue ?? framework.grades.last!.letter
    let best = value["atMost"]?.kind.stringValue ?? framework.grades.first!.letter
    let rank = framework.rank(of: letter)
    if rank <= framework.rank(of: worst), rank >= framework.rank(of: best) { return value }
    let newWorst = rank > framework.rank(of: worst) ? letter : worst
    let newBest = rank < framework.rank(of: best) ? letter : best
    return .object([("atLeast", .string(newWorst)), ("atMost", .string(newBest))])
  }
}
