/// A binary operation as written: the operator, its operands and where they are.
struct BinaryOperation {
  let op: BinaryOperator
  let left: Expression
  let right: Expression
  /// Where the operator is, for messages about it.
  let operatorRange: Range<Int>
  /// The whole operation.
  let range: Range<Int>
}

extension BinaryOperator {
  /// The type both operands must have, or `nil` where the operator takes several (`+`, `==`,
  /// `in`, `covers`) and checks what fits together itself.
  var operandType: ValueType? {
    switch self {
    case .and, .or: .bool
    case .subtract, .multiply, .divide, .less, .lessOrEqual, .greater, .greaterOrEqual: .number
    case .add, .equal, .notEqual, .in, .notIn, .covers: nil
    }
  }
}

extension ExpressionChecker {
  /// Checks both operands, left first, then what the operator makes of them.
  mutating func checkBinary(_ binary: BinaryOperation) -> Node? {
    let (op, range) = (binary.op, binary.range)
    let a: Node?
    let b: Node?
    if let type = op.operandType {
      a = check(binary.left, expecting: type, role: "each side of '\(op.rawValue)'")
      b = check(binary.right, expecting: type, role: "each side of '\(op.rawValue)'")
    } else {
      a = check(binary.left)
      b = check(binary.right)
    }
    guard let a, let b else { return nil }
    switch op {
    case .and: return make(.and(a, b), .bool, range)
    case .or: return make(.or(a, b), .bool, range)
    case .subtract: return make(.subtract(a, b), .number, range)
    case .multiply: return make(.multiply(a, b), .number, range)
    case .divide: return make(.divide(a, b), .number, range)
    case .less: return make(.less(a, b), .bool, range)
    case .lessOrEqual: return make(.lessOrEqual(a, b), .bool, range)
    case .greater: return make(.greater(a, b), .bool, range)
    case .greaterOrEqual: return make(.greaterOrEqual(a, b), .bool, range)
    case .add: return checkAddition(a, b, binary)
    case .equal, .notEqual: return checkComparison(a, b, binary)
    case .in, .notIn: return checkMembership(a, b, binary)
    case .covers: return checkCovers(a, b, binary)
    }
  }

  /// `+`: numbers added, strings or lists joined.
  private mutating func checkAddition(_ a: Node, _ b: Node, _ binary: BinaryOperation) -> Node? {
    let range = binary.range
    if a.type.isStringLike, b.type.isStringLike {
      return make(.concatenate(a, b), .string, range)
    }
    // A number joined to a string is written as advice writes numbers ("3", "1.5").
    if (a.type.isStringLike && b.type == .number) || (a.type == .number && b.type.isStringLike) {
      return make(.concatenate(a, b), .string, range)
    }
    if a.type.element != nil, let joined = a.type.joined(with: b.type), joined.element != nil {
      return make(.concatenate(a, b), joined, range)
    }
    guard a.type == .number, b.type == .number else {
      report(.cannotAdd(a.type, b.type), binary.operatorRange)
      return nil
    }
    return make(.add(a, b), .number, range)
  }

  /// `==` and `!=`: two values of types that can be compared.
  private mutating func checkComparison(_ a: Node, _ b: Node, _ binary: BinaryOperation) -> Node? {
    guard a.type.joined(with: b.type) != nil else {
      report(.cannotCompare(a.type, b.type, op: binary.op.rawValue), binary.operatorRange)
      return nil
    }
    checkEnumerated(a.type, against: b)
    checkEnumerated(b.type, against: a)
    return make(binary.op == .equal ? .equal(a, b) : .notEqual(a, b), .bool, binary.range)
  }

  /// `in` and `not in`: a value and a list of values of its type.
  private mutating func checkMembership(_ a: Node, _ b: Node, _ binary: BinaryOperation) -> Node? {
    guard let element = b.type.element else {
      report(.notAList(op: binary.op.rawValue, found: b.type), binary.right.range)
      return nil
    }
    guard a.type.joined(with: element) != nil || element == .nothing else {
      report(.neverIn(a.type, element: element), binary.operatorRange)
      return nil
    }
    checkEnumerated(element, against: a)
    checkEnumerated(a.type, againstItemsOf: b)
    let kind: Node.Kind =
      binary.op == .in ? .contains(element: a, list: b) : .notContains(element: a, list: b)
    return make(kind, .bool, binary.range)
  }

  /// `covers`: two lists of the same type of item.
  private mutating func checkCovers(_ a: Node, _ b: Node, _ binary: BinaryOperation) -> Node? {
    guard let first = a.type.element, let second = b.type.element else {
      report(.coversNeedsLists, binary.operatorRange)
      return nil
    }
    guard first.joined(with: second) != nil else {
      report(.cannotCover(first: first, second: second), binary.operatorRange)
      return nil
    }
    checkEnumerated(first, againstItemsOf: b)
    checkEnumerated(second, againstItemsOf: a)
    return make(.covers(a, b), .bool, binary.range)
  }

  /// Reports a literal or constant string that is not a value of the enumeration it is
  /// compared with: `k.type == "colaborative-enquiry"`.
  mutating func checkEnumerated(_ type: ValueType, against node: Node) {
    guard case .enumeration(let enumeration) = type, case .string(let text)? = node.constantValue,
      !enumeration.contains(text)
    else { return }
    report(
      .unknownValue(text, enumeration: enumeration.name, values: enumeration.values), node.range,
      fixIts: FixIt.respelling(text, at: SourceRange(file, node.range), among: enumeration.values)
    )
  }

  /// The same check for each item of a constant list.
  mutating func checkEnumerated(_ type: ValueType, againstItemsOf node: Node) {
    guard case .enumeration(let enumeration) = type, case .list(let items)? = node.constantValue
    else { return }
    for case .string(let text) in items where !enumeration.contains(text) {
      report(
        .unknownValue(text, enumeration: enumeration.name, values: enumeration.values),
        node.range)
    }
  }

  mutating func checkQuantifier(
    _ quantifier: Quantifier, binding variable: String, over list: Expression,
    body: Expression, range: Range<Int>
  ) -> Node? {
    guard let listNode = checkIterable(list, for: quantifier.rawValue) else { return nil }
    let slot = bind(variable, listNode.type.element ?? .nothing)
    defer { locals.removeLast() }
    guard
      let bodyNode = check(
        body, expecting: .bool, role: "the condition of '\(quantifier.rawValue)'")
    else { return nil }
    let kind: Node.Kind =
      quantifier == .exists
      ? .exists(slot: slot, list: listNode, body: bodyNode)
      : .all(slot: slot, list: listNode, body: bodyNode)
    return make(kind, .bool, range)
  }

  mutating func checkComprehension(
    _ result: Expression, binding variable: String, over list: Expression,
    condition: Expression?, range: Range<Int>
  ) -> Node? {
    guard let listNode = checkIterable(list, for: "for") else { return nil }
    let slot = bind(variable, listNode.type.element ?? .nothing)
    defer { locals.removeLast() }
    var conditionNode: Node?
    if let condition {
      conditionNode = check(condition, expecting: .bool, role: "the condition after 'where'")
      if conditionNode == nil { return nil }
    }
    guard let resultNode = check(result) else { return nil }
    // `[k for k in list where …]` is a filter: the result is the item itself.
    var isIdentity = false
    if case .local(let resultSlot) = resultNode.kind, resultSlot == slot { isIdentity = true }
    return make(
      .comprehension(
        slot: slot, list: listNode, result: isIdentity ? nil : resultNode, condition: conditionNode),
      .list(resultNode.type), range)
  }

  private mutating func checkIterable(_ list: Expression, for word: String) -> Node? {
    guard let node = check(list) else { return nil }
    guard node.type.element != nil else {
      report(.loopNeedsList(word: word, found: node.type), list.range)
      return nil
    }
    return node
  }

  /// Binds a variable to a fresh slot for the duration of a quantifier or comprehension.
  private mutating func bind(_ name: String, _ type: ValueType) -> Int {
    let slot = locals.count
    locals.append((name, slot, type))
    slotCount = max(slotCount, locals.count)
    return slot
  }
}
