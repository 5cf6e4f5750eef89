/// What the engine evaluates rules against, described as data: a record type for the
/// checker, and a way to read an example written in a rule file.
///
/// The engine knows nothing of schools; the proposal model plugs in as one subject.
package protocol Subject: Sendable {
  /// The record type whose fields rules may name.
  var recordType: RecordType { get }

  /// Reads an example (a JSON value written in a rule file) into the subject's fields.
  /// - Throws: ``ExampleProblem`` when the example does not fit the format.
  func fields(fromExample example: JSONValue) throws(ExampleProblem) -> [Value]

  /// The levels a rule layer may add fields to with `field LEVEL.NAME …`, such as `knots`.
  var extensionLevels: [String] { get }

  /// The same subject with fields declared by rule layers: its record type gains them and
  /// its examples read them.
  func declaring(_ fields: [ExtensionField]) -> any Subject

  /// How reports say, in plain words, the names that rules' advice writes in code quotes
  /// (`` `meetingsPerYear` ``): by name as written. A name not here is shown as written.
  var plainNames: [String: String] { get }
}

/// A problem with an example, located by the offsets of the JSON value it concerns.
package struct ExampleProblem: Error, Sendable {
  /// What is wrong with the example.
  package var message: String
  /// The offsets of the JSON value concerned, in the rule file.
  package var range: Range<Int>
  /// A suggestion.
  package var hint: String?

  /// Makes a problem.
  package init(_ message: String, range: Range<Int>, hint: String? = nil) {
    self.message = message
    self.range = range
    self.hint = hint
  }
}
