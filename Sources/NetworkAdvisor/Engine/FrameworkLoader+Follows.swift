extension FrameworkLoader {
  /// Checks every `follows` clause: the rules it names exist, and no rule follows itself or
  /// a rule that follows it back (directly or around a longer circle), since then neither
  /// could come first. A followed rule that a later layer disabled is no error: the order
  /// lapses.
  mutating func checkFollows() {
    for id in ruleOrder {
      guard let declaration = rules[id] else { continue }
      for followed in declaration.follows
      where rules[followed.id] == nil && !disabledRules.contains(followed.id) {
        errorUnknownRule(followed) {
          .followsUnknownRule(id, followed: followed.id, suggestion: $0)
        }
      }
    }
    reportFollowsCycles()
  }

  /// Checks every `counted with` clause: the rules it names exist and are not the rule
  /// itself. A partner a later layer disabled is no error: the counting lapses.
  mutating func checkCountedWith() {
    for id in ruleOrder {
      guard let declaration = rules[id] else { continue }
      for partner in declaration.countedWith {
        if partner.id == id {
          error(.countedWithItself(id), at: partner.location)
        } else if rules[partner.id] == nil && !disabledRules.contains(partner.id) {
          errorUnknownRule(partner) {
            .countedWithUnknownRule(id, partner: partner.id, suggestion: $0)
          }
        }
      }
    }
  }

  /// Reports each circle of `follows` once, at the clause that closes it.
  private mutating func reportFollowsCycles() {
    for (rule, location, circle) in circles(of: \.follows) {
      error(.followsCircle(rule, circle: circle), at: location)
    }
  }
}
