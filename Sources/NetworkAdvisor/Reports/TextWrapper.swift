/// Wraps plain text to a width in columns, with a hanging indent: the text of reports and
/// help, so that nothing runs past the edge of the terminal.
struct TextWrapper {
  /// The columns available, indent included.
  let width: Int

  /// `text` as lines of at most `width` columns, each ending in a newline. The first line
  /// starts after `firstIndent` columns (already written by the caller, such as a list
  /// marker) and the others are indented by `indent` spaces. A word longer than a line is
  /// broken where the line ends.
  func wrap(_ text: String, indent: Int, firstIndent: Int? = nil) -> String {
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = ""
    var room = width - (firstIndent ?? indent)
    func endLine() {
      lines.append(line)
      line = ""
      room = width - indent
    }
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      var word = Substring(word)
      if !line.isEmpty, line.count + 1 + word.count > room { endLine() }
      while word.count > max(room, 1) {
        if !line.isEmpty { endLine() }
        let cut = word.index(word.startIndex, offsetBy: max(room, 1))
        line = String(word[..<cut])
        word = word[cut...]
        endLine()
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines.enumerated().map {
      ($0.offset == 0 && firstIndent != nil ? "" : pad) + $0.element + "\n"
    }
    .joined()
  }
}
