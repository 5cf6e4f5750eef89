/// What `presumes`, `waits on` and `follows` share: each links a rule to others by id, so a
/// link may name no rule, and links may go round in a circle.
extension FrameworkLoader {
  /// Reports a link to a rule that is not declared, at the id, with the closest declared id
  /// as a suggestion and a fix-it that respells it.
  mutating func errorUnknownRule(
    _ link: (id: String, location: SourceRange),
    _ problem: (_ suggestion: String?) -> FrameworkProblem
  ) {
    error(
      problem(EditDistance.closest(to: link.id, among: ruleOrder)), at: link.location,
      fixIts: FixIt.respelling(link.id, at: link.location, among: ruleOrder))
  }

  /// A circle in a relation between rules: the rule whose clause closes it, where that
  /// clause is, and the rules around it, the first repeated at the end (`[a, a]` for a rule
  /// that names itself).
  typealias Circle = (rule: String, location: SourceRange, circle: [String])

  /// Each circle of a relation between rules (`presumes`, `follows`), found once, at the
  /// clause that closes it, by a walk from each rule in declaration order. Links to rules
  /// that are not declared (an error of their own, or disabled) lead nowhere.
  func circles(of links: (RuleDeclaration) -> [(id: String, location: SourceRange)])
    -> [Circle]
  {
    var state: [String: Bool] = [:]  // false while visiting, true when done
    var path: [String] = []
    func visit(_ id: String) -> [Circle] {
      state[id] = false
      path.append(id)
      defer {
        path.removeLast()
        state[id] = true
      }
      var found: [Circle] = []
      for link in rules[id].map(links) ?? [] {
        switch state[link.id] {
        case .some(false):
          found.append((id, link.location, Array(path.drop { $0 != link.id }) + [link.id]))
        case .none where rules[link.id] != nil: found += visit(link.id)
        default: break
        }
      }
      return found
    }
    return ruleOrder.flatMap { id in state[id] == nil ? visit(id) : [] }
  }
}
