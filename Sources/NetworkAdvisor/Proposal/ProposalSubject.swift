/// Proposals as the engine's subject: the schema rules are checked against, and examples
/// in rule files read as proposal fragments.
public struct ProposalSubject: Subject {
  /// Makes the subject.
  public init() {}

  /// The proposal schema, with derived facts.
  public var recordType: RecordType { ProposalSchema.recordType }

  /// Reads an example fragment as a proposal; required keys may be left out.
  public func fields(fromExample example: JSONValue) throws(ExampleProblem) -> [Value] {
    let result = ProposalReader.read(example, requiresAll: false)
    if let problem = result.problems.first {
      let place = problem.path.isEmpty ? "" : "at \(problem.path): "
      throw ExampleProblem(place + problem.message, range: problem.range, hint: problem.hint)
    }
    return result.fields
  }
}
