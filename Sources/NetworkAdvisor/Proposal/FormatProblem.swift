/// One way a proposal breaks the format, located by its JSON path and source offsets.
public struct FormatProblem: Sendable, Equatable {
  /// Such as `knots[2].type`; empty for the document itself.
  public var path: String
  public var range: Range<Int>
  public var message: String
  public var hint: String?

  public init(path: String, range: Range<Int>, message: String, hint: String? = nil) {
    self.path = path
    self.range = range
    self.message = message
    self.hint = hint
  }
}
