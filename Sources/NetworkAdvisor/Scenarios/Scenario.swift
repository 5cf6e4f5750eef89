/// A scenario: a proposal and what the framework is expected to make of it.
public struct Scenario: Sendable {
  /// A grade, exactly or as a range: `"B"`, or `{"atLeast": "C", "atMost": "A"}`.
  public struct GradeExpectation: Sendable, Equatable {
    /// The worst grade accepted.
    public var atLeast: String
    /// The best grade accepted.
    public var atMost: String

    /// Whether the range is a single grade.
    public var isExact: Bool { atLeast == atMost }

    /// "B", or "from C to A".
    public var description: String { isExact ? atLeast : "from \(atLeast) to \(atMost)" }
  }

  /// What the scenario expects; every part is optional.
  public struct Expectations: Sendable {
    /// The overall grade.
    public var grade: GradeExpectation?
    /// The overall score, rounded to one decimal.
    public var score: ClosedRange<Double>?
    /// The broker's verdict.
    public var verdict: String?
    /// The grade before any cap.
    public var uncappedGrade: String?
    /// The rules that cap the grade, exactly; `[]` means not capped.
    public var cappedBy: [String]?
    /// Grades of areas, by area id.
    public var areas: [(id: String, grade: GradeExpectation)] = []
    /// Rules that must pass.
    public var pass: [String] = []
    /// Rules that must fail.
    public var fail: [String] = []
    /// Rules that must not apply.
    public var notApplicable: [String] = []
    /// Rules that must be recommended, anywhere in the list.
    public var recommendations: [String] = []
    /// Rules that must be among the first `count` recommendations.
    public var top: (count: Int, rules: [String])?

    /// Whether nothing at all is expected, so that the scenario would pass whatever the
    /// rules do.
    public var expectsNothing: Bool {
      grade == nil && score == nil && verdict == nil && uncappedGrade == nil && cappedBy == nil
        && areas.isEmpty && pass.isEmpty && fail.isEmpty && notApplicable.isEmpty
        && recommendations.isEmpty && (top?.rules.isEmpty ?? true)
    }
  }

  /// What the scenario shows.
  public let title: String
  /// More about it, if given.
  public let description: String?
  /// The scenario file, as given on the command line.
  public let path: String
  /// The proposal, read and patched.
  public let proposal: ProposalReader.Result
  /// What the framework should make of it.
  public let expectations: Expectations
  /// The scenario's JSON, for rewriting expectations in place with `--update`.
  public let source: SourceFile
  /// The scenario file as JSON, with positions.
  public let json: JSONValue
}
