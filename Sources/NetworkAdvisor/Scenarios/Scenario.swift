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

  /// What the scenario shows.
  public let title: String
  /// More about it, if given.
  public let description: String?
  /// The scenario file, as given on the command line.
  public let path: String
  /// The proposal, read and patched.
  public let proposal: ProposalReader.Result
  /// What the framework should make of it: one expectation per key of `expect`, in the
  /// order of ``ScenarioExpectations/kinds``.
  let expectations: [any ScenarioExpectation]

  /// Whether nothing at all is expected, so that the scenario would pass whatever the
  /// rules do.
  var expectsNothing: Bool { !expectations.contains { $0.checksSomething } }
  /// The scenario's JSON, for rewriting expectations in place with `--update`.
  public let source: SourceFile
  /// The scenario file as JSON, with positions.
  public let json: JSONValue
}
