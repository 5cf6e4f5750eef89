/// Prints diagnostics the way the Swift compiler does:
///
/// ```
/// rules/knots.rules:12:9: error: unknown field 'typ' of a knot
///    12 |   passes when exists k in knots: k.typ == "joint-work"
///       |                                    ^~~
///       = hint: did you mean 'type'?
/// ```
public struct DiagnosticRenderer: Sendable {
  /// Whether to colour the output with ANSI escapes (only on a terminal, never with NO_COLOR).
  public var usesColour: Bool

  /// Makes a renderer.
  public init(usesColour: Bool = false) { self.usesColour = usesColour }

  /// All diagnostics, most severe first within each file's order, separated by blank lines.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined(separator: "\n")
  }

  /// One diagnostic: location, message, the source line with a caret, hint and notes.
  public func render(_ diagnostic: Diagnostic) -> String {
    var output = ""
    let label = diagnostic.severity.rawValue
    let coloured = paint(label + ":", diagnostic.severity == .error ? "1;31" : "1;35")
    if let location = diagnostic.location {
      output +=
        paint(location.description + ":", "1") + " \(coloured) \(paint(diagnostic.message, "1"))\n"
      output += excerpt(of: location)
    } else {
      output += "\(coloured) \(paint(diagnostic.message, "1"))\n"
    }
    if let hint = diagnostic.hint {
      output += (diagnostic.location == nil ? "" : "      ") + "= hint: \(hint)\n"
    }
    for note in diagnostic.notes {
      output += (diagnostic.location == nil ? "" : "      ") + "= note: \(note)\n"
    }
    return output
  }

  private func excerpt(of location: SourceRange) -> String {
    let file = location.file
    let start = file.position(of: location.range.lowerBound)
    let end = file.position(of: max(location.range.lowerBound, location.range.upperBound - 1))
    let lineText = file.line(start.line)
    let width = max(
      1, start.line == end.line ? end.column - start.column + 1 : lineText.count - start.column + 1)
    let number = String(start.line)
    let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
    let marker = "^" + String(repeating: "~", count: max(0, width - 1))
    var output = "\(gutter) | \(lineText)\n"
    output +=
      "      | " + String(repeating: " ", count: start.column - 1) + paint(marker, "1;32") + "\n"
    return output
  }

  private func paint(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
