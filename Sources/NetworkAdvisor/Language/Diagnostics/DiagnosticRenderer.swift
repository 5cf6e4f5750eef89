/// Prints diagnostics the way the Swift compiler does:
///
/// ```
/// rules/knots.rules:12:9: error: unknown field 'typ' of a knot
///    12 |   passes when exists k in knots: k.typ == "joint-work"
///       |                                    ^~~
///       = hint: did you mean 'type'?
/// ```
///
/// A fix-it follows the hint as `= fix-it: replace 'typ' with 'type'`; a note with a place
/// of its own is printed as a diagnostic is (`file:line:col: note: …` and its excerpt).
package struct DiagnosticRenderer: Sendable {
  /// Whether to colour the output with ANSI escapes (only on a terminal, never with NO_COLOR).
  package var usesColour: Bool

  /// The most diagnostics printed at once; the rest are counted in one last line.
  package static let maximumShown = 50
  /// The most characters of a source line shown; a longer line is clipped around the caret.
  package static let maximumLineWidth = 120
  /// The most characters of a message, hint or note; longer ones are cut with "…".
  package static let maximumMessageLength = 1000

  /// Makes a renderer.
  package init(usesColour: Bool = false) { self.usesColour = usesColour }

  /// The diagnostics in the order given (they are not sorted, by severity or otherwise),
  /// separated by blank lines: the first ``maximumShown`` of them, then "… and N more
  /// problems" for the rest.
  package func render(_ diagnostics: [Diagnostic]) -> String {
    var text = diagnostics.prefix(Self.maximumShown).map(render).joined(separator: "\n")
    if diagnostics.count > Self.maximumShown {
      let more = diagnostics.count - Self.maximumShown
      text +=
        "\n… and \(more) more problem\(more == 1 ? "" : "s") (the first \(Self.maximumShown) are shown)\n"
    }
    return text
  }

  /// One diagnostic: location, message, the source line with a caret, hint, fix-its and
  /// notes.
  package func render(_ diagnostic: Diagnostic) -> String {
    var output = ""
    let label = diagnostic.severity.rawValue
    let coloured = paint(label + ":", diagnostic.severity == .error ? "1;31" : "1;35")
    if let location = diagnostic.location {
      output +=
        paint(location.description + ":", "1")
        + " \(coloured) \(paint(Self.clipped(diagnostic.message), "1"))\n"
      output += excerpt(of: location)
    } else {
      output += "\(coloured) \(paint(Self.clipped(diagnostic.message), "1"))\n"
    }
    let indent = diagnostic.location == nil ? "" : "      "
    if let hint = diagnostic.hint {
      output += indent + "= hint: \(Self.clipped(hint))\n"
    }
    for fixIt in diagnostic.fixIts {
      output += indent + "= fix-it: \(Self.clipped(fixIt.summary))\n"
    }
    for note in diagnostic.notes {
      if let location = note.location {
        output +=
          paint(location.description + ":", "1") + " \(paint("note:", "1;30"))"
          + " \(Self.clipped(note.message))\n" + excerpt(of: location)
      } else {
        output += indent + "= note: \(Self.clipped(note.message))\n"
      }
    }
    return output
  }

  private func excerpt(of location: SourceRange) -> String {
    let file = location.file
    let start = file.position(of: location.range.lowerBound)
    let end = file.position(of: max(location.range.lowerBound, location.range.upperBound - 1))
    // Only the bytes near the caret are read, so a huge line costs no more than a short
    // one; `before` is whether the line goes on before them.
    let lineRange = file.lineRange(start.line)
    let caretOffset = max(
      lineRange.lowerBound, min(location.range.lowerBound, lineRange.upperBound))
    let reach = 8 * Self.maximumLineWidth
    var windowStart = max(lineRange.lowerBound, caretOffset - reach)
    while windowStart > lineRange.lowerBound, file.utf8[windowStart] & 0xC0 == 0x80 {
      windowStart -= 1
    }
    var windowEnd = min(lineRange.upperBound, caretOffset + reach)
    while windowEnd < lineRange.upperBound, file.utf8[windowEnd] & 0xC0 == 0x80 { windowEnd += 1 }
    let before = windowStart > lineRange.lowerBound
    let after = windowEnd < lineRange.upperBound
    let line = Array(file.text(of: windowStart..<windowEnd))
    let caret = min(file.text(of: windowStart..<caretOffset).count, line.count)
    var width = max(
      1, start.line == end.line ? end.column - start.column + 1 : line.count - caret)
    // A long line is shown as a window around the caret, marked "…" where it is cut.
    var first = 0
    var last = line.count
    if line.count > Self.maximumLineWidth {
      first = max(0, min(caret - Self.maximumLineWidth / 3, line.count - Self.maximumLineWidth))
      last = first + Self.maximumLineWidth
    }
    let cutBefore = first > 0 || before
    let cutAfter = last < line.count || after
    let shown = (cutBefore ? "…" : "") + String(line[first..<last]) + (cutAfter ? "…" : "")
    let column = caret - first + (cutBefore ? 1 : 0)
    width = max(1, min(width, last - caret + (cutAfter ? 1 : 0)))
    let number = String(start.line)
    let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
    let marker = "^" + String(repeating: "~", count: max(0, width - 1))
    var output = "\(gutter) | \(shown)\n"
    output += "      | " + String(repeating: " ", count: column) + paint(marker, "1;32") + "\n"
    return output
  }

  /// At most ``maximumMessageLength`` characters of `text`.
  static func clipped(_ text: String) -> String {
    text.count > maximumMessageLength ? text.prefix(maximumMessageLength - 1) + "…" : text
  }

  private func paint(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
