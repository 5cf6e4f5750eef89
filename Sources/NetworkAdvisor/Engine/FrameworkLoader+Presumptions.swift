extension FrameworkLoader {
  /// Checks every `presumes` clause: the rules it names exist, no rule presumes itself or
  /// presumes a rule that presumes it back (directly or around a longer circle), and no rule
  /// caps the grade lower than a rule it presumes (its cap would be lost when both fail).
  /// A presumed rule that a later layer disabled is no error: the presumption lapses.
  mutating func checkPresumptions(of compiled: [Rule], scale: GradeScale) {
    let byId = Dictionary(compiled.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for id in ruleOrder {
      guard let declaration = rules[id] else { continue }
      // A rule it waits on when it does not apply is checked as a presumption, but for the
      // caps: a rule that does not apply caps nothing, so no cap is lost.
      let awaited = declaration.awaits
      for (presumed, isAwaited) in declaration.presumes.map({ ($0, false) })
        + awaited.map({ ($0, true) })
      {
        if presumed.id == id {
          error(.presumesItself(id), at: presumed.location)
        } else if rules[presumed.id] == nil, !disabledRules.contains(presumed.id) {
          errorUnknownRule(presumed) {
            .presumesUnknownRule(id, presumed: presumed.id, suggestion: $0)
          }
        } else if !isAwaited, let dependent = byId[id], let other = byId[presumed.id],
          scale.rank(ofCap: dependent.cap) > scale.rank(ofCap: other.cap)
        {
          error(
            .presumesLowerCap(
              id, cap: dependent.cap, presumed: other.id, presumedCap: other.cap),
            at: presumed.location,
            notes: [Diagnostic.Note("'\(other.id)' is declared here", at: other.location)])
        }
      }
    }
    reportPresumptionCycles()
    checkReferences()
  }

  /// Checks every `§rule-id§` in a rule's advice and reason: each names a rule of the
  /// framework (one a later layer disabled is no error: it is then said by its id).
  private mutating func checkReferences() {
    for id in ruleOrder {
      guard let declaration = rules[id] else { continue }
      for template in [declaration.advice, declaration.inapplicableReason, declaration.because]
        .compactMap({ $0 })
      {
        let text = template.location.file.text(of: template.location.range)
        for referred in RuleReferences.ids(in: text)
        where rules[referred] == nil && !disabledRules.contains(referred) {
          error(
            .refersToUnknownRule(
              id, referred: referred,
              suggestion: EditDistance.closest(to: referred, among: ruleOrder)),
            at: template.location)
        }
      }
    }
  }

  /// Reports each circle of presumptions once, at the clause that closes it; a rule that
  /// presumes itself is reported as such, at its clause, by the check of each clause.
  private mutating func reportPresumptionCycles() {
    for (rule, location, circle) in circles(of: \.presumes) where circle.count > 2 {
      error(
        .presumesCircle(rule, circle: circle), at: location,
        notes: zip(circle, circle.dropFirst()).dropLast().compactMap { from, to in
          rules[from]?.presumes.first { $0.id == to }.map {
            Diagnostic.Note("'\(from)' presumes '\(to)' here", at: $0.location)
          }
        })
    }
  }
}
