/// A scenario: a proposal and what the framework is expected to make of it.
public struct Scenario: Sendable {
  /// A grade, exactly or as a range: `"B"`, or `{"atLeast": "C", "atMost": "A"}`.
  public struct GradeExpectation: Sendable, Equatable {
    /// The worst grade accepted.
    public var atLeast: String
    /// The best grade accepted.
    public var atMost: String

    public var isExact: Bool { atLeast == atMost }

    public var description: String { isExact ? atLeast : "from \(atLeast) to \(atMost)" }
  }

  /// What the scenario expects; every part is optional.
  public struct Expectations: Sendable {
    public var grade: GradeExpectation?
    public var score: ClosedRange<Double>?
    public var verdict: String?
    public var uncappedGrade: String?
    /// The rules that cap the grade, exactly; `[]` means not capped.
    public var cappedBy: [String]?
    public var areas: [(id: String, grade: GradeExpectation)] = []
    public var pass: [String] = []
    public var fail: [String] = []
    public var notApplicable: [String] = []
    /// Rules that must be recommended, anywhere in the list.
    public var recommendations: [String] = []
    /// Rules that must be among the first `count` recommendations.
    public var top: (count: Int, rules: [String])?
  }

  public let title: String
  public let description: String?
  /// The scenario file, as given on the command line.
  public let path: String
  public let proposal: ProposalReader.Result
  public let expectations: Expectations
  /// The scenario's JSON, for rewriting expectations in place with `--update`.
  public let source: SourceFile
  public let json: JSONValue
}
