/// How one scenario's assessment differs between two rule sets: the baseline and the
/// current rules. Used to see the consequences of a rule change before committing it.
package struct Movement: Sendable {
  /// The scenario that moved.
  package let scenario: Scenario
  /// What moved, a line each.
  package let changes: [String]

  /// The differences worth reporting: grade, verdict, the rules that cap the grade, score
  /// beyond `tolerance` (and the score the rules met, when a cap hides its move), and each
  /// rule whose outcome changed, appeared or disappeared.
  package static func between(
    _ baseline: Assessment, _ current: Assessment, for scenario: Scenario, tolerance: Double
  ) -> Movement {
    var changes: [String] = []
    if baseline.grade.letter != current.grade.letter {
      changes.append("grade \(baseline.grade.letter) → \(current.grade.letter)")
    }
    if baseline.verdict != current.verdict {
      changes.append("verdict \(baseline.verdict) → \(current.verdict)")
    }
    let caps = (baseline.cappedBy.map(\.id), current.cappedBy.map(\.id))
    if Set(caps.0) != Set(caps.1) {
      func text(_ ids: [String]) -> String { ids.isEmpty ? "no cap" : ids.joined(separator: ", ") }
      changes.append("capped by \(text(caps.0)) → \(text(caps.1))")
    }
    if abs(baseline.score - current.score) > tolerance {
      changes.append(
        "score \(ReportFormatting.score(baseline.score)) → \(ReportFormatting.score(current.score))"
      )
    }
    if abs(baseline.uncappedScore - current.uncappedScore) > tolerance,
      abs(
        (baseline.uncappedScore - current.uncappedScore) - (baseline.score - current.score))
        > tolerance
    {
      changes.append(
        "rules met \(ReportFormatting.score(baseline.uncappedScore)) → \(ReportFormatting.score(current.uncappedScore))"
      )
    }
    let before = Dictionary(
      uniqueKeysWithValues: baseline.findings.map { ($0.rule.id, $0.outcome) })
    let after = Dictionary(uniqueKeysWithValues: current.findings.map { ($0.rule.id, $0.outcome) })
    for id in (Set(before.keys).union(after.keys)).sorted() where before[id] != after[id] {
      let old = before[id]?.rawValue ?? "absent"
      let new = after[id]?.rawValue ?? "absent"
      changes.append("\(id) \(old) → \(new)")
    }
    return Movement(scenario: scenario, changes: changes)
  }
}
