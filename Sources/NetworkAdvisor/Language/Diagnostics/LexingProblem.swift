/// The problems the lexer finds in a rule file's text: characters and literals it cannot
/// read. Each is reported as `unreadable-text`.
package enum LexingProblem: DiagnosticMessage {
  /// A character no token starts with; `hint` says what to write instead, if anything.
  case unexpectedCharacter(String, hint: String?)
  /// A number, written `text`, too large to be read exactly.
  case numberTooLarge(text: String)
  /// A string without its closing quote on the line.
  case unterminatedString
  /// A backslash escape the language does not have.
  case unknownEscape
  /// An interpolation `{…}` longer than the `maximum` bytes the lexer follows.
  case interpolationTooLong(maximum: Int)

  package var id: DiagnosticID { .unreadableText }

  package var severity: Diagnostic.Severity { .error }

  package var message: String {
    switch self {
    case .unexpectedCharacter(let shown, _): "unexpected character '\(shown)'"
    case .numberTooLarge(let text):
      "\(text.count > 20 ? "a number of \(text.count) digits" : "the number \(text)") is too large"
    case .unterminatedString: "unterminated string"
    case .unknownEscape: "unknown escape in a string"
    case .interpolationTooLong(let maximum):
      "this '{…}' runs past \(maximum) bytes, the longest interpolation the reader follows"
    }
  }

  package var hint: String? {
    switch self {
    case .unexpectedCharacter(_, let hint): hint
    case .numberTooLarge: "numbers in rule files are below 1000000000000000 (10^15)"
    case .unterminatedString: "add the closing '\"' on the same line"
    case .unknownEscape: "the escapes are \\\" \\\\ \\n \\t"
    case .interpolationTooLong:
      "split it into several '{…}', or name a part of it with 'fact' or 'let'"
    }
  }
}
