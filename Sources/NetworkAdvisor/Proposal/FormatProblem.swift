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

  /// Makes a problem.
  package init(path: String, range: Range<Int>, message: String, hint: String? = nil) {
    self.path = path
    self.range = range
    self.message = message
    self.hint = hint
  }
}
