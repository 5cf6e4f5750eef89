/// Expressions, from the loosest binding to the tightest:
///
/// ```
/// expression  := quantifier | conditional | or
/// quantifier  := ('exists' | 'all') NAME 'in' or ':' expression
/// conditional := 'if' expression 'then' expression 'else' expression
/// or          := and ('or' and)*
/// and         := not ('and' not)*
/// not         := 'not' not | comparison
/// comparison  := sum (('==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'covers') sum)?
/// sum         := product (('+' | '-') product)*
/// product     := unary (('*' | '/') unary)*
/// unary       := '-' unary | postfix
/// postfix     := primary ('.' NAME)*
/// primary     := NUMBER | STRING | 'true' | 'false' | NAME | NAME '(' arguments ')'
///              | '(' expression ')' | '[' list-or-comprehension ']' | '{' map '}'
/// ```
///
/// The levels from `or` to `unary` are one function, ``parse(_:)``, which reads each
/// operator's level from ``Precedence``.
extension Parser {
  /// The words that have a meaning of their own inside expressions.
  static let expressionKeywords: Set<String> = [
    "and", "or", "not", "in", "covers", "exists", "all", "for", "where", "if", "then", "else",
    "true", "false",
  ]

  mutating func parseExpression() throws(Diagnostic) -> Expression {
    try enterNesting()
    defer { nesting -= 1 }
    return try parse(.or)
  }

  /// Counts one more level of nesting, refusing more than ``maximumNesting``.
  ///
  /// Every recursive construct of the language is bounded here, in one place: the parser
  /// calls this before it recurses into a construct that is still open (a parenthesis, a
  /// list, a call, `not`, unary minus, a quantifier, `if`), and ``node(_:_:)`` calls it with
  /// the depth of each tree it builds, which also counts chains the parser reads in a loop
  /// (`1 + 1 + …`, `a and b and …`, `a.b.c…`).
  mutating func enterNesting(depth: Int? = nil) throws(Diagnostic) {
    let levels: Int
    if let depth {
      levels = depth
    } else {
      nesting += 1
      levels = nesting
    }
    if levels > Self.maximumNesting {
      throw Diagnostic(
        ParsingProblem.nestingTooDeep(maximum: Self.maximumNesting), at: location(current.range))
    }
  }

  /// An expression node, refused when its tree is deeper than ``maximumNesting``.
  mutating func node(_ kind: Expression.Kind, _ range: Range<Int>) throws(Diagnostic)
    -> Expression
  {
    let expression = Expression(kind, range)
    try enterNesting(depth: expression.depth)
    return expression
  }

  /// `exists k in list: condition`, `all k in list: condition`; the condition reaches as
  /// far as it can, so wrap the quantifier in parentheses to use it inside a larger one.
  private mutating func parseQuantifier(_ quantifier: Quantifier) throws(Diagnostic) -> Expression {
    try enterNesting()
    defer { nesting -= 1 }
    let word = quantifier.rawValue
    let start = advance().range.lowerBound
    let (variable, variableRange) = try expectIdentifier("a name for each item, such as 'k'")
    _ = try expectWord("in", hint: "write: \(word) k in knots: CONDITION")
    let collection = try parse(.or)
    _ = try expectSymbol(":", hint: "write: \(word) \(variable) in LIST: CONDITION")
    let body = try parseExpression()
    return try node(
      .quantifier(quantifier, variable: variable, variableRange: variableRange, collection, body),
      start..<body.range.upperBound)
  }

  /// `if condition then a else b`
  private mutating func parseConditional() throws(Diagnostic) -> Expression {
    let start = advance().range.lowerBound
    let condition = try parseExpression()
    _ = try expectWord("then", hint: "write: if CONDITION then A else B")
    let whenTrue = try parseExpression()
    _ = try expectWord("else", hint: "an 'if' needs an 'else'")
    let whenFalse = try parseExpression()
    return try node(
      .conditional(condition, whenTrue, whenFalse), start..<whenFalse.range.upperBound)
  }

  /// An expression of the operators of `level` and tighter, read from the table of
  /// ``Precedence``: a prefix operator and its operand, or operands of the next level joined
  /// by the binary operators of this one.
  private mutating func parse(_ level: Precedence) throws(Diagnostic) -> Expression {
    if let prefix = UnaryOperator.allCases.first(where: { $0.precedence == level }) {
      return try parsePrefix(prefix)
    }
    var left = try parseOperand(of: level)
    if level == .comparison, current.isSymbol("=") {
      throw unexpected("an operator", hint: "compare with '==', not '='")
    }
    while let op = binaryOperator(of: level) {
      var operatorRange = advance().range
      if op == .notIn { operatorRange = operatorRange.lowerBound..<advance().range.upperBound }
      let right = try parseOperand(of: level)
      if !level.chains, case .symbol = current.kind, binaryOperator(of: level) != nil {
        throw unexpected(
          "the end of the comparison", hint: "comparisons do not chain; join them with 'and'")
      }
      left = try node(
        .binary(op, left, right, operatorRange: operatorRange),
        left.range.lowerBound..<right.range.upperBound)
      if !level.chains { break }
    }
    return left
  }

  /// `op` and its operand, which may start with `op` again (`not not a`, `- -1`); without
  /// `op`, an operand of the next level.
  private mutating func parsePrefix(_ op: UnaryOperator) throws(Diagnostic) -> Expression {
    guard isAt(op.rawValue) else { return try parseOperand(of: op.precedence) }
    try enterNesting()
    defer { nesting -= 1 }
    let start = advance().range.lowerBound
    let operand = try parsePrefix(op)
    return try node(.unary(op, operand), start..<operand.range.upperBound)
  }

  /// An operand of the operators of `level`: an expression of the next level, or after the
  /// last, a value and its fields.
  private mutating func parseOperand(of level: Precedence) throws(Diagnostic) -> Expression {
    guard let tighter = level.tighter else { return try parsePostfix() }
    return try parse(tighter)
  }

  /// The binary operator of `level` that the current token starts, if any.
  private func binaryOperator(of level: Precedence) -> BinaryOperator? {
    BinaryOperator.allCases.first { op in
      guard op.precedence == level else { return false }
      return op == .notIn ? current.isWord("not") && peek().isWord("in") : isAt(op.rawValue)
    }
  }

  /// Whether the current token is the word or symbol `spelling`.
  private func isAt(_ spelling: String) -> Bool {
    current.isWord(spelling) || current.isSymbol(spelling)
  }

  private mutating func parsePostfix() throws(Diagnostic) -> Expression {
    var expression = try parsePrimary()
    while current.isSymbol(".") {
      advance()
      let (name, nameRange) = try expectIdentifier("a field name after '.'")
      expression = try node(
        .member(expression, name, nameRange: nameRange),
        expression.range.lowerBound..<nameRange.upperBound)
    }
    return expression
  }

  private mutating func parsePrimary() throws(Diagnostic) -> Expression {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return try node(.number(value), token.range)
    case .string(let text):
      advance()
      return try node(.string(text), token.range)
    case .identifier("true"), .identifier("false"):
      advance()
      return try node(.bool(token.isWord("true")), token.range)
    case .identifier("exists"):
      return try parseQuantifier(.exists)
    case .identifier("all"):
      return try parseQuantifier(.all)
    case .identifier("if"):
      return try parseConditional()
    case .identifier("null"):
      throw unexpected("a value", hint: "the rule language has no null: leave the key out instead")
    case .identifier(let name) where !Self.expressionKeywords.contains(name):
      advance()
      guard current.isSymbol("(") else { return try node(.name(name), token.range) }
      advance()
      var arguments: [Expression] = []
      if !current.isSymbol(")") {
        arguments.append(try parseExpression())
        while current.isSymbol(",") {
          advance()
          arguments.append(try parseExpression())
        }
      }
      let close = try expectSymbol(")", hint: "separate arguments with ','")
      return try node(
        .call(name, nameRange: token.range, arguments),
        token.range.lowerBound..<close.range.upperBound)
    case .symbol("("):
      advance()
      var inner = try parseExpression()
      let close = try expectSymbol(")")
      inner.range = token.range.lowerBound..<close.range.upperBound
      return inner
    case .symbol("["):
      return try parseListOrComprehension()
    case .symbol("{"):
      return try parseMap()
    default:
      throw unexpected("a value or a name")
    }
  }

  private mutating func parseListOrComprehension() throws(Diagnostic) -> Expression {
    let start = advance().range.lowerBound
    if current.isSymbol("]") {
      return try node(.list([]), start..<advance().range.upperBound)
    }
    let first = try parseExpression()
    if current.isWord("for") {
      advance()
      let (variable, variableRange) = try expectIdentifier("a name for each item, such as 'k'")
      _ = try expectWord("in", hint: "write: [RESULT for k in LIST where CONDITION]")
      let collection = try parse(.or)
      var condition: Expression?
      if current.isWord("where") {
        advance()
        condition = try parseExpression()
      }
      let close = try expectSymbol("]")
      return try node(
        .comprehension(
          result: first, variable: variable, variableRange: variableRange, collection, condition),
        start..<close.range.upperBound)
    }
    var elements = [first]
    while current.isSymbol(",") {
      advance()
      if current.isSymbol("]") { break }
      elements.append(try parseExpression())
    }
    let close = try expectSymbol("]", hint: "separate items with ','")
    return try node(.list(elements), start..<close.range.upperBound)
  }

  private mutating func parseMap() throws(Diagnostic) -> Expression {
    let start = advance().range.lowerBound
    var entries: [Expression.MapEntry] = []
    while !current.isSymbol("}") {
      guard case .string(let key) = current.kind else {
        throw unexpected("a key in double quotes", hint: "examples are written as JSON")
      }
      let keyRange = advance().range
      _ = try expectSymbol(":")
      let value = try parseExpression()
      entries.append(Expression.MapEntry(key: key, keyRange: keyRange, value: value))
      if current.isSymbol(",") {
        advance()
      } else if !current.isSymbol("}") {
        throw unexpected("',' or '}'")
      }
    }
    let close = advance()
    return try node(.map(entries), start..<close.range.upperBound)
  }
}
