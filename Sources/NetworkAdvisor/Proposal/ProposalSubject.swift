/// Proposals as the engine's subject: the schema rules are checked against, and examples
/// in rule files read as proposal fragments.
package struct ProposalSubject: Subject {
  /// The fields rule layers declare.
  package let extensions: [ExtensionField]
  /// The proposal schema, with derived facts and the declared fields.
  package let recordType: RecordType

  /// Makes the subject, with the fields rule layers declare.
  package init(extensions: [ExtensionField] = []) {
    self.extensions = extensions
    recordType =
      extensions.isEmpty
      ? ProposalSchema.recordType : ProposalSchema.recordType(extensions: extensions)
  }

  /// The format's plain names for its fields and values (``ProposalFormat/plainNames``).
  package var plainNames: [String: String] { ProposalFormat.plainNames }

  /// Where `field LEVEL.NAME …` may add fields.
  package var extensionLevels: [String] { ProposalExtensions.levelNames }

  /// The subject with these fields declared.
  package func declaring(_ fields: [ExtensionField]) -> any Subject {
    ProposalSubject(extensions: fields)
  }

  /// Reads an example fragment as a proposal; required keys may be left out. An
  /// `extensions` key no layer declares is a problem here: an example is the rule author's.
  package func fields(fromExample example: JSONValue) throws(ExampleProblem) -> [Value] {
    let result = ProposalReader.read(example, requiresAll: false, extensions: extensions)
    if let problem = result.problems.first ?? result.warnings.first {
      let place = problem.path.isEmpty ? "" : "at \(problem.path): "
      throw ExampleProblem(place + problem.message, range: problem.range, hint: problem.hint)
    }
    return result.fields
  }
}
