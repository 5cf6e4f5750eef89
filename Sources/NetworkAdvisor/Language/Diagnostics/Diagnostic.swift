/// A problem found in some input, as a value: a phase collects all it finds and the caller
/// decides what to do with them.
///
/// Sources make one from a catalogued ``DiagnosticMessage`` (``init(_:at:notes:fixIts:)``),
/// which fixes its id, severity, message and hint; the memberwise initialiser is for tests
/// and tools that build a diagnostic from its parts.
package struct Diagnostic: Sendable, Error {
  /// How serious a diagnostic is.
  package enum Severity: String, Sendable {
    case warning
    case error
  }

  /// A further remark, where it helps at a place of its own: "the rule 'x' is first
  /// declared here".
  package struct Note: Sendable, Equatable, ExpressibleByStringLiteral {
    /// What the note says.
    package var message: String
    /// Where it points; `nil` for a remark about the diagnostic as a whole.
    package var location: SourceRange?

    /// Makes a note, located or not.
    package init(_ message: String, at location: SourceRange? = nil) {
      self.message = message
      self.location = location
    }

    /// A note with no place of its own.
    package init(stringLiteral message: String) { self.init(message) }

    /// Notes are equal when they say the same of the same range of the same file.
    package static func == (a: Self, b: Self) -> Bool {
      a.message == b.message && a.location?.file.name == b.location?.file.name
        && a.location?.range == b.location?.range
    }
  }

  /// Error or warning.
  package var severity: Severity
  /// A stable identifier of the kind of problem, such as `unknown-field`.
  package var id: DiagnosticID
  /// What is wrong, in one sentence.
  package var message: String
  /// Where the problem is; `nil` for problems with no place, such as a missing folder.
  package var location: SourceRange?
  /// A suggestion of how to fix it ("did you mean 'type'?").
  package var hint: String?
  /// Further remarks printed after the hint, each with its own place when it has one.
  package var notes: [Note]
  /// Edits that certainly fix the problem (a misspelt name with one close candidate).
  package var fixIts: [FixIt]

  /// Makes a diagnostic from its parts.
  package init(
    _ severity: Severity = .error, id: DiagnosticID, _ message: String, at location: SourceRange?,
    hint: String? = nil, notes: [Note] = [], fixIts: [FixIt] = []
  ) {
    self.severity = severity
    self.id = id
    self.message = message
    self.location = location
    self.hint = hint
    self.notes = notes
    self.fixIts = fixIts
  }

  /// Makes a diagnostic of a catalogued kind: its id, severity, message and hint come from
  /// `message`.
  package init(
    _ message: some DiagnosticMessage, at location: SourceRange?, notes: [Note] = [],
    fixIts: [FixIt] = []
  ) {
    self.init(
      message.severity, id: message.id, message.message, at: location, hint: message.hint,
      notes: notes, fixIts: fixIts)
  }

  /// The hint "did you mean 'X'?" for the closest of `candidates` to `word`, if one is close.
  package static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String?
  {
    guard let match = EditDistance.closest(to: word, among: candidates) else { return nil }
    return "did you mean '\(match)'?"
  }
}

/// Diagnostics collected by one or more phases.
package struct DiagnosticError: Error, Sendable {
  /// Every problem found.
  package var diagnostics: [Diagnostic]

  /// Collects diagnostics.
  package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
