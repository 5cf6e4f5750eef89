/// Names in code quotes in a rule's text (`` `meetingsPerYear` ``): the rule writes the name
/// as the subject's format has it, so that a maintainer can find it, and a report says it in
/// the subject's plain words ("meetings a year"), so that a network can act on it.
package enum CodeSpans {
  /// What opens and closes a name.
  static let mark: Character = "`"

  /// The names in code quotes in a text, in order.
  package static func names(in text: String) -> [String] {
    let pieces = text.split(separator: mark, omittingEmptySubsequences: false)
    return stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }
  }

  /// The text with each name in code quotes said by its plain name; a name with none, and
  /// a quote with none to close it, are kept as written.
  package static func plain(_ text: String, names plainNames: [String: String]) -> String {
    guard text.contains(mark) else { return text }
    let pieces = text.split(separator: mark, omittingEmptySubsequences: false)
    var result = ""
    for (index, piece) in pieces.enumerated() {
      if index % 2 == 0 {
        result += piece
      } else if index < pieces.count - 1, let plain = plainNames[String(piece)] {
        result += plain
      } else if index < pieces.count - 1 {
        result += String(mark) + piece + String(mark)
      } else {
        result += String(mark) + piece
      }
    }
    return result
  }
}
