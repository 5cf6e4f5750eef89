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
            id: "not-utf8", "the file is not UTF-8 text (an invalid byte at offset \(offset))",
            at: SourceRange(file, offset..<offset + 1), hint: "save the proposal as UTF-8")
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
            id: "malformed-json", "malformed JSON: \(error.message)",
            at: SourceRange(file, error.offset..<error.offset + error.length), hint: error.hint)
        ]))
    }
    var result = ProposalReader.read(json, extensions: extensions)
    let warnings = result.warnings.map { warning in
      Diagnostic(
        .warning, id: "undeclared-extension",
        (warning.path.isEmpty ? "" : "\(warning.path): ") + warning.message,
        at: SourceRange(file, warning.range), hint: warning.hint)
    }
    var diagnostics = duplicates.map { duplicate in
      Diagnostic(
        id: "invalid-proposal", duplicate.message,
        at: SourceRange(file, duplicate.offset..<duplicate.offset + duplicate.length),
        hint: duplicate.hint)
    }
    diagnostics += result.problems.map { problem in
      Diagnostic(
        id: "invalid-proposal", (problem.path.isEmpty ? "" : "\(problem.path): ") + problem.message,
        at: SourceRange(file, problem.range), hint: problem.hint)
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
