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

  /// Reports each circle of `follows` once, at the clause that closes it.
  private mutating func reportFollowsCycles() {
    for (rule, location, circle) in circles(of: \.follows) {
      error(.followsCircle(rule, circle: circle), at: location)
    }
  }
}
