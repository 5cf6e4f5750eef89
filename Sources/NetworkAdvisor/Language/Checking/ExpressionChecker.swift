/// Checks one expression against the names in scope and compiles it into ``Node``s.
///
/// Every problem becomes a located ``Diagnostic``; checking goes on past an error so that
/// one run reports all of them. A node that could not be checked comes back as `nil`.
package struct ExpressionChecker {
  /// A named value known at load time, with its type.
  package typealias ConstantLookup = (String) -> (value: Value, type: ValueType)?

  let file: SourceFile
  /// The subject's record type; `nil` where no subject is in scope (constants).
  let subject: RecordType?
  let constant: ConstantLookup
  /// All names of constants, for "did you mean".
  let constantNames: [String]
  var locals: [(name: String, slot: Int, type: ValueType)] = []
  var diagnostics: [Diagnostic] = []
  var nextID = 0
  /// The number of local slots the compiled expressions need.
  package internal(set) var slotCount = 0

  /// Makes a checker for expressions of `file`, with the names of `subject` and the constants in scope.
  package init(
    file: SourceFile, subject: RecordType?, constantNames: [String],
    constant: @escaping ConstantLookup
  ) {
    self.file = file
    self.subject = subject
    self.constantNames = constantNames
    self.constant = constant
  }

  mutating func report(_ problem: CheckingProblem, _ range: Range<Int>, fixIts: [FixIt] = []) {
    diagnostics.append(Diagnostic(problem, at: SourceRange(file, range), fixIts: fixIts))
  }

  mutating func make(_ kind: Node.Kind, _ type: ValueType, _ range: Range<Int>) -> Node {
    nextID += 1
    return Node(kind, type: type, id: nextID, range: range)
  }

  /// Checks `expression` and requires its type to fit `expected`.
  package mutating func check(_ expression: Expression, expecting expected: ValueType, role: String)
    -> Node?
  {
    guard let node = check(expression) else { return nil }
    guard node.type.fits(expected) else {
      report(
        .wrongType(
          role: role, expected: expected, found: node.type,
          hint: hintForMismatch(found: node.type, expected: expected)), expression.range)
      return nil
    }
    return node
  }

  private func hintForMismatch(found: ValueType, expected: ValueType) -> String? {
    switch (found, expected) {
    case (.list, .bool):
      "to ask whether a list has items, write size(LIST) > 0 or exists k in LIST: …"
    case (.string, .bool), (.enumeration, .bool):
      "to ask whether a text is given, write given(TEXT)"
    case (.number, .bool): "compare the number, for instance COUNT > 0"
    default: nil
    }
  }

  /// Checks and compiles an expression; `nil` when it has errors (already reported).
  package mutating func check(_ expression: Expression) -> Node? {
    let range = expression.range
    switch expression.kind {
    case .number(let value): return make(.constant(.number(value)), .number, range)
    case .string(let text): return make(.constant(.string(text)), .string, range)
    case .bool(let flag): return make(.constant(.bool(flag)), .bool, range)
    case .list(let elements): return checkList(elements, range)
    case .map:
      report(.misplacedObject, range)
      return nil
    case .name(let name): return resolve(name, range)
    case .member(let base, let name, let nameRange):
      return checkMember(base, name: name, nameRange: nameRange, range: range)
    case .unary(let op, let operand):
      let expected: ValueType = op == .not ? .bool : .number
      guard let node = check(operand, expecting: expected, role: "the operand of '\(op.rawValue)'")
      else { return nil }
      if let value = node.constantValue {
        return make(
          .constant(op == .not ? .bool(!value.boolValue) : .number(-value.numberValue)), expected,
          range)
      }
      return make(op == .not ? .not(node) : .negate(node), expected, range)
    case .binary(let op, let left, let right, let operatorRange):
      return checkBinary(
        BinaryOperation(
          op: op, left: left, right: right, operatorRange: operatorRange, range: range))
    case .call(let name, let nameRange, let arguments):
      return checkCall(name, nameRange: nameRange, arguments: arguments, range: range)
    case .quantifier(let quantifier, let variable, _, let list, let body):
      return checkQuantifier(
        quantifier, binding: variable, over: list, body: body, range: range)
    case .comprehension(let result, let variable, _, let list, let condition):
      return checkComprehension(
        result, binding: variable, over: list, condition: condition, range: range)
    case .conditional(let condition, let whenTrue, let whenFalse):
      let checkedCondition = check(condition, expecting: .bool, role: "the condition of 'if'")
      let first = check(whenTrue)
      let second = check(whenFalse)
      guard let checkedCondition, let first, let second else { return nil }
      guard let type = first.type.joined(with: second.type) else {
        report(.branchesDiffer(first.type, second.type), range)
        return nil
      }
      return make(.conditional(checkedCondition, first, second), type, range)
    }
  }

  private mutating func checkList(_ elements: [Expression], _ range: Range<Int>) -> Node? {
    var nodes: [Node] = []
    var type = ValueType.nothing
    var failed = false
    for element in elements {
      guard let node = check(element) else {
        failed = true
        continue
      }
      guard let joined = type.joined(with: node.type) else {
        report(.mixedList(type, node.type), element.range)
        failed = true
        continue
      }
      type = joined
      nodes.append(node)
    }
    guard !failed else { return nil }
    let constants = nodes.compactMap(\.constantValue)
    if constants.count == nodes.count {
      return make(.constant(.list(constants)), .list(type), range)
    }
    return make(.list(nodes), .list(type), range)
  }

  private mutating func resolve(_ name: String, _ range: Range<Int>) -> Node? {
    if let local = locals.last(where: { $0.name == name }) {
      return make(.local(local.slot), local.type, range)
    }
    if let known = constant(name) {
      return make(.constant(known.value), known.type, range)
    }
    if let subject, let slot = subject.slot(of: name) {
      return make(.subjectField(slot), subject.fields[slot].type, range)
    }
    var candidates = locals.map(\.name) + constantNames
    candidates += subject?.fields.map(\.name) ?? []
    var hint = Diagnostic.didYouMean(
      name, among: candidates + BuiltinFunction.allCases.map(\.rawValue))
    if hint == nil, name.contains("-") {
      hint = "subtraction needs spaces around '-': write a - b"
    }
    if BuiltinFunction(rawValue: name) != nil {
      hint = "\(name) is a function: write \(name)(…)"
    }
    report(
      .unknownName(name, inConstant: subject == nil, hint: hint), range,
      fixIts: FixIt.respelling(name, at: SourceRange(file, range), among: candidates))
    return nil
  }

  private mutating func checkMember(
    _ base: Expression, name: String, nameRange: Range<Int>, range: Range<Int>
  ) -> Node? {
    guard let baseNode = check(base) else { return nil }
    switch baseNode.type {
    case .record(let record):
      guard let slot = record.slot(of: name) else {
        let names = record.fields.map(\.name)
        report(
          .unknownField(
            name, record: record.name,
            suggestion: EditDistance.closest(to: name, among: names)), nameRange,
          fixIts: FixIt.respelling(name, at: SourceRange(file, nameRange), among: names))
        return nil
      }
      return make(.field(baseNode, slot), record.fields[slot].type, range)
    case .list(.record(let record)):
      let hint =
        record.slot(of: name) != nil
        ? "'\(file.text(of: base.range))' is a list; use a quantifier, as in exists k in \(file.text(of: base.range)): k.\(name) …, or [k.\(name) for k in \(file.text(of: base.range))]"
        : nil
      report(
        .fieldOfAList(
          base: file.text(of: base.range), type: baseNode.type, field: name, hint: hint),
        nameRange)
      return nil
    default:
      report(.noFields(base: file.text(of: base.range), type: baseNode.type), nameRange)
      return nil
    }
  }
}
