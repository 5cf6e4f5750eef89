/// A scenario: a proposal and what the framework is expected to make of it.
package struct Scenario: Sendable {
  /// A grade, exactly or as a range: `"B"`, or `{"atLeast": "C", "atMost": "A"}`.
  package struct GradeExpectation: Sendable, Equatable {
    /// The worst grade accepted.
    package var atLeast: String
    /// The best grade accepted.
    package var atMost: String

    /// Whether the range is a single grade.
    package var isExact: Bool { atLeast == atMost }

    /// "B", or "from C to A".
    package var description: String { isExact ? atLeast : "from \(atLeast) to \(atMost)" }
  }

  /// What the scenario shows.
  package let title: String
  /// More about it, if given.
  package let description: String?
  /// The scenario file, as given on the command line.
  package let path: String
  /// The proposal, read and patched.
  package let proposal: ProposalReader.Result
  /// What the framework should make of it: one expectation per key of `expect`, in the
  /// order of ``ScenarioExpectations/kinds``.
  let expectations: [any ScenarioExpectation]

  /// Whether nothing at all is expected, so that the scenario would pass whatever the
  /// rules do.
  var expectsNothing: Bool { !expectations.contains { $0.checksSomething } }
  /// The scenario's JSON, for rewriting expectations in place with `--update`.
  package let source: SourceFile
  /// The scenario file as JSON, with positions.
  package let json: JSONValue
}
