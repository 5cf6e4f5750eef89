import Testing

@testable import NetworkAdvisor

/// Expressions printed fully parenthesised, to pin precedence and shape.
func shape(_ expression: Expression) -> String {
  switch expression.kind {
  case .number(let value): NumberText.plain(value)
  case .string(let text): "\"\(text)\""
  case .bool(let flag): "\(flag)"
  case .list(let elements): "[" + elements.map(shape).joined(separator: ", ") + "]"
  case .map(let entries):
    "{" + entries.map { "\($0.key): \(shape($0.value))" }.joined(separator: ", ") + "}"
  case .name(let name): name
  case .member(let base, let name, _): "\(shape(base)).\(name)"
  case .unary(let op, let operand): "(\(op.rawValue) \(shape(operand)))"
  case .binary(let op, let left, let right, _): "(\(shape(left)) \(op.rawValue) \(shape(right)))"
  case .call(let name, _, let arguments):
    "\(name)(" + arguments.map(shape).joined(separator: ", ") + ")"
  case .quantifier(let quantifier, let variable, _, let list, let body):
    "(\(quantifier.rawValue) \(variable) in \(shape(list)): \(shape(body)))"
  case .comprehension(let result, let variable, _, let list, let condition):
    "[\(shape(result)) for \(variable) in \(shape(list))"
      + (condition.map { " where \(shape($0))" } ?? "") + "]"
  case .conditional(let condition, let a, let b):
    "(if \(shape(condition)) then \(shape(a)) else \(shape(b)))"
  }
}

@Suite struct ParserTests {
  static func parse(_ text: String) -> (String?, [Diagnostic]) {
    let file = SourceFile(name: "t", text: text)
    let (expression, diagnostics) = Parser.parseExpression(in: file, range: 0..<file.utf8.count)
    return (expression.map(shape), diagnostics)
  }

  @Test(arguments: [
    ("a or b and c", "(a or (b and c))"),
    ("not a and b", "((not a) and b)"),
    ("a + b * c - d", "((a + (b * c)) - d)"),
    ("-a * b", "((- a) * b)"),
    ("x.y.z == 3", "(x.y.z == 3)"),
    ("\"a\" in list", "(\"a\" in list)"),
    ("\"a\" not in list", "(\"a\" not in list)"),
    ("a covers b", "(a covers b)"),
    ("size(knots) >= 6 and given(purpose.idea)", "((size(knots) >= 6) and given(purpose.idea))"),
    (
      "exists k in knots: k.facilitated and k.months > 3",
      "(exists k in knots: (k.facilitated and (k.months > 3)))"
    ),
    ("(all k in knots: k.facilitated) or x", "((all k in knots: k.facilitated) or x)"),
    ("a and all k in knots: k.facilitated", "(a and (all k in knots: k.facilitated))"),
    (
      "[k.name for k in knots where not k.facilitated]",
      "[k.name for k in knots where (not k.facilitated)]"
    ),
    ("[k for k in knots]", "[k for k in knots]"),
    ("[1, 2, 3,]", "[1, 2, 3]"),
    ("[]", "[]"),
    ("if a then 1 else 2", "(if a then 1 else 2)"),
    ("1 + if a then 1 else 2", "(1 + (if a then 1 else 2))"),
    ("{\"knots\": [{\"name\": \"K\"}]}", "{knots: [{name: \"K\"}]}"),
    ("f()", "f()"),
    // The edges of the precedence table: `not` between `and` and the comparisons, one
    // comparison at most, everything else grouped from the left.
    ("not a == b and c", "((not (a == b)) and c)"),
    ("not not a", "(not (not a))"),
    ("not a in b", "(not (a in b))"),
    ("a or not b", "(a or (not b))"),
    ("- -a", "(- (- a))"),
    ("a - b - c", "((a - b) - c)"),
    ("a / b * c", "((a / b) * c)"),
    ("a + b == c * d", "((a + b) == (c * d))"),
    ("a and b or c and d", "((a and b) or (c and d))"),
  ])
  func expressions(_ text: String, _ expected: String) {
    let (parsed, diagnostics) = Self.parse(text)
    #expect(diagnostics.isEmpty)
    #expect(parsed == expected)
  }

  @Test(
    arguments: [
      ("a = b", "expected an operator, found '='", "compare with '==', not '='"),
      (
        "a < b < c", "expected the end of the comparison, found '<'",
        "comparisons do not chain; join them with 'and'"
      ),
      ("exists k knots: x", "expected 'in', found 'knots'", "write: exists k in knots: CONDITION"),
      ("exists k in knots x", "expected ':', found 'x'", "write: exists k in LIST: CONDITION"),
      ("if a then b", "expected 'else', found the end of the file", "an 'if' needs an 'else'"),
      ("f(a b)", "expected ')', found 'b'", "separate arguments with ','"),
      (
        "null", "expected a value, found 'null'",
        "the rule language has no null: leave the key out instead"
      ),
      ("a b", "expected the end of the interpolation, found 'b'", nil),
      // After one comparison the expression ends: a symbol that would chain says so, a word
      // or '=' is left to what follows the expression.
      (
        "a in b == c", "expected the end of the comparison, found '=='",
        "comparisons do not chain; join them with 'and'"
      ),
      ("a == b in c", "expected the end of the interpolation, found 'in'", nil),
      ("not a == b covers c", "expected the end of the interpolation, found 'covers'", nil),
      ("a == b = c", "expected the end of the interpolation, found '='", nil),
      ("a + b = c", "expected an operator, found '='", "compare with '==', not '='"),
      // `not` binds more loosely than the comparisons, so it cannot stand inside one.
      ("a + not b", "expected a value or a name, found 'not'", nil),
      ("a == not b", "expected a value or a name, found 'not'", nil),
    ] as [(String, String, String?)])
  func syntaxErrors(_ text: String, _ message: String, _ hint: String?) {
    let (_, diagnostics) = Self.parse(text)
    #expect(diagnostics.first?.message == message)
    #expect(diagnostics.first?.hint == hint)
  }

  @Test func declarationsOfEveryKind() {
    let text = """
      framework "F"
      area knots "Knots" weight 2
      override area knots "Knots" weight 3
      grade A "Best" from 85
      verdict ready when score > 1
      verdict not-ready otherwise
      let six = 6
      disable rule a.b
      rule knots.x
        title "T"
        area knots
        weight 2
        essential caps C
        source "S"
        applies when true
        passes when size(knots) > 0
        advice "Add {six} knots."
        example pass { "knots": [] }
        example not-applicable {}
      end
      """
    let (declarations, diagnostics) = Parser.parse(SourceFile(name: "t", text: text))
    #expect(diagnostics.isEmpty)
    #expect(declarations.count == 9)
    guard case .rule(let rule) = declarations[8] else {
      Issue.record("the last declaration is not a rule")
      return
    }
    #expect(rule.id == "knots.x")
    #expect(rule.weight == 2)
    #expect(rule.cap?.grade == "C")
    #expect(rule.examples.map(\.expectation) == [.pass, .notApplicable])
    #expect(rule.advice?.parts.count == 3)
    guard case .area(let area) = declarations[2] else { return }
    #expect(area.isOverride)
  }

  @Test func recoversAndReportsEveryError() {
    let text = """
      rule a.b
        titel "T"
        area knots
      end
      grade A "x" form 3
      rule c.d
        title "T"
        passes when (a
      end
      """
    let (_, diagnostics) = Parser.parse(SourceFile(name: "t", text: text))
    #expect(
      diagnostics.map(\.message) == [
        "expected a clause of the rule or 'end', found 'titel'",
        "expected 'from', found 'form'",
        "expected ')', found 'end'",
      ])
    #expect(diagnostics[0].hint == "did you mean 'title'?")
  }

  @Test func templatesSplitTextAndInterpolations() {
    let text =
      "rule a.b advice \"Add {size(knots)} {{knots}} to {join([\"x\", \"y\"], \", \")}.\" end"
    let (declarations, diagnostics) = Parser.parse(SourceFile(name: "t", text: text))
    #expect(diagnostics.isEmpty)
    guard case .rule(let rule) = declarations.first, let parts = rule.advice?.parts else {
      Issue.record("no advice")
      return
    }
    let shapes = parts.map { part -> String in
      switch part {
      case .text(let text): "text:" + text
      case .expression(let expression): "expr:" + shape(expression)
      }
    }
    #expect(
      shapes == [
        "text:Add ", "expr:size(knots)", "text: {knots} to ", "expr:join([\"x\", \"y\"], \", \")",
        "text:.",
      ])
  }

  @Test(arguments: [
    String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
    String(repeating: "not ", count: 5000) + "true",
    String(repeating: "-", count: 5000) + "1",
    String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
  ])
  func deepNestingIsAnErrorNotACrash(_ text: String) {
    let (parsed, diagnostics) = Self.parse(text)
    #expect(parsed == nil)
    #expect(diagnostics.first?.message == "the expression nests more than 128 levels deep")
  }
}
