/// Turns the tokens of one rule file into declarations, collecting every syntax error.
///
/// After an error the parser skips to the next top-level keyword and goes on, so one run
/// reports the problems of the whole file.
package struct Parser {
  let file: SourceFile
  var tokens: [Token]
  var position = 0
  var diagnostics: [Diagnostic]
  /// How deeply the expression being parsed nests, so that a hostile file gives an error
  /// rather than exhausting the stack.
  var nesting = 0
  static let maximumNesting = 128

  /// The words that start a top-level declaration.
  static let declarationKeywords: Set<String> = [
    "framework", "area", "grade", "verdict", "severity", "cap", "let", "fact", "rule", "disable",
    "override", "list", "section", "field",
  ]
  /// The words that start a clause inside `rule … end`.
  static let clauseKeywords = [
    "title", "aim", "inapplicable", "area", "weight", "essential", "severity", "source", "checks",
    "presumes", "follows", "counted", "because",
    "applies",
    "passes", "partial", "advice", "example",
  ]

  /// Parses a whole rule file.
  package static func parse(_ file: SourceFile) -> (
    declarations: [Declaration], diagnostics: [Diagnostic]
  ) {
    let lexed = Lexer.tokens(of: file)
    var parser = Parser(file: file, tokens: lexed.tokens, diagnostics: lexed.diagnostics)
    let declarations = parser.parseFile()
    return (declarations, parser.diagnostics)
  }

  /// Parses one expression standing alone in `range` of `file`, as in a template's `{…}`.
  static func parseExpression(in file: SourceFile, range: Range<Int>) -> (Expression?, [Diagnostic])
  {
    let lexed = Lexer.tokens(of: file, in: range)
    var parser = Parser(file: file, tokens: lexed.tokens, diagnostics: lexed.diagnostics)
    do {
      let expression = try parser.parseExpression()
      if parser.current.kind != .endOfFile {
        parser.diagnostics.append(parser.unexpected("the end of the interpolation"))
      }
      return (expression, parser.diagnostics)
    } catch {
      parser.diagnostics.append(error)
      return (nil, parser.diagnostics)
    }
  }

  init(file: SourceFile, tokens: [Token], diagnostics: [Diagnostic]) {
    self.file = file
    self.tokens = tokens
    self.diagnostics = diagnostics
  }

  // MARK: Token handling

  var current: Token { tokens[position] }

  func peek(_ offset: Int = 1) -> Token {
    tokens[min(position + offset, tokens.count - 1)]
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  func location(_ range: Range<Int>) -> SourceRange { SourceRange(file, range) }

  func unexpected(_ expected: String, hint: String? = nil) -> Diagnostic {
    Diagnostic(
      ParsingProblem.unexpectedToken(expected: expected, found: current.description, hint: hint),
      at: location(current.range))
  }

  mutating func expectWord(_ word: String, hint: String? = nil) throws(Diagnostic) -> Token {
    guard current.isWord(word) else { throw unexpected("'\(word)'", hint: hint) }
    return advance()
  }

  mutating func expectSymbol(_ symbol: String, hint: String? = nil) throws(Diagnostic) -> Token {
    guard current.isSymbol(symbol) else { throw unexpected("'\(symbol)'", hint: hint) }
    return advance()
  }

  mutating func expectIdentifier(_ what: String) throws(Diagnostic) -> (String, Range<Int>) {
    guard case .identifier(let name) = current.kind else { throw unexpected(what) }
    return (name, advance().range)
  }

  mutating func expectString(_ what: String) throws(Diagnostic) -> (String, Range<Int>) {
    guard case .string(let text) = current.kind else {
      throw unexpected(what, hint: "write it in double quotes")
    }
    return (text, advance().range)
  }

  mutating func expectNumber(_ what: String) throws(Diagnostic) -> (Double, Range<Int>) {
    guard case .number(let value) = current.kind else { throw unexpected(what) }
    return (value, advance().range)
  }

  /// A dotted identifier such as `knots.enquiry-group`.
  mutating func expectDottedName(_ what: String) throws(Diagnostic) -> (String, Range<Int>) {
    var (name, range) = try expectIdentifier(what)
    while current.isSymbol("."), case .identifier(let part) = peek().kind {
      advance()
      let partRange = advance().range
      name += "." + part
      range = range.lowerBound..<partRange.upperBound
    }
    return (name, range)
  }
}
