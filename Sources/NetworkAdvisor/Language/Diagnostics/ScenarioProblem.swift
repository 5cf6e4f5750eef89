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
  /// A value that breaks the scenario format: the message says what is expected. Each
  /// expectation kind words its own, as it documents its own shape.
  case invalidValue(String, hint: String?)

  package var id: DiagnosticID { "invalid-scenario" }

  package var severity: Diagnostic.Severity { .error }

  package var message: String {
    switch self {
    case .missingKey(let key, _): "missing required key \"\(key)\""
    case .unknownKey(let key, let object, _): "unknown key \"\(key)\" in \(object)"
    case .unknownArea(let key, _): "unknown area \"\(key)\""
    case .invalidValue(let message, _): message
    }
  }

  package var hint: String? {
    switch self {
    case .missingKey(_, let hint), .invalidValue(_, let hint):
      hint
    case .unknownKey(let key, _, let allowed):
      Diagnostic.didYouMean(key, among: allowed)
        ?? "the keys are: " + allowed.joined(separator: ", ")
    case .unknownArea(let key, let areas):
      Diagnostic.didYouMean(key, among: areas) ?? "the areas are: " + areas.joined(separator: ", ")
    }
  }
}
