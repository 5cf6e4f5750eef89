/// One way a proposal breaks the format, located by its JSON path and source offsets.
package struct FormatProblem: Sendable, Equatable {
  /// Such as `knots[2].type`; empty for the document itself.
  package var path: String
  /// The UTF-8 offsets of the value concerned.
  package var range: Range<Int>
  /// What is wrong: what was found and what is allowed.
  package var message: String
  /// A suggestion, such as "did you mean 'linked'?".
  package var hint: String?
  /// What the misspelt key or value at `range` certainly should be: the one close
  /// candidate, when exactly one is close.
  package var correction: String?

  /// Makes a problem.
  package init(
    path: String, range: Range<Int>, message: String, hint: String? = nil,
    correction: String? = nil
  ) {
    self.path = path
    self.range = range
    self.message = message
    self.hint = hint
    self.correction = correction
  }

  /// The fix-it that writes ``correction`` at ``range`` in `file`, if there is one.
  package func fixIts(in file: SourceFile) -> [FixIt] {
    let written = file.text(of: range)
    let word =
      written.count >= 2 && written.hasPrefix("\"") && written.hasSuffix("\"")
      ? String(written.dropFirst().dropLast()) : written
    guard let correction,
      let fixIt = FixIt(replacing: word, at: SourceRange(file, range), with: correction)
    else { return [] }
    return [fixIt]
  }
}
