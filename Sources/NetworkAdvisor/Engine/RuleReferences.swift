/// A reference from one rule's advice or reason to another rule, written `§rule-id§` in the
/// rule's text: the assessment says it as the item under What to do first that carries that
/// rule's gap ("as item 1 asks"), so that a network is never sent to a heading it cannot find
/// ("the membership finding"). The loader refuses a reference to a rule that is not there.
package enum RuleReferences {
  /// What opens and closes a reference.
  static let mark: Character = "§"

  /// The rule ids referred to in a text, in order.
  package static func ids(in text: String) -> [String] {
    MarkedSpans.spans(in: text, mark: mark)
  }

  /// The text with each reference replaced by what `name` says of its rule id.
  package static func resolve(_ text: String, name: (String) -> String) -> String {
    MarkedSpans.replacing(in: text, mark: mark) { name($0) }
  }
}

extension Framework {
  /// A rule's text with each reference said by the title of the rule it names, where no
  /// assessment numbers the items (the rules' documentation, `explain`).
  package func namingReferences(_ text: String) -> String {
    RuleReferences.resolve(text, name: titleReference)
  }

  /// A reference said by its rule's title in quotation marks; by the id itself when no rule
  /// has it (one a later layer disabled).
  package func titleReference(_ id: String) -> String {
    ruleIndex(of: id).map { "“\(rules[$0].title)”" } ?? id
  }
}
