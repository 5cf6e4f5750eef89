/// Diagnostics in machine-readable outputs.
extension Diagnostic {
  /// The diagnostic as a JSON object: `id`, `severity`, `message`, `location`, `hint`,
  /// `notes` (each `message` and `location`) and `fixIts` (each `location`, `original`
  /// and `replacement`). A location is ``json(_:)``'s; `null` where there is none, as is a
  /// missing hint.
  package var json: JSONValue {
    .object([
      ("id", .string(id.rawValue)),
      ("severity", .string(severity.rawValue)),
      ("message", .string(message)),
      ("location", Self.json(location)),
      ("hint", hint.map { .string($0) } ?? .null),
      (
        "notes",
        .array(
          notes.map {
            .object([("message", .string($0.message)), ("location", Self.json($0.location))])
          })
      ),
      (
        "fixIts",
        .array(
          fixIts.map {
            .object([
              ("location", Self.json($0.range)), ("original", .string($0.original)),
              ("replacement", .string($0.replacement)),
            ])
          })
      ),
    ])
  }

  /// `{ "file", "line", "column", "offset", "length" }`: the start as the text diagnostics
  /// print it (line and column from 1), and the range as UTF-8 offset and byte count, which
  /// is what a fix-it replaces; `null` for no location.
  package static func json(_ location: SourceRange?) -> JSONValue {
    guard let location else { return .null }
    let start = location.file.position(of: location.range.lowerBound)
    return .object([
      ("file", .string(location.file.name)),
      ("line", .number(Double(start.line))),
      ("column", .number(Double(start.column))),
      ("offset", .number(Double(location.range.lowerBound))),
      ("length", .number(Double(location.range.count))),
    ])
  }
}
