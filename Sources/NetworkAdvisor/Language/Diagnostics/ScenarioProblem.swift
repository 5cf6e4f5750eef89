/// The problems in a scenario file (`network-scenario/1`), beyond those of the JSON and the
/// proposal it holds, which are ``InputProblem``s (an invalid proposal in a scenario is
/// `invalid-proposal`, as it is anywhere).
package enum ScenarioProblem: DiagnosticMessage {
  /// A required key that is missing; `hint` says what it holds.
  case missingKey(String, hint: String?)
  /// A key `key` the object `object` does not have; `allowed` are the keys it has.
  case unknownKey(String, in: String, allowed: [String])
  /// An area the framework does not declare.
  case unknownArea(String, areas: [String])
  /// A scenario that is not a JSON object.
  case scenarioNotAnObject
  /// A `format` other than `identifier`.
  case wrongFormat(identifier: String)
  /// A text field that is not a non-empty string.
  case notText(key: String)
  /// A `proposal` that is neither a path nor an object.
  case proposalNeitherPathNorObject
  /// A `patch` that is not an object.
  case patchNotAnObject
  /// No proposal file at `relative`, looked for at `path`.
  case noProposalFile(relative: String, path: String)
  /// A proposal file that cannot be read: the refusal's message and hint.
  case unreadableProposal(String, hint: String?)
  /// A proposal file that is not JSON.
  case proposalNotJSON(relative: String, message: String)
  /// An `expect` that is not an object.
  case expectNotAnObject
  /// A rule expected both to pass and to fail.
  case passAndFail(rule: String)
  /// A value where one of the grades `letters` is expected; `found` shows it.
  case notAGrade(letters: [String], found: String)
  /// A grade written neither as a letter nor as a range.
  case notAGradeOrRange
  /// A grade range whose best end is worse than its worst.
  case emptyGradeRange(best: String, worst: String)
  /// A `key` that is not an array of rule ids.
  case notRuleIDs(key: String)
  /// An item of a list of rule ids that is not a string; `found` says what it is.
  case notARuleID(found: String)
  /// A rule id that names none of `rules`.
  case unknownRule(String, rules: [String])
  /// A value that breaks the shape of an expectation: the message says what is expected.
  /// Each kind of expectation words its own, as it reads and documents itself.
  case invalidValue(String, hint: String?)

  package var id: DiagnosticID { "invalid-scenario" }

  package var severity: Diagnostic.Severity { .error }

  package var message: String {
    switch self {
    case .missingKey(let key, _): "missing required key \"\(key)\""
    case .unknownKey(let key, let object, _): "unknown key \"\(key)\" in \(object)"
    case .unknownArea(let key, _): "unknown area \"\(key)\""
    case .scenarioNotAnObject: "a scenario is a JSON object"
    case .wrongFormat(let identifier): "expected \"format\": \"\(identifier)\""
    case .notText(let key): "\"\(key)\" must be a non-empty string"
    case .proposalNeitherPathNorObject: "\"proposal\" must be a path or a proposal object"
    case .patchNotAnObject:
      "\"patch\" must be an object: a JSON merge patch applied to the proposal"
    case .noProposalFile(let relative, let path):
      "no proposal file at \"\(relative)\" (looked for \(path))"
    case .unreadableProposal(let message, _): message
    case .proposalNotJSON(let relative, let message):
      "the proposal \"\(relative)\" is not valid JSON: \(message)"
    case .expectNotAnObject: "\"expect\" must be an object"
    case .passAndFail(let rule): "the rule '\(rule)' is expected both to pass and to fail"
    case .notRuleIDs(let key): "\"\(key)\" must be an array of rule ids"
    case .notARuleID(let found): "expected a rule id, found \(found)"
    case .unknownRule(let id, _): "unknown rule '\(id)'"
    case .notAGrade(let letters, let found):
      "expected a grade, one of \(letters.map { "\"\($0)\"" }.joined(separator: ", ")), found \(found)"
    case .notAGradeOrRange:
      "a grade is a letter, such as \"B\", or a range such as { \"atLeast\": \"C\", \"atMost\": \"A\" }"
    case .emptyGradeRange(let best, let worst):
      "the range is empty: \"atMost\" \(best) is worse than \"atLeast\" \(worst)"
    case .invalidValue(let message, _): message
    }
  }

  package var hint: String? {
    switch self {
    case .missingKey(_, let hint), .invalidValue(_, let hint), .unreadableProposal(_, let hint):
      hint
    case .noProposalFile: "paths are relative to the scenario file"
    case .unknownRule(let id, let rules):
      Diagnostic.didYouMean(id, among: rules) ?? "'network-advisor rules list' shows them all"
    case .scenarioNotAnObject, .wrongFormat, .notText, .proposalNeitherPathNorObject,
      .patchNotAnObject, .proposalNotJSON, .expectNotAnObject, .passAndFail, .notAGrade,
      .notAGradeOrRange, .emptyGradeRange, .notRuleIDs, .notARuleID:
      nil
    case .unknownKey(let key, _, let allowed):
      Diagnostic.didYouMean(key, among: allowed)
        ?? "the keys are: " + allowed.joined(separator: ", ")
    case .unknownArea(let key, let areas):
      Diagnostic.didYouMean(key, among: areas) ?? "the areas are: " + areas.joined(separator: ", ")
    }
  }
}
