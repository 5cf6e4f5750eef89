extension Framework {
  /// Outcomes with the rules' presumptions applied: a rule that fails while a rule it
  /// presumes fails is the same gap, so it becomes not applicable (it weighs nothing, caps
  /// nothing, counts in no verdict and brings no recommendation) and names the failed rule
  /// it depends on. Through a chain of presumptions it names the most basic failed rule.
  /// A rule that does not apply while a rule it presumes fails waits on that rule too: what
  /// its `applies when` reads may be the very gap (no school leads, so no hub can be
  /// judged), and it is judged once the gap is closed. A rule that names what it waits on
  /// when it does not apply (`inapplicable "…" waits on ID`) waits on that rule alone then.
  ///
  /// - Parameter outcomes: each rule's own outcome, in the framework's order.
  /// - Returns: the outcomes to score, and by rule the index of the failed rule it depends
  ///   on (`nil` for a rule judged on its own).
  package func resolvingPresumptions(_ outcomes: [Outcome]) -> (
    outcomes: [Outcome], dependsOn: [Int?]
  ) {
    var resolved = outcomes
    var dependsOn: [Int?] = Array(repeating: nil, count: outcomes.count)
    for index in outcomes.indices where outcomes[index] != .pass {
      let notApplyingWithItsOwnWait =
        outcomes[index] == .notApplicable && !awaitedIndices[index].isEmpty
      guard
        let basis = notApplyingWithItsOwnWait
          ? awaitedBasis(of: index, in: outcomes)
          : failedBasis(of: index, in: outcomes) ?? awaitedBasis(of: index, in: outcomes)
      else { continue }
      resolved[index] = .notApplicable
      dependsOn[index] = basis
    }
    return (resolved, dependsOn)
  }

  /// For a rule that does not apply, the first failed rule of those it waits on then
  /// (`inapplicable "…" waits on ID, …`), or the most basic failed rule that one presumes.
  private func awaitedBasis(of index: Int, in outcomes: [Outcome]) -> Int? {
    guard outcomes[index] == .notApplicable,
      let awaited = awaitedIndices[index].first(where: { outcomes[$0] == .fail })
    else { return nil }
    return failedBasis(of: awaited, in: outcomes) ?? awaited
  }

  /// The most basic failed rule the rule at `index` presumes, following failed presumptions
  /// down; `nil` when none of its presumed rules fails. Presumptions form no circle (the
  /// loader refuses one), so the walk ends.
  private func failedBasis(of index: Int, in outcomes: [Outcome]) -> Int? {
    guard let presumed = presumedIndices[index].first(where: { outcomes[$0] == .fail }) else {
      return nil
    }
    return failedBasis(of: presumed, in: outcomes) ?? presumed
  }
}
