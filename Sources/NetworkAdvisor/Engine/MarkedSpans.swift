/// Spans of a rule's text between two marks, such as `§rule-id§` and `` `field` ``: found,
/// and replaced by what a report says for them. What `RuleReferences` and `CodeSpans` share.
enum MarkedSpans {
  /// The spans between two marks in a text, in order.
  static func spans(in text: String, mark: Character) -> [String] {
    let pieces = text.split(separator: mark, omittingEmptySubsequences: false)
    // Between two marks, at the odd places, stand the spans.
    return stride(from: 1, to: pieces.count - 1, by: 2).map { String(pieces[$0]) }
  }

  /// The text with each span replaced by what `replace` gives for it; a span it gives
  /// nothing for is kept with its marks, and a mark with none to close it as written.
  static func replacing(
    in text: String, mark: Character, with replace: (String) -> String?
  ) -> String {
    guard text.contains(mark) else { return text }
    let pieces = text.split(separator: mark, omittingEmptySubsequences: false)
    var result = ""
    for (index, piece) in pieces.enumerated() {
      if index % 2 == 0 {
        result += piece
      } else if index < pieces.count - 1 {
        result += replace(String(piece)) ?? String(mark) + piece + String(mark)
      } else {
        result += String(mark) + piece
      }
    }
    return result
  }
}
