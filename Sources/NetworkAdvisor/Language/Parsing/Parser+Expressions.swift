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
extension Parser {
  /// The words that have a meaning of their own inside expressions.
  static let expressionKeywords: Set<String> = [
    "and", "or", "not", "in", "covers", "exists", "all", "for", "where", "if", "then", "else",
    "true", "false",
  ]

  mutating func parseExpression() throws(Diagnostic) -> Expression {
    try enterNesting()
    defer { nesting -= 1 }
    return try parseOr()
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
        SyntaxProblem.nestingTooDeep(maximum: Self.maximumNesting), at: location(current.range))
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
    let collection = try parseOr()
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

  private mutating func parseOr() throws(Diagnostic) -> Expression {
    var left = try parseAnd()
    while current.isWord("or") {
      let operatorRange = advance().range
      let right = try parseAnd()
      left = try node(
        .binary(.or, left, right, operatorRange: operatorRange),
        left.range.lowerBound..<right.range.upperBound)
    }
    return left
  }

  private mutating func parseAnd() throws(Diagnostic) -> Expression {
    var left = try parseNot()
    while current.isWord("and") {
      let operatorRange = advance().range
      let right = try parseNot()
      left = try node(
        .binary(.and, left, right, operatorRange: operatorRange),
        left.range.lowerBound..<right.range.upperBound)
    }
    return left
  }

  private mutating func parseNot() throws(Diagnostic) -> Expression {
    if current.isWord("not") {
      try enterNesting()
      defer { nesting -= 1 }
      let start = advance().range.lowerBound
      let operand = try parseNot()
      return try node(.unary(.not, operand), start..<operand.range.upperBound)
    }
    return try parseComparison()
  }

  private mutating func parseComparison() throws(Diagnostic) -> Expression {
    let left = try parseSum()
    var op: BinaryOperator?
    var operatorRange = current.range
    switch current.kind {
    case .symbol(let symbol):
      op = BinaryOperator(rawValue: symbol).flatMap {
        [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains($0) ? $0 : nil
      }
      if symbol == "=" {
        throw unexpected("an operator", hint: "compare with '==', not '='")
      }
    case .identifier("in"): op = .in
    case .identifier("covers"): op = .covers
    case .identifier("not") where peek().isWord("in"):
      advance()
      operatorRange = operatorRange.lowerBound..<current.range.upperBound
      op = .notIn
    default: break
    }
    guard let op else { return left }
    advance()
    let right = try parseSum()
    if case .symbol(let symbol) = current.kind, ["==", "!=", "<", "<=", ">", ">="].contains(symbol)
    {
      throw unexpected(
        "the end of the comparison", hint: "comparisons do not chain; join them with 'and'")
    }
    return try node(
      .binary(op, left, right, operatorRange: operatorRange),
      left.range.lowerBound..<right.range.upperBound)
  }

  private mutating func parseSum() throws(Diagnostic) -> Expression {
    var left = try parseProduct()
    while current.isSymbol("+") || current.isSymbol("-") {
      let token = advance()
      let right = try parseProduct()
      left = try node(
        .binary(token.isSymbol("+") ? .add : .subtract, left, right, operatorRange: token.range),
        left.range.lowerBound..<right.range.upperBound)
    }
    return left
  }

  private mutating func parseProduct() throws(Diagnostic) -> Expression {
    var left = try parseUnary()
    while current.isSymbol("*") || current.isSymbol("/") {
      let token = advance()
      let right = try parseUnary()
      left = try node(
        .binary(token.isSymbol("*") ? .multiply : .divide, left, right, operatorRange: token.range),
        left.range.lowerBound..<right.range.upperBound)
    }
    return left
  }

  private mutating func parseUnary() throws(Diagnostic) -> Expression {
    if current.isSymbol("-") {
      try enterNesting()
      defer { nesting -= 1 }
      let start = advance().range.lowerBound
      let operand = try parseUnary()
      return try node(.unary(.negate, operand), start..<operand.range.upperBound)
    }
    return try parsePostfix()
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
      let collection = try parseOr()
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
