/// Reads a proposal file end to end: bytes to JSON to checked fields, with every problem
/// located in the file for printing.
package enum ProposalDocument {
  /// Reads a proposal from its bytes (UTF-8, with or without a byte-order mark).
  /// - Parameter name: the name printed in messages, usually the path.
  /// - Parameter extensions: the fields the loaded rule layers declare; an `extensions` key
  ///   none declares is a warning in the result's ``ProposalReader/Result/diagnostics``.
  package static func read(_ bytes: [UInt8], name: String, extensions: [ExtensionField] = [])
    -> Result<
      ProposalReader.Result, DiagnosticError
    >
  {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    let text = String(decoding: body, as: UTF8.self)
    let file = SourceFile(name: name, text: text)
    if let offset = InputFile.firstInvalidUTF8(in: body) {
      // Offsets are the same up to the first invalid byte, so the location is exact.
      return .failure(
        DiagnosticError([
          Diagnostic(
            InputProblem.notUTF8(offset: offset, kind: "proposal"),
            at: SourceRange(file, offset..<offset + 1))
        ]))
    }
    let json: JSONValue
    let duplicates: [JSONSyntaxError]
    do {
      (json, duplicates) = try JSONReader.parseAllowingDuplicates(file.utf8)
    } catch {
      return .failure(
        DiagnosticError([
          Diagnostic(
            InputProblem.malformedJSON(error.message, hint: error.hint),
            at: SourceRange(file, error.offset..<error.offset + error.length))
        ]))
    }
    var result = ProposalReader.read(json, extensions: extensions)
    let warnings = result.warnings.map { warning in
      Diagnostic(
        InputProblem.undeclaredExtension(
          (warning.path.isEmpty ? "" : "\(warning.path): ") + warning.message, hint: warning.hint),
        at: SourceRange(file, warning.range))
    }
    var diagnostics = duplicates.map { duplicate in
      Diagnostic(
        InputProblem.invalidProposal(duplicate.message, hint: duplicate.hint),
        at: SourceRange(file, duplicate.offset..<duplicate.offset + duplicate.length))
    }
    diagnostics += result.problems.map { problem in
      Diagnostic(
        InputProblem.invalidProposal(
          (problem.path.isEmpty ? "" : "\(problem.path): ") + problem.message, hint: problem.hint),
        at: SourceRange(file, problem.range), fixIts: problem.fixIts(in: file))
    }
    guard diagnostics.isEmpty else {
      diagnostics += warnings
      diagnostics.sort {
        ($0.location?.range.lowerBound ?? 0) < ($1.location?.range.lowerBound ?? 0)
      }
      return .failure(DiagnosticError(diagnostics))
    }
    result.diagnostics = warnings
    return .success(result)
  }
}
