/// A kind of problem with the values its message is made from: its id, severity, message
/// and hint in one place, as swift-syntax's `DiagnosticMessage`.
///
/// Each phase catalogues its kinds as one enum with associated values
/// (``LexingProblem``, ``ParsingProblem``, ``CheckingProblem``, ``FrameworkProblem``, ``InputProblem``,
/// ``ScenarioProblem``, ``CommandProblem``), rather than a type per kind: a phase's kinds
/// then sit side by side in one file where their wording can be read and kept consistent,
/// one `switch` gives each its id and another its severity (so the compiler checks that no
/// kind lacks either), and a construction site reads `Diagnostic(.unknownArea(…), at: …)`.
/// A case is one way of saying a problem; several cases may share an id (`type-mismatch`
/// has a case for each construct that can be mistyped), as several messages share a
/// `MessageID` in swift-syntax. The ids themselves are listed once, in ``DiagnosticID``.
package protocol DiagnosticMessage: Sendable {
  /// The stable identifier of the kind.
  var id: DiagnosticID { get }
  /// Error or warning.
  var severity: Diagnostic.Severity { get }
  /// What is wrong, in one sentence.
  var message: String { get }
  /// How to fix it, when there is something to say.
  var hint: String? { get }
}

/// A change that certainly fixes a diagnostic: replace a range of the input with new text.
/// Offered only when there is no doubt, such as a misspelt name with exactly one close
/// candidate; a likely guess stays a hint ("did you mean …?").
package struct FixIt: Sendable {
  /// The text to replace.
  package var range: SourceRange
  /// What to write instead.
  package var replacement: String

  /// A fix-it that replaces `word`, written at `range`, with `candidate`; `nil` unless the
  /// text at `range` is exactly `word` (or `word` in double quotes, which are kept).
  package init?(replacing word: String, at range: SourceRange?, with candidate: String) {
    guard let range else { return nil }
    let written = range.file.text(of: range.range)
    if written == word {
      replacement = candidate
    } else if written == "\"\(word)\"" {
      replacement = "\"\(candidate)\""
    } else {
      return nil
    }
    self.range = range
  }

  /// The text replaced.
  package var original: String { range.file.text(of: range.range) }

  /// "replace 'typ' with 'type'".
  package var summary: String { "replace '\(original)' with '\(replacement)'" }

  /// The fix-it for a misspelt `word` at `range`: the one candidate close to it, if exactly
  /// one is.
  package static func respelling(
    _ word: String, at range: SourceRange?, among candidates: some Sequence<String>
  ) -> [FixIt] {
    guard let candidate = EditDistance.onlyClose(to: word, among: candidates),
      let fixIt = FixIt(replacing: word, at: range, with: candidate)
    else { return [] }
    return [fixIt]
  }

  /// `text` with every fix-it applied (they must not overlap); fix-its for other files are
  /// ignored.
  package static func apply(_ fixIts: [FixIt], to text: String, named name: String) -> String {
    var bytes = Array(text.utf8)
    let mine = fixIts.filter { $0.range.file.name == name }
    for fixIt in mine.sorted(by: { $0.range.range.lowerBound > $1.range.range.lowerBound }) {
      bytes.replaceSubrange(fixIt.range.range, with: Array(fixIt.replacement.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
