/// A problem in JSON text, at a UTF-8 offset.
package struct JSONSyntaxError: Error, Sendable, Equatable {
  /// What is wrong.
  package var message: String
  /// The UTF-8 offset where it is.
  package var offset: Int
  /// A suggestion.
  package var hint: String?
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
    let value = try reader.readValue()
    reader.skipWhitespace()
    if reader.index < bytes.count {
      throw reader.error("unexpected text after the end of the document")
    }
    return (value, reader.duplicates)
  }

  /// Parses a UTF-8 string.
  package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ message: String, at offset: Int? = nil, hint: String? = nil)
    -> JSONSyntaxError
  {
    let start = offset ?? index
    return JSONSyntaxError(
      message: message, offset: start, hint: hint, length: start < bytes.count ? 1 : 0)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

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
      index += 1
      return false
    }
    if closes(container) { return true }
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
    return error(message, at: place, hint: startsAnother ? "add a comma after this \(next)" : nil)
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
      throw error("unexpected end of the document; expected a value")
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
      throw error("unexpected character \(Self.describe(byte)); expected a value")
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
        "unexpected text; expected a value such as \"text\", a number, true, false or null")
    }
    index += expected.count
    return JSONValue(kind, range: start..<index)
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("nesting is deeper than \(Self.maximumDepth) levels")
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
          throw error("a comma before '}' is not allowed", hint: "remove the last comma")
        }
        if curlyQuoteAhead { throw curlyQuote("a key") }
        throw error("expected a key in double quotes")
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
        throw error("expected ':' after the key \"\(key)\"")
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
        throw error("a comma before ']' is not allowed", hint: "remove the last comma")
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
    guard let first = current, Self.isDigit(first) else { throw error("expected a digit") }
    if first == UInt8(ascii: "0") {
      index += 1
      if let next = current, Self.isDigit(next) {
        throw error("numbers may not start with 0", at: start)
      }
    } else {
      while let byte = current, Self.isDigit(byte) { index += 1 }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard let byte = current, Self.isDigit(byte) else {
        throw error("expected a digit after '.'")
      }
      while let byte = current, Self.isDigit(byte) { index += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard let byte = current, Self.isDigit(byte) else {
        throw error("expected a digit in the exponent")
      }
      while let byte = current, Self.isDigit(byte) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = Double(text), number.isFinite else {
      throw error("the number \(text) is too large", at: start)
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
        throw reader.error("the text is not valid UTF-8", at: runStart)
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
          hint: byte == 0x0A ? "close the string on the same line, or write \\n" : nil)
      default:
        index += 1
      }
    }
  }

  private mutating func readEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard let byte = current else { throw error("unterminated escape") }
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
      let high = try readHex4()
      if (0xD800..<0xDC00).contains(high) {
        guard current == UInt8(ascii: "\\"), index + 1 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw error("a lone surrogate in a \\u escape") }
        index += 2
        let low = try readHex4()
        guard (0xDC00..<0xE000).contains(low) else {
          throw error("a lone surrogate in a \\u escape")
        }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
      }
      guard let scalar = Unicode.Scalar(high) else {
        throw error("a lone surrogate in a \\u escape")
      }
      return scalar
    default:
      throw error(
        "unknown escape '\\\(Character(Unicode.Scalar(byte)))'", at: index - 2,
        hint: "write \\\\ for a backslash")
    }
  }

  private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = Self.hexValue(byte) else {
        throw error("expected four hexadecimal digits after \\u")
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

  private static func describe(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F
      ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
  }
}
