/// Comma-separated values as RFC 4180 writes them: fields separated by commas, records
/// ended by CRLF, and a field that holds a comma, a double quote, a carriage return or a
/// line feed enclosed in double quotes, each double quote inside doubled.
enum CSV {
  /// One record, ended by CRLF.
  static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field, quoted when it must be. A field that a spreadsheet would read as a formula
  /// (one that starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets an
  /// apostrophe in front, so that a name in a proposal cannot run as a formula.
  static func field(_ text: String) -> String {
    var text = text
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    guard text.unicodeScalars.contains(where: { "\",\r\n".unicodeScalars.contains($0) }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
