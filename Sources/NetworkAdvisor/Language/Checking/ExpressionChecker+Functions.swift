extension ExpressionChecker {
  mutating func checkCall(
    _ name: String, nameRange: Range<Int>, arguments: [Expression], range: Range<Int>
  ) -> Node? {
    guard let function = BuiltinFunction(rawValue: name) else {
      let functions = BuiltinFunction.allCases.map(\.rawValue)
      report(
        .unknownFunction(name, functions: functions), nameRange,
        fixIts: FixIt.respelling(name, at: SourceRange(file, nameRange), among: functions))
      return nil
    }
    let nodes = arguments.map { check($0) }
    let arity = function.arity
    guard nodes.count == arity else {
      report(
        .wrongArguments(
          function: name, arity: arity, given: nodes.count, summary: function.summary), range)
      return nil
    }
    let checked = nodes.compactMap { $0 }
    guard checked.count == nodes.count else { return nil }
    guard let type = resultType(of: function, checked, arguments) else { return nil }
    // An aggregate of a comprehension needs no list: fold it into one pass.
    if [.size, .count, .sum, .min, .max].contains(function),
      case .comprehension(let slot, let list, let result, let condition) = checked[0].kind
    {
      return make(
        .aggregate(function, slot: slot, list: list, result: result, condition: condition), type,
        range)
    }
    // `words` of enumerated values writes each in plain words ("middle leaders", not
    // `middle-leaders`): the enumeration's descriptions travel with the call.
    if function == .words, case .enumeration(let enumeration) = checked[0].type.element {
      let table = Value.list(
        enumeration.cases.map { .list([.string($0.value), .string($0.summary)]) })
      return make(
        .call(function, checked + [make(.constant(table), .list(.string), range)]), type, range)
    }
    return make(.call(function, checked), type, range)
  }

  private mutating func resultType(
    of function: BuiltinFunction, _ nodes: [Node], _ arguments: [Expression]
  ) -> ValueType? {
    func require(_ index: Int, _ accepts: (ValueType) -> Bool, _ what: String) -> Bool {
      guard accepts(nodes[index].type) else {
        report(
          .wrongArgument(
            function: function.rawValue, needs: what, found: nodes[index].type,
            summary: function.summary), arguments[index].range)
        return false
      }
      return true
    }
    let isList: (ValueType) -> Bool = { $0.element != nil }
    let isNumbers: (ValueType) -> Bool = { $0.element == .number || $0.element == .nothing }
    let isStrings: (ValueType) -> Bool = {
      $0.element?.isStringLike == true || $0.element == .nothing
    }
    switch function {
    case .size:
      return require(0, { isList($0) || $0.isStringLike }, "a list or a string") ? .number : nil
    case .count:
      return require(0, isList, "a list") ? .number : nil
    case .given:
      return require(0, \.isStringLike, "a string") ? .bool : nil
    case .lower:
      return require(0, \.isStringLike, "a string") ? .string : nil
    case .words:
      return require(0, { isStrings($0) || $0 == .list(.number) }, "a list of strings or numbers")
        ? .string : nil
    case .union:
      guard require(0, { $0.element?.element != nil || $0.element == .nothing }, "a list of lists")
      else { return nil }
      return nodes[0].type.element ?? .list(.nothing)
    case .distinct:
      return require(0, isList, "a list") ? nodes[0].type : nil
    case .intersection, .difference:
      guard require(0, isList, "a list"), require(1, isList, "a list") else { return nil }
      return setOperationType(of: function, nodes, arguments: arguments)
    case .placeholder, .mentions:
      guard require(0, \.isStringLike, "a string"), require(1, isStrings, "a list of phrases")
      else { return nil }
      return .bool
    case .connected:
      guard require(0, { $0.element?.element != nil || $0.element == .nothing }, "a list of lists")
      else { return nil }
      return nodes[0].type.element == .nothing ? .list(.list(.nothing)) : nodes[0].type
    case .sum, .min, .max:
      return require(0, isNumbers, "a list of numbers") ? .number : nil
    case .join:
      guard require(0, isStrings, "a list of strings"),
        require(1, \.isStringLike, "a separator string")
      else { return nil }
      return .string
    }
  }

  /// `intersection` and `difference`: two lists of one kind; the type of the first, or of
  /// the second when it names an enumeration's items.
  private mutating func setOperationType(
    of function: BuiltinFunction, _ nodes: [Node], arguments: [Expression]
  ) -> ValueType? {
    guard nodes[0].type.joined(with: nodes[1].type) != nil else {
      report(
        .listsOfTwoKinds(function: function.rawValue, nodes[0].type, nodes[1].type),
        arguments[1].range)
      return nil
    }
    checkEnumerated(nodes[0].type.element ?? .nothing, againstItemsOf: nodes[1])
    checkEnumerated(nodes[1].type.element ?? .nothing, againstItemsOf: nodes[0])
    // A named list of strings checked against an enumeration keeps the enumeration's
    // type, so that advice can name its items in plain words.
    if case .enumeration = nodes[1].type.element, nodes[0].type.element == .string,
      nodes[0].constantValue != nil
    {
      return nodes[1].type
    }
    return nodes[0].type
  }
}
