/// One kind of expectation a scenario states under a key of its `expect` object. Each kind
/// reads its value, checks it against an assessment, updates it for `test --update` and
/// documents itself, so adding a key means adding one type and listing it in
/// ``ScenarioExpectations/kinds``.
protocol ScenarioExpectation: Sendable {
  /// The key under `expect`.
  static var key: String { get }
  /// What the key expects and the forms its value takes, in Markdown, for the README.
  static var documentation: String { get }
  /// Reads the key's value, reporting each problem to `reader`; `nil` when it does not read.
  static func read(_ value: JSONValue, by reader: inout ScenarioReader) -> Self?
  /// Whether it checks anything at all (an empty list of rules checks nothing).
  var checksSomething: Bool { get }
  /// The rules it names, which it pins (for `test --coverage`).
  var namedRules: [String] { get }
  /// What does not hold in the assessment, in the words of `test`'s failures.
  func mismatches(in assessment: Assessment) -> [Mismatch]
  /// The edits `test --update` makes to the key's value (`value`) so that it holds; none
  /// when it holds already or when it cannot change without dropping an expectation.
  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit]
}

extension ScenarioExpectation {
  var checksSomething: Bool { true }
  var namedRules: [String] { [] }
  func edits(of value: JSONValue, for update: ExpectationUpdate) -> [ExpectationEdit] { [] }
}

/// What `test --update` updates a scenario's expectations to.
struct ExpectationUpdate {
  /// The assessment the expectations should describe.
  let assessment: Assessment
  /// All of the scenario's expectations, for kinds that depend on one another.
  let expectations: [any ScenarioExpectation]
}

/// One change `test --update` makes: a JSON value of the scenario replaced by another.
struct ExpectationEdit {
  /// The value as the scenario has it, with its place in the file.
  let value: JSONValue
  /// What it becomes.
  let replacement: JSONValue
  /// How the change is named in the output, such as `grade` or `area knots`.
  let what: String
}

/// The kinds of expectation, in the order their keys are documented, read and checked.
enum ScenarioExpectations {
  static let kinds: [any ScenarioExpectation.Type] = [
    OverallGradeExpectation.self, ScoreExpectation.self, VerdictExpectation.self,
    UncappedGradeExpectation.self, CappedByExpectation.self, AreaGradesExpectation.self,
    PassingRules.self, FailingRules.self, NotApplicableRules.self,
    RecommendationsExpectation.self, TopRecommendationsExpectation.self,
  ]

  /// The keys `expect` may hold.
  static var keys: [String] { kinds.map { kind in kind.key } }

  /// The README's list of keys, one bullet per kind.
  static var documentation: String {
    kinds.map { kind in "- `\(kind.key)`: \(kind.documentation)\n" }.joined()
  }
}
