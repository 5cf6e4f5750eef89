import Testing

@testable import NetworkAdvisor

@Suite struct LexerTests {
  static func kinds(_ text: String) -> [Token.Kind] {
    Lexer.tokens(of: SourceFile(name: "t", text: text)).tokens.map(\.kind).dropLast()
  }

  @Test(arguments: [
    ("knots", [Token.Kind.identifier("knots")]),
    ("joint-work", [.identifier("joint-work")]),
    ("a - b", [.identifier("a"), .symbol("-"), .identifier("b")]),
    ("a-", [.identifier("a"), .symbol("-")]),
    (
      "size(x) >= 6",
      [
        .identifier("size"), .symbol("("), .identifier("x"), .symbol(")"), .symbol(">="),
        .number(6),
      ]
    ),
    ("0.75", [.number(0.75)]),
    ("1.", [.number(1), .symbol(".")]),
    ("\"a\\\"b\"", [.string("a\"b")]),
    ("a # comment\nb", [.identifier("a"), .identifier("b")]),
    (
      "== != < <= > >= + * / = : , .",
      [
        .symbol("=="), .symbol("!="), .symbol("<"), .symbol("<="), .symbol(">"), .symbol(">="),
        .symbol("+"),
        .symbol("*"), .symbol("/"), .symbol("="), .symbol(":"), .symbol(","), .symbol("."),
      ]
    ),
    ("\"Schools: {join(names, \", \")}.\"", [.string("Schools: {join(names, \", \")}.")]),
    ("\"a {{b}}\"", [.string("a {{b}}")]),
    ("\"café\"", [.string("café")]),
  ])
  func tokens(_ text: String, _ expected: [Token.Kind]) {
    #expect(Self.kinds(text) == expected)
  }

  @Test(arguments: [
    ("a & b", "unexpected character '&'", "write 'and'"),
    ("a | b", "unexpected character '|'", "write 'or'"),
    ("!a", "unexpected character '!'", "write 'not'"),
    ("'text'", "unexpected character '''", "strings use straight double quotes: \"text\""),
    ("\"open", "unterminated string", "add the closing '\"' on the same line"),
    ("\"a\\qb\"", "unknown escape in a string", "the escapes are \\\" \\\\ \\n \\t"),
  ])
  func problems(_ text: String, _ message: String, _ hint: String) {
    let diagnostics = Lexer.tokens(of: SourceFile(name: "t", text: text)).diagnostics
    #expect(diagnostics.first?.message == message)
    #expect(diagnostics.first?.hint == hint)
  }

  @Test func tokenRangesAreUTF8Offsets() {
    let tokens = Lexer.tokens(of: SourceFile(name: "t", text: "\"é\" x")).tokens
    #expect(tokens[0].range == 0..<4)
    #expect(tokens[1].range == 5..<6)
  }
}
