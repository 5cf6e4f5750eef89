/// Splits rule-language text into tokens.
///
/// The language is not line-sensitive: clauses start with keywords, and `#` starts a comment
/// that runs to the end of the line. An identifier may hold hyphens between letters or
/// digits, so `joint-work` and `pupil-learning` are names; subtraction needs spaces, `a - b`.
package struct Lexer {
  private let file: SourceFile
  private let bytes: [UInt8]
  private var index: Int
  private let end: Int
  private(set) var diagnostics: [Diagnostic] = []

  /// Lexes the whole of `file`, or the part of it in `range` (for interpolations in templates).
  package init(file: SourceFile, range: Range<Int>? = nil) {
    self.file = file
    self.bytes = file.utf8
    self.index = range?.lowerBound ?? 0
    self.end = range?.upperBound ?? file.utf8.count
  }

  /// All tokens, ending with `.endOfFile`, and the problems found on the way.
  package static func tokens(of file: SourceFile, in range: Range<Int>? = nil) -> (
    tokens: [Token], diagnostics: [Diagnostic]
  ) {
    var lexer = Lexer(file: file, range: range)
    var tokens: [Token] = []
    while true {
      let token = lexer.next()
      tokens.append(token)
      if token.kind == .endOfFile { break }
    }
    return (tokens, lexer.diagnostics)
  }

  private var current: UInt8? { index < end ? bytes[index] : nil }

  private func peek(_ offset: Int) -> UInt8? {
    index + offset < end ? bytes[index + offset] : nil
  }

  private mutating func report(_ problem: LexingProblem, _ range: Range<Int>) {
    diagnostics.append(Diagnostic(problem, at: SourceRange(file, range)))
  }

  /// The next token, skipping white space and comments.
  package mutating func next() -> Token {
    skipTrivia()
    guard let byte = current else { return Token(.endOfFile, end..<end) }
    let start = index
    if Self.isIdentifierStart(byte) { return identifier() }
    if Self.isDigit(byte) { return number() }
    if byte == UInt8(ascii: "\"") { return string() }
    let twoCharacter = ["==", "!=", "<=", ">="]
    if let second = peek(1) {
      let pair = String(decoding: [byte, second], as: UTF8.self)
      if twoCharacter.contains(pair) {
        index += 2
        return Token(.symbol(pair), start..<index)
      }
    }
    let single = "()[]{},:.=<>+-*/"
    let character = Character(Unicode.Scalar(byte))
    if byte < 0x80, single.contains(character) {
      index += 1
      return Token(.symbol(String(character)), start..<index)
    }
    // Skip one whole character, so that the error points at it and lexing goes on.
    index += 1
    while let next = current, next & 0xC0 == 0x80 { index += 1 }
    let shown = file.text(of: start..<index)
    var hint: String?
    switch shown {
    case "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}":
      hint = "strings use straight double quotes: \"text\""
    case "&": hint = "write 'and'"
    case "|": hint = "write 'or'"
    case "!": hint = "write 'not'"
    default: break
    }
    report(.unexpectedCharacter(shown, hint: hint), start..<index)
    return next()
  }

  private mutating func skipTrivia() {
    while let byte = current {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
        || byte == UInt8(ascii: "\r")
      {
        index += 1
      } else if byte == UInt8(ascii: "#") {
        while let next = current, next != UInt8(ascii: "\n") { index += 1 }
      } else {
        return
      }
    }
  }

  private mutating func identifier() -> Token {
    let start = index
    while let byte = current {
      if Self.isIdentifierPart(byte) {
        index += 1
      } else if byte == UInt8(ascii: "-"), let next = peek(1), Self.isIdentifierPart(next),
        index > start, Self.isIdentifierPart(bytes[index - 1])
      {
        index += 1
      } else {
        break
      }
    }
    return Token(.identifier(file.text(of: start..<index)), start..<index)
  }

  private mutating func number() -> Token {
    let start = index
    while let byte = current, Self.isDigit(byte) { index += 1 }
    if current == UInt8(ascii: "."), let next = peek(1), Self.isDigit(next) {
      index += 1
      while let byte = current, Self.isDigit(byte) { index += 1 }
    }
    let text = file.text(of: start..<index)
    let value = Double(text) ?? .infinity
    guard value < NumberText.largestWrittenWhole else {
      report(.numberTooLarge(text: text), start..<index)
      return Token(.number(0), start..<index)
    }
    return Token(.number(value), start..<index)
  }

  private mutating func string() -> Token {
    let start = index
    index += 1
    var value = ""
    // What the string holds as written is copied a run at a time, up to an escape or the
    // end, rather than a character at a time.
    var run = index
    var lookedPastTheLimit = false
    while true {
      guard let byte = current, byte != UInt8(ascii: "\n") else {
        value += file.text(of: run..<index)
        report(.unterminatedString, start..<index)
        return Token(.string(value), start..<index)
      }
      if byte == UInt8(ascii: "\"") {
        value += file.text(of: run..<index)
        index += 1
        return Token(.string(value), start..<index)
      }
      if byte == UInt8(ascii: "\\") {
        value += file.text(of: run..<index)
        let escapeStart = index
        index += 1
        switch current {
        case UInt8(ascii: "\""): value += "\""
        case UInt8(ascii: "\\"): value += "\\"
        case UInt8(ascii: "n"): value += "\n"
        case UInt8(ascii: "t"): value += "\t"
        default:
          report(.unknownEscape, escapeStart..<min(index + 1, end))
        }
        if current != nil { index += 1 }
        run = index
        continue
      }
      if byte == UInt8(ascii: "{"), peek(1) != UInt8(ascii: "{") {
        if let close = interpolationEnd(from: index) {
          // An interpolation `{…}` may hold strings of its own; keep it whole, raw.
          index = close
          continue
        }
        // Looked for once per string, so that a line of braces stays linear. Past the limit
        // the rest of the string cannot be told apart from the strings inside it: one
        // problem, and the line skipped, rather than a cascade of others.
        if !lookedPastTheLimit {
          lookedPastTheLimit = true
          if interpolationEnd(from: index, within: end) != nil {
            value += file.text(of: run..<index)
            report(.interpolationTooLong(maximum: Self.longestInterpolation), index..<index + 1)
            while let next = current, next != UInt8(ascii: "\n") { index += 1 }
            return Token(.string(value), start..<index)
          }
        }
      }
      index += 1
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}"), current == byte { index += 1 }
    }
  }

  /// The offset just after the `}` that closes the interpolation opening at `start`, when
  /// it closes on the same line within `length` bytes (``longestInterpolation`` unless
  /// told otherwise); strings inside it are skipped whole.
  private func interpolationEnd(from start: Int, within length: Int = longestInterpolation)
    -> Int?
  {
    var position = start + 1
    var depth = 1
    var inString = false
    let limit = min(end, start + length)
    while position < limit, bytes[position] != UInt8(ascii: "\n") {
      let byte = bytes[position]
      if inString {
        if byte == UInt8(ascii: "\\") {
          position += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if byte == UInt8(ascii: "\"") {
        inString = true
      } else if byte == UInt8(ascii: "{") {
        depth += 1
      } else if byte == UInt8(ascii: "}") {
        depth -= 1
        if depth == 0 { return position + 1 }
      }
      position += 1
    }
    return nil
  }

  /// The longest interpolation `{…}` recognised in a string, in bytes. Each `{` looks
  /// this far for its `}`, so a line full of braces that never close lexes in linear time.
  static let longestInterpolation = 1_000

  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
  }

  static func isIdentifierPart(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || isDigit(byte)
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
