extension FrameworkLoader {
  /// Checks every `presumes` clause: the rules it names exist, no rule presumes itself or
  /// presumes a rule that presumes it back (directly or around a longer circle), and no rule
  /// caps the grade lower than a rule it presumes (its cap would be lost when both fail).
  /// A presumed rule that a later layer disabled is no error: the presumption lapses.
  mutating func checkPresumptions(of compiled: [Rule], grades: [Framework.Grade]) {
    let byId = Dictionary(compiled.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for id in ruleOrder {
      guard let declaration = rules[id] else { continue }
      for presumed in declaration.presumes {
        if presumed.id == id {
          error(
            "presumes-cycle", "the rule '\(id)' presumes itself", at: presumed.location,
            hint: "a rule presumes other rules: remove '\(id)' from its 'presumes'")
        } else if rules[presumed.id] == nil, !disabledRules.contains(presumed.id) {
          error(
            "unknown-rule", "the rule '\(id)' presumes '\(presumed.id)', which is not a rule",
            at: presumed.location,
            hint: Diagnostic.didYouMean(presumed.id, among: ruleOrder)
              ?? "presume a rule of the framework: `network-advisor rules list` lists them")
        } else if let dependent = byId[id], let other = byId[presumed.id],
          rank(of: dependent.cap, in: grades) > rank(of: other.cap, in: grades)
        {
          error(
            "presumes-lower-cap",
            "the rule '\(id)' caps the grade at \(dependent.cap ?? "") but presumes '\(other.id)', "
              + "which caps \(other.cap.map { "at \($0)" } ?? "nothing")",
            at: presumed.location,
            hint: "when both fail only '\(other.id)' counts, so its cap must be as low: "
              + "give it the stronger severity, or drop the presumption")
        }
      }
    }
    reportPresumptionCycles()
  }

  /// The rank of the grade a cap names: 0 for the best; -1 for no cap.
  private func rank(of cap: String?, in grades: [Framework.Grade]) -> Int {
    guard let cap else { return -1 }
    return grades.firstIndex { $0.letter == cap } ?? grades.count
  }

  /// Reports each circle of presumptions once, at the clause that closes it.
  private mutating func reportPresumptionCycles() {
    var state: [String: Bool] = [:]  // false while visiting, true when done
    var path: [String] = []
    func visit(_ id: String) -> [(String, SourceRange, [String])] {
      state[id] = false
      path.append(id)
      defer {
        path.removeLast()
        state[id] = true
      }
      var found: [(String, SourceRange, [String])] = []
      for presumed in rules[id]?.presumes ?? [] where presumed.id != id {
        switch state[presumed.id] {
        case .some(false):
          let circle = Array(path.drop { $0 != presumed.id }) + [presumed.id]
          found.append((id, presumed.location, circle))
        case .none where rules[presumed.id] != nil: found += visit(presumed.id)
        default: break
        }
      }
      return found
    }
    for id in ruleOrder where state[id] == nil {
      for (rule, location, circle) in visit(id) {
        error(
          "presumes-cycle",
          "the rule '\(rule)' closes a circle of presumptions: "
            + circle.map { "'\($0)'" }.joined(separator: " presumes "),
          at: location,
          hint: "a presumption points to the more basic rule; remove one of these 'presumes'")
      }
    }
  }
}
