/// The stable identifier of a kind of diagnostic, such as `unknown-field`: what tests and
/// tools match on, whatever the message says.
///
/// Each id is written once, in the `id` of its phase's ``DiagnosticMessage`` enum in this
/// folder (``CheckingProblem``, ``FrameworkProblem``, …); the syntax problems' ids are the
/// named constants below, which ``LexingProblem`` and ``ParsingProblem`` give and tests name. Construction sites
/// never spell an id: they name a catalogued message.
package struct DiagnosticID: Hashable, Sendable, CustomStringConvertible,
  ExpressibleByStringInterpolation
{
  /// The identifier as text.
  package let rawValue: String

  /// An identifier from its text.
  package init(_ rawValue: String) { self.rawValue = rawValue }

  /// An identifier written as a string literal.
  package init(stringLiteral value: String) { rawValue = value }

  package var description: String { rawValue }
}

// MARK: - Syntax: problems found while reading a rule file's text

extension DiagnosticID {
  /// A character, string or number the lexer cannot read: an unterminated string, a
  /// stray character, a number too large.
  package static let unreadableText: Self = "unreadable-text"
  /// A token where another was expected: `expected the area's weight, found '-'`.
  package static let unexpectedToken: Self = "unexpected-token"
  /// A word where a declaration (`rule`, `area`, `let`, …) should begin.
  package static let unknownDeclaration: Self = "unknown-declaration"
  /// A rule without its closing `end`.
  package static let missingEnd: Self = "missing-end"
  /// An interpolation `{` in advice that is never closed.
  package static let unclosedInterpolation: Self = "unclosed-interpolation"
  /// An expression nested deeper than the parser allows.
  package static let nestingTooDeep: Self = "nesting-too-deep"
  /// A `field` declaration that lists allowed values for a field that is not text.
  package static let choicesOnANonTextField: Self = "choices-on-non-text-field"
  /// A rule with two clauses of one kind (two `title`s).
  package static let duplicateClause: Self = "duplicate-clause"
}
