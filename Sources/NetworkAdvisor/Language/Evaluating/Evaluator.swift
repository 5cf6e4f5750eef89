/// Evaluates compiled nodes against one subject.
///
/// An evaluator is made once per subject and reused for every rule: its slots for bound
/// variables are allocated once, and nothing is looked up by name.
package struct Evaluator {
  /// The subject's fields, by slot.
  package let subject: [Value]
  private var locals: [Value]
  /// Records values for `explain`; `nil` on the fast path.
  private let recorder: TraceRecorder?

  /// - Parameters:
  ///   - subject: the subject record's fields in their declared order.
  ///   - localSlots: how many bound-variable slots the rules need at most.
  ///   - recorder: collects each node's value, when a trace is wanted.
  package init(subject: [Value], localSlots: Int, recorder: TraceRecorder? = nil) {
    self.subject = subject
    self.locals = Array(repeating: .bool(false), count: max(localSlots, 1))
    self.recorder = recorder
  }

  /// The value of `node`.
  package mutating func evaluate(_ node: Node) -> Value {
    let value = compute(node)
    recorder?.record(value, for: node)
    return value
  }

  private mutating func compute(_ node: Node) -> Value {
    switch node.kind {
    case .constant(let value): return value
    case .subjectField(let slot): return subject[slot]
    case .local(let slot): return locals[slot]
    case .field(let base, let slot):
      if case .record(let fields) = evaluate(base) { return fields[slot] }
      return .bool(false)
    case .not, .negate, .and, .or, .equal, .notEqual, .less, .lessOrEqual, .greater,
      .greaterOrEqual, .add, .concatenate, .subtract, .multiply, .divide, .contains,
      .notContains, .covers:
      return operation(node)
    case .list(let elements):
      return .list(elements.map { evaluate($0) })
    case .call(let function, let arguments):
      let first = evaluate(arguments[0])
      let second = arguments.count > 1 ? evaluate(arguments[1]) : .bool(false)
      return function.apply(first, second)
    case .exists(let slot, let list, let body):
      let items = evaluate(list).listValue
      return .bool(loop(node, slot: slot, items: items, body: body, stopOn: true))
    case .all(let slot, let list, let body):
      let items = evaluate(list).listValue
      return .bool(!loop(node, slot: slot, items: items, body: body, stopOn: false))
    case .comprehension(let slot, let list, let result, let condition):
      let items = evaluate(list).listValue
      var output: [Value] = []
      recorder?.enterLoop()
      for item in items {
        locals[slot] = item
        if let condition, !evaluate(condition).boolValue { continue }
        output.append(result.map { evaluate($0) } ?? item)
      }
      recorder?.leaveLoop(node, matched: output.count, of: items.count)
      return .list(output)
    case .aggregate(let function, let slot, let list, let result, let condition):
      return aggregate(
        node, function, slot: slot, items: evaluate(list).listValue, result: result,
        condition: condition)
    case .conditional(let condition, let whenTrue, let whenFalse):
      return evaluate(condition).boolValue ? evaluate(whenTrue) : evaluate(whenFalse)
    }
  }

  /// The value of an operator's node: logic, comparison, arithmetic, membership.
  private mutating func operation(_ node: Node) -> Value {
    switch node.kind {
    case .not(let operand): return .bool(!evaluate(operand).boolValue)
    case .negate(let operand): return .number(-evaluate(operand).numberValue)
    case .and(let left, let right):
      return .bool(evaluate(left).boolValue && evaluate(right).boolValue)
    case .or(let left, let right):
      return .bool(evaluate(left).boolValue || evaluate(right).boolValue)
    case .equal(let left, let right): return .bool(evaluate(left) == evaluate(right))
    case .notEqual(let left, let right): return .bool(evaluate(left) != evaluate(right))
    case .less(let left, let right):
      return .bool(evaluate(left).numberValue < evaluate(right).numberValue)
    case .lessOrEqual(let left, let right):
      return .bool(evaluate(left).numberValue <= evaluate(right).numberValue)
    case .greater(let left, let right):
      return .bool(evaluate(left).numberValue > evaluate(right).numberValue)
    case .greaterOrEqual(let left, let right):
      return .bool(evaluate(left).numberValue >= evaluate(right).numberValue)
    case .add(let left, let right):
      return .number(evaluate(left).numberValue + evaluate(right).numberValue)
    case .concatenate(let left, let right):
      return Value.joined(evaluate(left), evaluate(right))
    case .subtract(let left, let right):
      return .number(evaluate(left).numberValue - evaluate(right).numberValue)
    case .multiply(let left, let right):
      return .number(evaluate(left).numberValue * evaluate(right).numberValue)
    case .divide(let left, let right):
      // Total by design: a share of nothing is 0, never an error or infinity.
      let divisor = evaluate(right).numberValue
      let dividend = evaluate(left).numberValue
      return .number(divisor == 0 ? 0 : dividend / divisor)
    case .contains(let element, let list):
      let item = evaluate(element)
      return .bool(evaluate(list).listValue.contains(item))
    case .notContains(let element, let list):
      let item = evaluate(element)
      return .bool(!evaluate(list).listValue.contains(item))
    case .covers(let left, let right):
      let have = evaluate(left).listValue
      let wanted = evaluate(right).listValue
      // The lists rules compare are short: searching them beats building a set.
      if have.count * wanted.count <= 1024 {
        return .bool(wanted.allSatisfy { have.contains($0) })
      }
      let set = Set(have)
      return .bool(wanted.allSatisfy { set.contains($0) })
    default: return .bool(false)  // not an operator: compute(_:) reads it
    }
  }

  /// `size`, `count`, `sum`, `min` or `max` over the items that meet `condition`, of
  /// `result` (or of the items themselves), in one pass.
  private mutating func aggregate(
    _ node: Node, _ function: BuiltinFunction, slot: Int, items: [Value], result: Node?,
    condition: Node?
  ) -> Value {
    recorder?.enterLoop()
    var matched = 0
    var total = 0.0
    var extreme: Double?
    for item in items {
      locals[slot] = item
      if let condition, !evaluate(condition).boolValue { continue }
      matched += 1
      guard function != .size, function != .count else { continue }
      let number = (result.map { evaluate($0) } ?? item).numberValue
      total += number
      if let current = extreme {
        extreme = function == .min ? Swift.min(current, number) : Swift.max(current, number)
      } else {
        extreme = number
      }
    }
    recorder?.leaveLoop(node, matched: matched, of: items.count)
    switch function {
    case .sum: return .number(total)
    case .min, .max: return .number(extreme ?? 0)
    default: return .number(Double(matched))
    }
  }

  /// Runs `body` for each item; returns whether some item gave `stopOn`.
  /// Without a recorder it stops at the first such item; with one it counts them all,
  /// so that a trace can say "2 of 6".
  private mutating func loop(_ node: Node, slot: Int, items: [Value], body: Node, stopOn: Bool)
    -> Bool
  {
    guard let recorder else {
      for item in items {
        locals[slot] = item
        if evaluate(body).boolValue == stopOn { return true }
      }
      return false
    }
    recorder.enterLoop()
    var matched = 0
    for item in items {
      locals[slot] = item
      if evaluate(body).boolValue { matched += 1 }
    }
    recorder.leaveLoop(node, matched: matched, of: items.count)
    return stopOn ? matched > 0 : matched < items.count
  }
}
