/// The problems the parser finds in a rule file's tokens: declarations and expressions
/// that do not follow the grammar.
package enum ParsingProblem: DiagnosticMessage {
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
  /// An expression nested deeper than `maximum` levels.
  case nestingTooDeep(maximum: Int)
  /// Allowed values listed for a field of `level` named `name` that is not text.
  case choicesOnANonTextField(level: String, name: String)

  /// The keywords a declaration begins with, as the message lists them.
  private static let declarationWords =
    "'rule', 'area', 'grade', 'verdict', 'severity', 'cap', 'let', 'fact', 'field', 'list', 'section', 'disable' or 'framework'"

  package var id: DiagnosticID {
    switch self {
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
    case .unexpectedToken(let expected, let found, _): "expected \(expected), found \(found)"
    case .unknownDeclaration(let word, _):
      "expected a declaration (\(Self.declarationWords)), found '\(word)'"
    case .missingEnd(let rule): "the rule '\(rule)' has no 'end'"
    case .duplicateClause(let rule, let clause):
      "the rule '\(rule)' has more than one '\(clause)' clause"
    case .unclosedInterpolation: "unclosed '{' in the advice"
    case .nestingTooDeep(let maximum): "the expression nests more than \(maximum) levels deep"
    case .choicesOnANonTextField: "only a text field can list its allowed values"
    }
  }

  package var hint: String? {
    switch self {
    case .unexpectedToken(_, _, let hint): hint
    case .unknownDeclaration(_, let suggestion): suggestion.map { "did you mean '\($0)'?" }
    case .missingEnd: "finish each rule with 'end'"
    case .duplicateClause: nil
    case .unclosedInterpolation: "close it with '}', or write '{{' for a brace"
    case .nestingTooDeep: "split it, or name a part of it with 'let'"
    case .choicesOnANonTextField(let level, let name):
      "write: field \(level).\(name) text in [\"a\", \"b\"] \"…\""
    }
  }
}
