/// A problem in JSON text, at a UTF-8 offset.
package struct JSONSyntaxError: Error, Sendable, Equatable {
  /// What is wrong.
  package var message: String
  /// The UTF-8 offset where it is.
  package var offset: Int
  /// What to do about it: every problem the reader finds has one.
  package var hint: String
  /// How many bytes the problem spans.
  package var length = 1
}

/// Reads JSON text (RFC 8259) into ``JSONValue``s that keep their positions.
///
/// Foundation's parser keeps no positions and accepts duplicate keys; this one refuses
/// duplicates and bounds nesting, so hostile input gives an error rather than a crash.
package struct JSONReader {
  /// The deepest nesting of arrays and objects accepted.
  package static let maximumDepth = 64

  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0
  /// Keys repeated within one object; the first occurrence is kept.
  private var duplicates: [JSONSyntaxError] = []
  /// The offset of the last comma passed, where a comma before a closing bracket is shown.
  private var lastComma = 0

  /// Parses a whole document; a byte-order mark at the start is skipped.
  /// - Throws: ``JSONSyntaxError`` at the first problem.
  package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    let (value, duplicates) = try parseAllowingDuplicates(bytes)
    if let first = duplicates.first { throw first }
    return value
  }

  /// Parses a whole document, reporting repeated keys instead of stopping at them, so that
  /// a caller can report them together with other problems.
  package static func parseAllowingDuplicates(_ bytes: [UInt8]) throws(JSONSyntaxError) -> (
    JSONValue, duplicates: [JSONSyntaxError]
  ) {
    var reader = JSONReader(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
    reader.skipWhitespace()
    if reader.current == nil {
      throw reader.error(
        "the document is empty",
        hint: "check that the file was saved; a JSON document, such as an object {…}, is expected")
    }
    let value = try reader.readValue()
    reader.skipWhitespace()
    if reader.index < bytes.count {
      if let comment = reader.comment() { throw comment }
      throw reader.error(
        "unexpected text after the end of the document",
        hint:
          "the document ends before this; remove what follows, or look for a '}' or ']' too many before it"
      )
    }
    return (value, reader.duplicates)
  }

  /// Parses a UTF-8 string.
  package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// A problem at `offset` (the reading position when `nil`); every one says what to do.
  private func error(_ message: String, at offset: Int? = nil, hint: String)
    -> JSONSyntaxError
  {
    let start = offset ?? index
    return JSONSyntaxError(
      message: message, offset: start, hint: hint, length: start < bytes.count ? 1 : 0)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// The byte after the one at the reading position.
  private var following: UInt8? { index + 1 < bytes.count ? bytes[index + 1] : nil }

  /// A curly quotation mark where `what` belongs: the slip of text pasted from a word
  /// processor or an email.
  private func curlyQuote(_ what: String) -> JSONSyntaxError {
    error(
      "a curly quotation mark (“ or ”) where \(what) belongs",
      hint:
        "JSON needs straight double quotes: write \"text\"; a word processor or email often curls them"
    )
  }

  /// Whether the bytes at the reading position are a curly double or single quotation mark
  /// (U+201C, U+201D, U+2018, U+2019 in UTF-8: E2 80 9C/9D/98/99).
  private var curlyQuoteAhead: Bool {
    guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else {
      return false
    }
    return [0x9C, 0x9D, 0x98, 0x99].contains(bytes[index + 2])
  }

  /// The error for a comment (`// …`, `/* … */` or `# …`) at the reading position, spanning
  /// it on its first line; `nil` when none starts there.
  private func comment() -> JSONSyntaxError? {
    let opens =
      current == UInt8(ascii: "#")
      || current == UInt8(ascii: "/")
        && (following == UInt8(ascii: "/") || following == UInt8(ascii: "*"))
    guard opens else { return nil }
    var end = index
    while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
    if following == UInt8(ascii: "*"), end - index > 3,
      let close = bytes[index + 2..<end].indices.first(where: {
        bytes[$0] == UInt8(ascii: "*") && $0 + 1 < end && bytes[$0 + 1] == UInt8(ascii: "/")
      })
    {
      end = close + 2
    }
    var problem = error(
      "JSON does not allow comments",
      hint: "remove the comment; keep notes in a separate file")
    problem.length = max(1, end - index)
    return problem
  }

  /// The unquoted text at the reading position, up to a comma, a bracket, a colon or the
  /// end of the line, for hints; at most 40 bytes.
  private var bareWord: String {
    var end = index
    while end < bytes.count, end - index < 40, !"\r\n,:{}[]\"".utf8.contains(bytes[end]) {
      end += 1
    }
    return String(decoding: bytes[index..<end], as: UTF8.self).trimmingCharacters(
      in: .whitespaces)
  }

  /// What to write instead of an unquoted word where a value belongs: `True` is `true`,
  /// `yes` is most likely `true`, and any other word is text without its quotes.
  private static func hint(forBareWord word: String) -> String {
    let lower = word.lowercased()
    if ["true", "false", "null"].contains(lower) { return "write \(lower) in lower case" }
    if ["yes", "no"].contains(lower) {
      return
        "write true or false, without quotes, for yes or no; text goes in double quotes: \"\(word)\""
    }
    return Diagnostic.didYouMean(lower, among: ["true", "false", "null"])
      ?? "put text in double quotes: \"\(word)\""
  }

  /// A missing `,` or closing bracket, placed where it belongs: just after the value before
  /// it (on that value's line, not on the line of whatever follows), or, at the end of the
  /// input, with the line where the unclosed object or array opens.
  /// An object or an array, as the separator after one of its items names it.
  private enum Container {
    case object, array

    /// The byte that closes it.
    var closer: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
    /// What its items are called in messages.
    var item: String { self == .object ? "member" : "element" }
    /// One of its items, in a message.
    var anItem: String { self == .object ? "a member of an object" : "an element of an array" }
  }

  /// Enters `container` at its opening bracket; `true` when it closes at once (and is left).
  private mutating func enter(_ container: Container) throws(JSONSyntaxError) -> Bool {
    try enter()
    index += 1
    skipWhitespace()
    return closes(container)
  }

  /// Moves past `container`'s closer, leaving it, when that comes next.
  private mutating func closes(_ container: Container) -> Bool {
    guard current == container.closer else { return false }
    index += 1
    depth -= 1
    return true
  }

  /// Moves past what follows an item of `container`: a comma (`false`: another item
  /// follows) or its closer (`true`: the container is closed and left).
  /// - Throws: where anything else follows the item.
  private mutating func passSeparator(
    after item: JSONValue, of container: Container, opening: Int
  ) throws(JSONSyntaxError) -> Bool {
    skipWhitespace()
    if current == UInt8(ascii: ",") {
      lastComma = index
      index += 1
      return false
    }
    if closes(container) { return true }
    if let comment = comment() { throw comment }
    let closer = String(UnicodeScalar(container.closer))
    throw missingSeparator(
      "expected ',' or '\(closer)' after \(container.anItem)", after: item, opening: opening,
      closer: closer, next: container.item)
  }

  private func missingSeparator(
    _ message: String, after value: JSONValue, opening: Int, closer: String, next: String
  ) -> JSONSyntaxError {
    let place = value.range.upperBound
    guard current != nil else {
      let line = bytes[..<opening].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      return error(
        "the input ends before the '\(bytes[opening] == UInt8(ascii: "{") ? "{" : "[")' on line \(line) is closed",
        at: place, hint: "close it with '\(closer)'")
    }
    let startsAnother =
      current == UInt8(ascii: "\"") || (next == "element" && current.map(Self.startsValue) == true)
    return error(
      message, at: place,
      hint: startsAnother
        ? "add a comma after this \(next)"
        : "put a comma before the next \(next), or close with '\(closer)'")
  }

  /// Whether a byte can start a JSON value.
  private static func startsValue(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "-"),
      UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      true
    default: (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
  }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      index += 1
    }
  }

  private mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
    guard let byte = current else {
      throw error(
        "unexpected end of the document; expected a value",
        hint: "the file stops short: write the value, then close what is open")
    }
    let start = index
    switch byte {
    case UInt8(ascii: "{"): return try readObject()
    case UInt8(ascii: "["): return try readArray()
    case UInt8(ascii: "\""):
      let text = try readString()
      return JSONValue(.string(text), range: start..<index)
    case UInt8(ascii: "t"): return try readWord("true", .bool(true))
    case UInt8(ascii: "f"): return try readWord("false", .bool(false))
    case UInt8(ascii: "n"): return try readWord("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
    case UInt8(ascii: "'"):
      throw error("strings must use double quotes", hint: "write \"text\" rather than 'text'")
    case 0xE2 where curlyQuoteAhead:
      throw curlyQuote("a value")
    default:
      if let comment = comment() { throw comment }
      throw error(
        "unexpected character \(describeCurrent()); expected a value", hint: unexpectedHint(byte))
    }
  }

  private mutating func readWord(_ word: String, _ kind: JSONValue.Kind) throws(JSONSyntaxError)
    -> JSONValue
  {
    let start = index
    let expected = Array(word.utf8)
    guard bytes.count - index >= expected.count,
      Array(bytes[index..<index + expected.count]) == expected
    else {
      throw error(
        "unexpected text; expected a value such as \"text\", a number, true, false or null",
        hint: Self.hint(forBareWord: bareWord))
    }
    index += expected.count
    return JSONValue(kind, range: start..<index)
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error(
        "nesting is deeper than \(Self.maximumDepth) levels",
        hint:
          "put fewer arrays and objects inside one another; look for an opening bracket that is never closed"
      )
    }
  }

  private mutating func readObject() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    if try enter(.object) { return JSONValue(.object([]), range: start..<index) }
    var members: [JSONMember] = []
    var seen: [String: Int] = [:]
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else {
        if current == UInt8(ascii: "}") {
          throw error(
            "a comma before '}' is not allowed", at: lastComma,
            hint: "remove this comma: the last member has none after it")
        }
        if curlyQuoteAhead { throw curlyQuote("a key") }
        if let comment = comment() { throw comment }
        throw error("expected a key in double quotes", hint: keyHint())
      }
      let keyStart = index
      let key = try readString()
      let keyRange = keyStart..<index
      let isDuplicate = seen[key] != nil
      if isDuplicate {
        var duplicate = error(
          "duplicate key \"\(key)\"", at: keyStart, hint: "each key may appear once in an object")
        duplicate.length = keyRange.count
        duplicates.append(duplicate)
      }
      seen[key] = members.count
      skipWhitespace()
      guard current == UInt8(ascii: ":") else {
        throw error(
          "expected ':' after the key \"\(key)\"",
          hint: current == UInt8(ascii: "=")
            ? "write ':' rather than '='" : "write a colon between the key and its value")
      }
      index += 1
      skipWhitespace()
      let value = try readValue()
      if !isDuplicate { members.append(JSONMember(key: key, keyRange: keyRange, value: value)) }
      if try passSeparator(after: value, of: .object, opening: start) {
        return JSONValue(.object(members), range: start..<index)
      }
    }
  }

  private mutating func readArray() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    if try enter(.array) { return JSONValue(.array([]), range: start..<index) }
    var elements: [JSONValue] = []
    while true {
      skipWhitespace()
      if current == UInt8(ascii: "]") {
        throw error(
          "a comma before ']' is not allowed", at: lastComma,
          hint: "remove this comma: the last element has none after it")
      }
      let element = try readValue()
      elements.append(element)
      if try passSeparator(after: element, of: .array, opening: start) {
        return JSONValue(.array(elements), range: start..<index)
      }
    }
  }

  private mutating func readNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    guard let first = current, Self.isDigit(first) else {
      throw error(
        "expected a digit", hint: "write digits after the minus sign, or put text in double quotes"
      )
    }
    if first == UInt8(ascii: "0") {
      index += 1
      if let next = current, Self.isDigit(next) {
        var end = index
        while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
        let digits = String(decoding: bytes[index..<end], as: UTF8.self)
        let number = digits.drop { $0 == "0" }
        throw error(
          "numbers may not start with 0", at: start,
          hint:
            "write \(bytes[start] == UInt8(ascii: "-") ? "-" : "")\(number.isEmpty ? "0" : number), or \"\(String(decoding: bytes[start..<end], as: UTF8.self))\" in double quotes if it is a code"
        )
      }
    } else {
      while let byte = current, Self.isDigit(byte) { index += 1 }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard let byte = current, Self.isDigit(byte) else {
        throw error(
          "expected a digit after '.'",
          hint:
            "write \(String(decoding: bytes[start..<index - 1], as: UTF8.self)) or put digits after the point"
        )
      }
      while let byte = current, Self.isDigit(byte) { index += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard let byte = current, Self.isDigit(byte) else {
        throw error(
          "expected a digit in the exponent",
          hint: "write digits after the 'e', such as 1e3, or leave the 'e' out")
      }
      while let byte = current, Self.isDigit(byte) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = Double(text), number.isFinite else {
      throw error(
        "the number \(text) is too large", at: start,
        hint: "write a smaller number (at most about 1.8e308)")
    }
    return JSONValue(.number(number), range: start..<index)
  }

  private mutating func readString() throws(JSONSyntaxError) -> String {
    let start = index
    index += 1
    var scalars = String.UnicodeScalarView()
    var runStart = index
    func flush(_ reader: JSONReader, upTo end: Int) throws(JSONSyntaxError) {
      guard runStart < end else { return }
      guard let run = String(validating: reader.bytes[runStart..<end], as: UTF8.self) else {
        throw reader.error(
          "the text is not valid UTF-8", at: runStart, hint: "save the file as UTF-8")
      }
      scalars.append(contentsOf: run.unicodeScalars)
    }
    while true {
      guard let byte = current else {
        throw error("unterminated string", at: start, hint: "add the closing '\"'")
      }
      switch byte {
      case UInt8(ascii: "\""):
        try flush(self, upTo: index)
        index += 1
        return String(scalars)
      case UInt8(ascii: "\\"):
        try flush(self, upTo: index)
        index += 1
        scalars.append(try readEscape())
        runStart = index
      case 0x00..<0x20:
        throw error(
          byte == 0x0A ? "a line break inside a string" : "a control character inside a string",
          hint: Self.controlHint(byte))
      default:
        index += 1
      }
    }
  }

  private mutating func readEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard let byte = current else {
      throw error("unterminated escape", hint: "write \\\\ for a backslash")
    }
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try readHex4(escape: index - 2)
      if (0xD800..<0xDC00).contains(high) {
        guard current == UInt8(ascii: "\\"), index + 1 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw loneSurrogate() }
        index += 2
        let low = try readHex4(escape: index - 2)
        guard (0xDC00..<0xE000).contains(low) else { throw loneSurrogate() }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
      }
      guard let scalar = Unicode.Scalar(high) else { throw loneSurrogate() }
      return scalar
    default:
      throw error(
        "unknown escape '\\\(Character(Unicode.Scalar(byte)))'", at: index - 2,
        hint: "write \\\\ for a backslash")
    }
  }

  /// The four hexadecimal digits of the `\u` escape at `escape`, where a problem is shown.
  private mutating func readHex4(escape: Int) throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexValue(byte) else {
        throw error(
          "expected four hexadecimal digits after \\u", at: escape,
          hint: "write \\\\ for a backslash, or \\u and four hexadecimal digits, such as \\u00e9")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private func loneSurrogate() -> JSONSyntaxError {
    error(
      "a lone surrogate in a \\u escape",
      hint:
        "write the character itself, or a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF one"
    )
  }

  /// What to do about a control character inside a string.
  private static func controlHint(_ byte: UInt8) -> String {
    switch byte {
    case 0x0A: "close the string on the same line, or write \\n"
    case 0x09: "write a tab as \\t"
    case 0x0D: "close the string on the same line, or write \\r"
    default: "remove it, or write it as \\u00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16))"
    }
  }

  /// What to do about an unexpected character where a value belongs.
  private func unexpectedHint(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: ","): return "remove the extra comma, or write the missing value"
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      return "write the missing value, or remove the comma or key before it"
    case UInt8(ascii: "."), UInt8(ascii: "+"):
      guard let next = following, Self.isDigit(next) else { break }
      var end = index + 1
      while end < bytes.count, Self.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: ".") {
        end += 1
      }
      let rest = String(decoding: bytes[index + 1..<end], as: UTF8.self)
      return byte == UInt8(ascii: ".")
        ? "write a 0 before the point: 0.\(rest)" : "write the number without the '+': \(rest)"
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
      return Self.hint(forBareWord: bareWord)
    default: break
    }
    switch currentScalar?.value {
    case 0x00A0: return "replace it with an ordinary space"
    case 0x2013, 0x2014, 0x2212: return "write a minus sign as a plain hyphen, '-'"
    case 0xFEFF: return "remove it: it is an invisible byte-order mark"
    default:
      return
        "a value is \"text\" in double quotes, a number, true, false, null, an object {…} or an array […]"
    }
  }

  /// The Unicode scalar at the reading position, if the bytes there are valid UTF-8.
  private var currentScalar: Unicode.Scalar? {
    guard let byte = current else { return nil }
    let length =
      byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0
    guard length > 0, index + length <= bytes.count,
      let text = String(validating: bytes[index..<index + length], as: UTF8.self)
    else { return nil }
    return text.unicodeScalars.first
  }

  /// The character at the reading position, for a message: `'y'`, `'é' (U+00E9)`, or a byte
  /// in hexadecimal when it is not text.
  private func describeCurrent() -> String {
    guard let scalar = currentScalar else {
      return current.map { "byte 0x\(String($0, radix: 16))" } ?? "end"
    }
    if scalar.isASCII, scalar.value >= 0x20, scalar.value < 0x7F { return "'\(Character(scalar))'" }
    let code = String(scalar.value, radix: 16, uppercase: true)
    let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
    return scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0xFEFF
      ? name : "'\(Character(scalar))' (\(name))"
  }

  /// What to do where a key belongs and something else stands: a key without quotes, one
  /// in single quotes, or a comma too many.
  private func keyHint() -> String {
    switch current {
    case UInt8(ascii: "'"): return "write \"key\" rather than 'key'"
    case UInt8(ascii: ","): return "remove the extra comma"
    case .some(let byte)
    where byte >= 0x80 || Self.isDigit(byte) || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A:
      return "put the key in double quotes: \"\(bareWord)\""
    default: return "a member is \"key\": value, with the key in double quotes"
    }
  }
}
