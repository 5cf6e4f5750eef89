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

extension ExpressionChecker {
  mutating func checkBinary(_ binary: BinaryOperation) -> Node? {
    let (op, left, right, range) = (binary.op, binary.left, binary.right, binary.range)
    switch op {
    case .and, .or:
      let a = check(left, expecting: .bool, role: "each side of '\(op.rawValue)'")
      let b = check(right, expecting: .bool, role: "each side of '\(op.rawValue)'")
      guard let a, let b else { return nil }
      return make(op == .and ? .and(a, b) : .or(a, b), .bool, range)
    case .add: return checkAddition(binary)
    case .subtract, .multiply, .divide, .less, .lessOrEqual, .greater, .greaterOrEqual:
      let a = check(left, expecting: .number, role: "each side of '\(op.rawValue)'")
      let b = check(right, expecting: .number, role: "each side of '\(op.rawValue)'")
      guard let a, let b else { return nil }
      let kind: Node.Kind
      switch op {
      case .subtract: kind = .subtract(a, b)
      case .multiply: kind = .multiply(a, b)
      case .divide: kind = .divide(a, b)
      case .less: kind = .less(a, b)
      case .lessOrEqual: kind = .lessOrEqual(a, b)
      case .greater: kind = .greater(a, b)
      default: kind = .greaterOrEqual(a, b)
      }
      let isArithmetic = [.subtract, .multiply, .divide].contains(op)
      return make(kind, isArithmetic ? .number : .bool, range)
    case .equal, .notEqual: return checkComparison(binary)
    case .in, .notIn: return checkMembership(binary)
    case .covers: return checkCovers(binary)
    }
  }

  /// `+`: numbers added, strings or lists joined.
  private mutating func checkAddition(_ binary: BinaryOperation) -> Node? {
    let (left, right, operatorRange, range) = (
      binary.left, binary.right, binary.operatorRange, binary.range
    )
    let a = check(left)
    let b = check(right)
    guard let a, let b else { return nil }
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
      report(.cannotAdd(a.type, b.type), operatorRange)
      return nil
    }
    return make(.add(a, b), .number, range)
  }

  /// `==` and `!=`: two values of types that can be compared.
  private mutating func checkComparison(_ binary: BinaryOperation) -> Node? {
    let (op, left, right, operatorRange, range) = (
      binary.op, binary.left, binary.right, binary.operatorRange, binary.range
    )
    let a = check(left)
    let b = check(right)
    guard let a, let b else { return nil }
    guard a.type.joined(with: b.type) != nil else {
      report(.cannotCompare(a.type, b.type, op: op.rawValue), operatorRange)
      return nil
    }
    checkEnumerated(a.type, against: b)
    checkEnumerated(b.type, against: a)
    return make(op == .equal ? .equal(a, b) : .notEqual(a, b), .bool, range)
  }

  /// `in` and `not in`: a value and a list of values of its type.
  private mutating func checkMembership(_ binary: BinaryOperation) -> Node? {
    let (op, left, right, operatorRange, range) = (
      binary.op, binary.left, binary.right, binary.operatorRange, binary.range
    )
    let a = check(left)
    let b = check(right)
    guard let a, let b else { return nil }
    guard let element = b.type.element else {
      report(.notAList(op: op.rawValue, found: b.type), right.range)
      return nil
    }
    guard a.type.joined(with: element) != nil || element == .nothing else {
      report(.neverIn(a.type, element: element), operatorRange)
      return nil
    }
    checkEnumerated(element, against: a)
    checkEnumerated(a.type, againstItemsOf: b)
    return make(
      op == .in ? .contains(element: a, list: b) : .notContains(element: a, list: b), .bool, range
    )
  }

  /// `covers`: two lists of the same type of item.
  private mutating func checkCovers(_ binary: BinaryOperation) -> Node? {
    let (left, right, operatorRange, range) = (
      binary.left, binary.right, binary.operatorRange, binary.range
    )
    let a = check(left)
    let b = check(right)
    guard let a, let b else { return nil }
    guard let first = a.type.element, let second = b.type.element else {
      report(.coversNeedsLists, operatorRange)
      return nil
    }
    guard first.joined(with: second) != nil else {
      report(.cannotCover(first: first, second: second), operatorRange)
      return nil
    }
    checkEnumerated(first, againstItemsOf: b)
    checkEnumerated(second, againstItemsOf: a)
    return make(.covers(a, b), .bool, range)
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
