extension Framework {
  /// The names a rule reads, directly or through the facts it reads: the words of its
  /// conditions, and of the definitions of the facts among them, as written.
  ///
  /// Used to say which facts lie behind a rule (`explain`) and which parts of a subject a
  /// failing rule depends on (`plan`).
  package func namesRead(by rule: Rule) -> Set<String> {
    let file = rule.location.file
    var names = Self.words(in: file.text(of: rule.condition.range))
    if let applicability = rule.applicability {
      names.formUnion(Self.words(in: file.text(of: applicability.range)))
    }
    // Facts read only facts declared before them: one walk back through the list is enough.
    for fact in facts.facts.reversed() where names.contains(fact.name) {
      names.formUnion(Self.words(in: fact.definition))
    }
    return names
  }

  /// The facts a rule's `applies when` names directly; empty for a rule that always applies.
  package func factsNamed(inApplicabilityOf rule: Rule) -> Set<String> {
    guard let applicability = rule.applicability else { return [] }
    return factsNamed(in: rule.location.file.text(of: applicability.range))
  }

  /// The facts a rule's `passes when` names directly.
  package func factsNamed(inConditionOf rule: Rule) -> Set<String> {
    factsNamed(in: rule.location.file.text(of: rule.condition.range))
  }

  private func factsNamed(in text: String) -> Set<String> {
    Self.words(in: text).intersection(facts.facts.map(\.name))
  }

  /// The severities a grade cap's condition names, as it is written: `failures.substantive +
  /// failures.critical >= 4` counts two.
  package func severitiesCounted(by cap: GradeCap) -> Set<String> {
    Self.words(in: cap.text).intersection(severities.map(\.id))
  }

  /// The severities whose failures only lower the score: no cap of their own, and counted
  /// by no grade cap or verdict (a suggestion that is worth a thought, say).
  package var scoreOnlySeverities: Set<String> {
    var counted = Set(gradeCaps.flatMap { severitiesCounted(by: $0) })
    for verdict in verdicts { counted.formUnion(Self.words(in: verdict.text)) }
    return Set(severities.filter { $0.cap == nil && !counted.contains($0.id) }.map(\.id))
  }

  /// The words of a source text that could be names: letters, digits, `_` and `-`.
  static func words(in text: String) -> Set<String> {
    Set(text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init))
  }
}
