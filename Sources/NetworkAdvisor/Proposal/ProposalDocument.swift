/// Reads a proposal file end to end: bytes to JSON to checked fields, with every problem
/// located in the file for printing.
public enum ProposalDocument {
  /// Reads a proposal from its bytes (UTF-8, with or without a byte-order mark).
  /// - Parameter name: the name printed in messages, usually the path.
  public static func read(_ bytes: [UInt8], name: String) -> Result<
    ProposalReader.Result, DiagnosticError
  > {
    let text = String(
      decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes,
      as: UTF8.self)
    let file = SourceFile(name: name, text: text)
    let json: JSONValue
    do {
      json = try JSONReader.parse(file.utf8)
    } catch {
      return .failure(
        DiagnosticError([
          Diagnostic(
            id: "malformed-json", "malformed JSON: \(error.message)",
            at: SourceRange(file, error.offset..<error.offset + 1), hint: error.hint)
        ]))
    }
    let result = ProposalReader.read(json)
    guard result.problems.isEmpty else {
      return .failure(
        DiagnosticError(
          result.problems.map { problem in
            Diagnostic(
              id: "invalid-proposal",
              (problem.path.isEmpty ? "" : "\(problem.path): ") + problem.message,
              at: SourceRange(file, problem.range), hint: problem.hint)
          }))
    }
    return .success(result)
  }
}
