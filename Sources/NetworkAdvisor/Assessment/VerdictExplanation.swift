/// Why the verdict is what it is: the failed rules that decide it.
///
/// The explanation is counterfactual, so it needs no list of its own in the rule files:
/// for `not-ready`, the *reasons* are the fewest failed rules that, had they passed, would
/// lift the verdict out of the worst one; for any verdict between the best and the worst,
/// the *conditions* are the failed rules that must pass for the best verdict (when any
/// failure caps the grade, only such failures are conditions; the smaller gaps are advice).
/// Candidates are taken in the order of the recommendations (capping rules first, then by
/// gain), and any rule that the rest can do without is dropped again: of two failures that
/// each keep a network not ready, the first is the reason, and the report calls the other a
/// condition too.
struct VerdictExplanation {
  /// Indices of the rules that decide `not-ready` (empty for any other verdict).
  var reasons: [Int] = []
  /// Indices of the rules that must pass before the best verdict (empty for the best and the
  /// worst verdicts).
  var conditions: [Int] = []

  init(
    scoring: Scoring, outcomes: [Outcome], verdict: String, candidates: [Int]
  ) {
    let (best, worst) = (FrameworkLoader.verdictIDs.first!, FrameworkLoader.verdictIDs.last!)
    guard verdict != best else { return }
    func verdictIf(passing rules: [Int]) -> String {
      var fixed = outcomes
      for rule in rules { fixed[rule] = .pass }
      return scoring.verdict(for: scoring.summarise(fixed), outcomes: fixed)
    }
    let caps = scoring.framework.rules.map(\.cap)
    if verdict == worst {
      reasons = Self.fewest(candidates) { verdictIf(passing: $0) != worst }
    } else {
      // When any failure caps the grade, the conditions are drawn from those alone: the
      // fewest of them that, with every smaller gap closed as well, reach the best verdict.
      // A gap that only lowers the score a little is worth closing, but beside a failure
      // that caps the grade it is no condition of approval. When only such smaller gaps
      // fail, the conditions are the fewest of them that reach the best verdict.
      let capping = candidates.filter { caps[$0] != nil }
      if capping.isEmpty {
        conditions = Self.fewest(candidates) { verdictIf(passing: $0) == best }
      } else {
        let smaller = candidates.filter { caps[$0] == nil }
        conditions = Self.fewest(capping) { verdictIf(passing: $0 + smaller) == best }
      }
    }
  }

  /// The shortest prefix of `candidates` that meets `goal`, then pruned so that no member can
  /// be left out; all candidates when even all of them do not meet it.
  private static func fewest(
    _ candidates: [Int], meeting goal: ([Int]) -> Bool
  ) -> [Int] {
    var chosen: [Int] = []
    for candidate in candidates {
      chosen.append(candidate)
      if goal(chosen) { break }
    }
    guard goal(chosen) else { return candidates }
    for candidate in chosen.reversed() where chosen.count > 1 {
      let without = chosen.filter { $0 != candidate }
      if goal(without) { chosen = without }
    }
    // Only the fewest are named: a failure of the same weight that could stand in for one of
    // them is a condition once they are met, and the report says so beside it.
    return candidates.filter { chosen.contains($0) }
  }
}
