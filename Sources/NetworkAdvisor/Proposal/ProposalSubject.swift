/// Proposals as the engine's subject: the schema rules are checked against, and examples
/// in rule files read as proposal fragments.
public struct ProposalSubject: Subject {
  public init() {}

  public var recordType: RecordType { ProposalSchema.recordType }

  public func fields(fromExample example: JSONValue) throws(ExampleProblem) -> [Value] {
    let result = ProposalReader.read(example, requiresAll: false)
    if let problem = result.problems.first {
      let place = problem.path.isEmpty ? "" : "at \(problem.path): "
      throw ExampleProblem(place + problem.message, range: problem.range, hint: problem.hint)
    }
    return result.fields
  }
}
