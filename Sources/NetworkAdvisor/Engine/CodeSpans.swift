/// Names in code quotes in a rule's text (`` `meetingsPerYear` ``): the rule writes the name
/// as the subject's format has it, so that a maintainer can find it, and a report says it in
/// the subject's plain words ("meetings a year"), so that a network can act on it.
package enum CodeSpans {
  /// What opens and closes a name.
  static let mark: Character = "`"

  /// The names in code quotes in a text, in order.
  package static func names(in text: String) -> [String] {
    MarkedSpans.spans(in: text, mark: mark)
  }

  /// The text with each name in code quotes said by its plain name; a name with none, and
  /// a quote with none to close it, are kept as written.
  package static func plain(_ text: String, names plainNames: [String: String]) -> String {
    MarkedSpans.replacing(in: text, mark: mark) { plainNames[$0] }
  }
}
