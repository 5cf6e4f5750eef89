extension FrameworkLoader {
  /// Checks every rule of weight 0: it is judged and advised but scores nothing, so its
  /// failure must change nothing else either: no cap of its own, and a severity that no grade
  /// cap or verdict counts (``Framework/scoreOnlySeverities``). Otherwise a gap that moves
  /// the grade or the verdict would be missing from the score that explains them.
  mutating func checkWeightlessRules(of framework: Framework) {
    let adviceOnly = framework.scoreOnlySeverities
    for rule in framework.rules where rule.isAdviceOnly {
      guard rule.cap != nil || !(rule.severity.map(adviceOnly.contains) ?? false) else {
        continue
      }
      error(.badWeight(rule: rule.id), at: rule.location)
    }
  }
}
