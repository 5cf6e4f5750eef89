/// A problem found in some input, as a value: a phase collects all it finds and the caller
/// decides what to do with them.
package struct Diagnostic: Sendable, Error {
  /// How serious a diagnostic is.
  package enum Severity: String, Sendable {
    case warning
    case error
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
  /// Further lines printed after the source excerpt.
  package var notes: [String]

  /// Makes a diagnostic.
  package init(
    _ severity: Severity = .error, id: DiagnosticID, _ message: String, at location: SourceRange?,
    hint: String? = nil, notes: [String] = []
  ) {
    self.severity = severity
    self.id = id
    self.message = message
    self.location = location
    self.hint = hint
    self.notes = notes
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
