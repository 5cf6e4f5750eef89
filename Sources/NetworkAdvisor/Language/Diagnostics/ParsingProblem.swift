/// The problems found while reading a rule file's text: the lexer's and the parser's.
package enum SyntaxProblem: DiagnosticMessage {
  /// A character no token starts with; `hint` says what to write instead, if anything.
  case unexpectedCharacter(String, hint: String?)
  /// A number, written `text`, too large to be read exactly.
  case numberTooLarge(text: String)
  /// A string without its closing quote on the line.
  case unterminatedString
  /// A backslash escape the language does not have.
  case unknownEscape
  /// A token where `expected` should be; `found` describes the token.
  case unexpectedToken(expected: String, found: String, hint: String?)
  /// A word where a declaration should begin; `suggestion` is a close keyword.
  case unknownDeclaration(String, suggestion: String?)
  /// A rule without its `end`.
  case missingEnd(rule: String)
  /// A rule with a clause twice.
  case duplicateClause(rule: String, clause: String)
  /// An interpolation `{` in advice never closed.
  case unclosedInterpolation
  /// An interpolation `{…}` longer than the `maximum` bytes the lexer follows.
  case interpolationTooLong(maximum: Int)
  /// An expression nested deeper than `maximum` levels.
  case nestingTooDeep(maximum: Int)
  /// Allowed values listed for a field of `level` named `name` that is not text.
  case choicesOnANonTextField(level: String, name: String)

  /// The keywords a declaration begins with, as the message lists them.
  private static let declarationWords =
    "'rule', 'area', 'grade', 'verdict', 'severity', 'cap', 'let', 'fact', 'field', 'list', 'section', 'disable' or 'framework'"

  package var id: DiagnosticID {
    switch self {
    case .unexpectedCharacter, .numberTooLarge, .unterminatedString, .unknownEscape,
      .interpolationTooLong:
      .unreadableText
    case .unexpectedToken: .unexpectedToken
    case .unknownDeclaration: .unknownDeclaration
    case .missingEnd: .missingEnd
    case .duplicateClause: .duplicateClause
    case .unclosedInterpolation: .unclosedInterpolation
    case .nestingTooDeep: .nestingTooDeep
    case .choicesOnANonTextField: .choicesOnANonTextField
    }
  }

  package var severity: Diagnostic.Severity { .error }

  package var message: String {
    switch self {
    case .unexpectedCharacter(let shown, _): "unexpected character '\(shown)'"
    case .numberTooLarge(let text):
      "\(text.count > 20 ? "a number of \(text.count) digits" : "the number \(text)") is too large"
    case .unterminatedString: "unterminated string"
    case .unknownEscape: "unknown escape in a string"
    case .unexpectedToken(let expected, let found, _): "expected \(expected), found \(found)"
    case .unknownDeclaration(let word, _):
      "expected a declaration (\(Self.declarationWords)), found '\(word)'"
    case .missingEnd(let rule): "the rule '\(rule)' has no 'end'"
    case .duplicateClause(let rule, let clause):
      "the rule '\(rule)' has more than one '\(clause)' clause"
    case .unclosedInterpolation: "unclosed '{' in the advice"
    case .interpolationTooLong(let maximum):
      "this '{…}' runs past \(maximum) bytes, the longest interpolation the reader follows"
    case .nestingTooDeep(let maximum): "the expression nests more than \(maximum) levels deep"
    case .choicesOnANonTextField: "only a text field can list its allowed values"
    }
  }

  package var hint: String? {
    switch self {
    case .unexpectedCharacter(_, let hint): hint
    case .numberTooLarge: "numbers in rule files are below 1000000000000000 (10^15)"
    case .unterminatedString: "add the closing '\"' on the same line"
    case .unknownEscape: "the escapes are \\\" \\\\ \\n \\t"
    case .unexpectedToken(_, _, let hint): hint
    case .unknownDeclaration(_, let suggestion): suggestion.map { "did you mean '\($0)'?" }
    case .missingEnd: "finish each rule with 'end'"
    case .duplicateClause: nil
    case .unclosedInterpolation: "close it with '}', or write '{{' for a brace"
    case .interpolationTooLong:
      "split it into several '{…}', or name a part of it with 'fact' or 'let'"
    case .nestingTooDeep: "split it, or name a part of it with 'let'"
    case .choicesOnANonTextField(let level, let name):
      "write: field \(level).\(name) text in [\"a\", \"b\"] \"…\""
    }
  }
}
