/// The rules of a framework compiled into typed closures, for evaluating many subjects fast.
///
/// Each checked ``Node`` becomes a closure of its static type: conditions give a `Bool`,
/// arithmetic a `Double`, without wrapping each intermediate in a ``Value`` or walking the
/// tree. The compiler also indexes what the rules leave as nested loops:
/// - a nested membership quantifier, `all s in schools: exists k in knots: s.id in k.schools
///   and …`, becomes one pass over the knots building a set of what they hold and one pass
///   over the schools probing it (when the lists are long enough for that to pay);
/// - `x in list` inside a loop, over a list that depends on no bound variable and so does not
///   change during the assessment, probes a set built once per subject.
///
/// The meaning is the tree-walking ``Evaluator``'s, which `explain` still uses to show each
/// rule as written with its values; the two agree on every rule (a test checks this on
/// generated proposals).
final class RuleProgram: @unchecked Sendable {
  /// One rule's compiled applicability and condition.
  struct CompiledRule {
    let applicability: BoolCode?
    let condition: BoolCode
    /// The share of the weight a failure still earns; `nil` for none.
    let partialCredit: NumberCode?
    /// For each part of the advice, the code of its value; `nil` for words.
    let advice: [ValueCode?]
    /// For each part of the reason it does not apply, the code of its value.
    let reason: [ValueCode?]
    /// For each part of the reason it fails, the code of its value.
    let because: [ValueCode?]
  }

  let rules: [CompiledRule]
  /// Each rule's static cost estimate.
  let costs: [CostEstimate]
  private let localSlots: Int
  private let setSlots: Int

  init(rules: [Rule], localSlots: Int) {
    var compiler = ClosureCompiler()
    self.rules = rules.map { rule in
      CompiledRule(
        applicability: rule.applicability.map { compiler.bool($0) },
        condition: compiler.bool(rule.condition),
        partialCredit: rule.partialCredit.map { compiler.number($0) },
        advice: rule.advice.map { part in part.node.map { compiler.value($0) } },
        reason: rule.reason.map { part in part.node.map { compiler.value($0) } },
        because: rule.because.map { part in part.node.map { compiler.value($0) } })
    }
    self.localSlots = localSlots
    setSlots = compiler.setSlots
    costs = rules.map(EvaluationBudget.estimate)
  }

  /// A fresh frame for one subject.
  func frame(for subject: [Value]) -> Frame {
    Frame(subject: subject, localSlots: localSlots, setSlots: setSlots)
  }

  /// The outcome of the rule at `index`.
  func outcome(of index: Int, in frame: inout Frame) -> Outcome {
    let rule = rules[index]
    if let applicability = rule.applicability, !applicability(&frame) { return .notApplicable }
    return rule.condition(&frame) ? .pass : .fail
  }

  /// The share of its weight the rule at `index` earns for a failure: its `partial credit`
  /// held to 0 to 1 (a value that is not a number, such as NaN, earns nothing); 0 without one.
  func credit(of index: Int, in frame: inout Frame) -> Double {
    guard let code = rules[index].partialCredit else { return 0 }
    return Rule.heldToShare(code(&frame))
  }

  /// The advice of the rule at `index` with its values filled in, as
  /// ``Framework/advice(of:with:)`` writes it.
  func advice(of index: Int, _ rule: Rule, in frame: inout Frame) -> String {
    Self.render(rule.advice, rules[index].advice, in: &frame)
  }

  /// The reason the rule at `index` does not apply, with its values filled in; `nil` when
  /// the rule gives none.
  func reason(of index: Int, _ rule: Rule, in frame: inout Frame) -> String? {
    rule.reason.isEmpty ? nil : Self.render(rule.reason, rules[index].reason, in: &frame)
  }

  /// Why the rule at `index` fails, with its values filled in; `nil` when the rule does not
  /// say.
  func because(of index: Int, _ rule: Rule, in frame: inout Frame) -> String? {
    rule.because.isEmpty ? nil : Self.render(rule.because, rules[index].because, in: &frame)
  }

  private static func render(
    _ parts: [Rule.AdvicePart], _ codes: [ValueCode?], in frame: inout Frame
  )
    -> String
  {
    var text = ""
    for (part, code) in zip(parts, codes) {
      switch part {
      case .text(let literal): text += literal
      case .value(let node):
        text += Framework.plainText(of: code?(&frame) ?? .string(""), as: node.type)
      }
    }
    return text
  }
}

/// What compiled code reads and writes while it evaluates one subject.
struct Frame {
  /// The subject's fields, by slot.
  var subject: [Value]
  /// Variables bound by quantifiers and comprehensions, by slot: each is an item of the
  /// list its loop runs over, kept as the list and a position so that moving to the next
  /// item copies nothing.
  var lists: [[Value]]
  var positions: [Int]
  /// Sets built once per subject for membership tests, by set slot.
  var sets: [Set<Value>?]
  /// Counts per key built once per subject for joins hoisted out of loops, by set slot.
  var counts: [Int: [Value: Int]] = [:]
  /// The work done so far for this subject: loop iterations and items searched.
  var steps = 0
  /// The items of the lists built so far for this subject.
  var built = 0

  /// Whether the subject has used up its ``EvaluationBudget``: loops then stop at once,
  /// and the caller refuses the assessment.
  var isOverBudget: Bool {
    steps > EvaluationBudget.steps || built > EvaluationBudget.builtItems
  }

  /// Counts one step; whether the budget still allows it.
  @inline(__always) mutating func step() -> Bool {
    steps &+= 1
    return steps <= EvaluationBudget.steps && built <= EvaluationBudget.builtItems
  }

  init(subject: [Value], localSlots: Int, setSlots: Int) {
    self.subject = subject
    lists = Array(repeating: [.bool(false)], count: max(localSlots, 1))
    positions = Array(repeating: 0, count: max(localSlots, 1))
    sets = Array(repeating: nil, count: setSlots)
  }

  /// Lets go of the subject and of the lists loops went through, keeping the sets and the
  /// work counted: the caller can then change the fields it handed in without copying them.
  mutating func releaseSubject() {
    subject = []
    for slot in lists.indices where !lists[slot].isEmpty { lists[slot] = [] }
  }
}

typealias BoolCode = (inout Frame) -> Bool
typealias NumberCode = (inout Frame) -> Double
typealias ValueCode = (inout Frame) -> Value

/// Turns nodes into closures; counts the set slots the code needs.
struct ClosureCompiler {
  /// How many sets the compiled code caches per subject.
  private(set) var setSlots = 0
  /// How many loops enclose the node being compiled.
  var loopDepth = 0

  /// Searching costs a comparison per (outer item, held item) pair; a set costs a hash per
  /// held and per outer item, each worth about this many comparisons.
  static let hashCost = 32
  /// Below this many items, searching a list beats building a set.
  static let setThreshold = 16

  // MARK: - Booleans

  mutating func bool(_ node: Node) -> BoolCode {
    switch node.kind {
    case .not(let operand):
      let code = bool(operand)
      return { !code(&$0) }
    case .and(let left, let right):
      let (first, second) = (bool(left), bool(right))
      return { first(&$0) && second(&$0) }
    case .or(let left, let right):
      let (first, second) = (bool(left), bool(right))
      return { first(&$0) || second(&$0) }
    case .equal(let left, let right):
      return equality(left, right)
    case .notEqual(let left, let right):
      let code = equality(left, right)
      return { !code(&$0) }
    case .less(let left, let right):
      let (first, second) = (number(left), number(right))
      return { first(&$0) < second(&$0) }
    case .lessOrEqual(let left, let right):
      let (first, second) = (number(left), number(right))
      return { first(&$0) <= second(&$0) }
    case .greater(let left, let right):
      let (first, second) = (number(left), number(right))
      return { first(&$0) > second(&$0) }
    case .greaterOrEqual(let left, let right):
      let (first, second) = (number(left), number(right))
      return { first(&$0) >= second(&$0) }
    case .contains(let element, let list):
      return membership(element, list)
    case .notContains(let element, let list):
      let code = membership(element, list)
      return { !code(&$0) }
    case .call(.given, let arguments):
      if let read = Self.inPlace(arguments[0], GivenProjection()) { return read }
      let text = value(arguments[0])
      return { Self.given(text(&$0).stringValue) }
    case .exists(let slot, let list, let body):
      if let join = semiJoin(outer: slot, list: list, body: body, all: false) { return join }
      if loopDepth > 0, let join = SemiJoin(hoisting: slot, list: list, body: body) {
        return hoistedExists(join)
      }
      return quantifier(slot: slot, list: list, body: body, stopOn: true)
    case .all(let slot, let list, let body):
      if let join = semiJoin(outer: slot, list: list, body: body, all: true) { return join }
      let code = quantifier(slot: slot, list: list, body: body, stopOn: false)
      return { !code(&$0) }
    default:
      return typed(node, BoolProjection()) { $0.bool($1) }
    }
  }

  /// Whether some item gives `stopOn` for `body`.
  private mutating func quantifier(slot: Int, list: Node, body: Node, stopOn: Bool) -> BoolCode {
    let items = value(list)
    loopDepth += 1
    let test = bool(body)
    loopDepth -= 1
    return { frame in
      guard case .list(let list) = items(&frame) else { return false }
      frame.lists[slot] = list
      for index in list.indices {
        frame.positions[slot] = index
        guard frame.step() else { return false }
        if test(&frame) == stopOn { return true }
      }
      return false
    }
  }

  /// `==` by the operands' type: numbers as numbers, a string against a constant without
  /// building a value, anything else as values.
  private mutating func equality(_ left: Node, _ right: Node) -> BoolCode {
    if left.type == .number, right.type == .number {
      let (first, second) = (number(left), number(right))
      return { first(&$0) == second(&$0) }
    }
    for (constant, other) in [(right, left), (left, right)] {
      if case .constant(.string(let text)) = constant.kind {
        if let read = Self.inPlace(other, StringProjection(text: text)) { return read }
        let code = value(other)
        return { frame in
          if case .string(let found) = code(&frame) { return found == text }
          return false
        }
      }
    }
    let (first, second) = (value(left), value(right))
    return { first(&$0) == second(&$0) }
  }

  /// `element in list`; inside a loop, over a list that depends on no bound variable, through
  /// a set built once per subject.
  private mutating func membership(_ element: Node, _ list: Node) -> BoolCode {
    let item = value(element)
    let items = value(list)
    if loopDepth > 0, !Self.usesLocals(list) {
      let slot = setSlots
      setSlots += 1
      return { frame in
        let wanted = item(&frame)
        if let set = frame.sets[slot] { return set.contains(wanted) }
        let elements = items(&frame).listValue
        if elements.count < Self.setThreshold { return elements.contains(wanted) }
        frame.steps &+= elements.count
        let set = Set(elements)
        frame.sets[slot] = set
        return set.contains(wanted)
      }
    }
    if case .field(let base, let field) = list.kind, case .local(let local) = base.kind,
      case .field(let owner, let key) = element.kind, case .local(let other) = owner.kind
    {
      // `s.id in k.schools`, the heart of nested membership quantifiers: both read in place.
      return { frame in
        guard case .record(let fields) = frame.lists[local][frame.positions[local]],
          case .list(let elements) = fields[field],
          case .record(let otherFields) = frame.lists[other][frame.positions[other]]
        else { return false }
        frame.steps &+= elements.count
        guard case .string(let needle) = otherFields[key] else {
          return elements.contains(otherFields[key])
        }
        for index in elements.indices {
          if case .string(let text) = elements[index], Self.same(text, needle) { return true }
        }
        return false
      }
    }
    if case .field(let base, let field) = list.kind, case .local(let local) = base.kind {
      // `"pupil" in k.levels`, `s.id in k.schools`: the usual shapes, searched in place.
      return { frame in
        let wanted = item(&frame)
        guard case .record(let fields) = frame.lists[local][frame.positions[local]],
          case .list(let elements) = fields[field]
        else { return false }
        frame.steps &+= elements.count
        guard case .string(let needle) = wanted else { return elements.contains(wanted) }
        for index in elements.indices {
          if case .string(let text) = elements[index], Self.same(text, needle) { return true }
        }
        return false
      }
    }
    return { frame in
      let wanted = item(&frame)
      let elements = items(&frame).listValue
      frame.steps &+= elements.count
      return elements.contains(wanted)
    }
  }

  // MARK: - Numbers

  mutating func number(_ node: Node) -> NumberCode {
    switch node.kind {
    case .negate(let operand):
      let code = number(operand)
      return { -code(&$0) }
    case .add(let left, let right):
      let (first, second) = (number(left), number(right))
      return { first(&$0) + second(&$0) }
    case .subtract(let left, let right):
      let (first, second) = (number(left), number(right))
      return { first(&$0) - second(&$0) }
    case .multiply(let left, let right):
      let (first, second) = (number(left), number(right))
      return { first(&$0) * second(&$0) }
    case .divide(let left, let right):
      // Total by design: a share of nothing is 0, never an error or infinity.
      let (first, second) = (number(left), number(right))
      return { frame in
        let divisor = second(&frame)
        let dividend = first(&frame)
        return divisor == 0 ? 0 : dividend / divisor
      }
    case .call(.size, let arguments) where arguments[0].type.element != nil,
      .call(.count, let arguments):
      if let read = Self.inPlace(arguments[0], CountProjection()) { return read }
      let list = value(arguments[0])
      return { Double(list(&$0).listValue.count) }
    case .aggregate(let function, let slot, let list, let result, let condition):
      return aggregate(function, slot: slot, list: list, result: result, condition: condition)
    default:
      return typed(node, NumberProjection()) { $0.number($1) }
    }
  }

  /// `size`, `count`, `sum`, `min` or `max` over the items that meet `condition`, in one pass.
  private mutating func aggregate(
    _ function: BuiltinFunction, slot: Int, list: Node, result: Node?, condition: Node?
  ) -> NumberCode {
    if loopDepth > 0, function == .size || function == .count, Self.isItself(result, slot: slot),
      let condition, let join = SemiJoin(hoisting: slot, list: list, body: condition)
    {
      return hoistedCount(join)
    }
    let items = value(list)
    loopDepth += 1
    let test = condition.map { bool($0) }
    let term: NumberCode? = result.map { number($0) }
    loopDepth -= 1
    return { frame in
      var matched = 0
      var total = 0.0
      var extreme: Double?
      let list = items(&frame).listValue
      Self.forEach(in: list, binding: slot, where: test, in: &frame) { frame, index in
        matched += 1
        guard function != .size, function != .count else { return true }
        let number = term.map { $0(&frame) } ?? list[index].numberValue
        total += number
        if let current = extreme {
          extreme = function == .min ? Swift.min(current, number) : Swift.max(current, number)
        } else {
          extreme = number
        }
        return true
      }
      switch function {
      case .sum: return total
      case .min, .max: return extreme ?? 0
      default: return Double(matched)
      }
    }
  }

  // MARK: - Values

  mutating func value(_ node: Node) -> ValueCode {
    switch node.kind {
    case .constant(let value):
      return { _ in value }
    case .subjectField(let slot):
      return { $0.subject[slot] }
    case .local(let slot):
      return { $0.lists[slot][$0.positions[slot]] }
    case .field(let base, let slot): return fieldValue(of: base, at: slot)
    case .concatenate(let left, let right):
      let (first, second) = (value(left), value(right))
      return { frame in Value.joined(first(&frame), second(&frame)) }
    case .covers(let left, let right): return coversValue(left, right)
    case .list(let elements):
      let codes = elements.map { value($0) }
      return { frame in .list(codes.map { $0(&frame) }) }
    case .call(let function, let arguments):
      return callValue(node, function, arguments: arguments)
    case .comprehension(let slot, let list, let result, let condition):
      return comprehensionValue(slot: slot, list: list, result: result, condition: condition)
    case .conditional(let condition, let whenTrue, let whenFalse):
      let (test, first, second) = (bool(condition), value(whenTrue), value(whenFalse))
      return { test(&$0) ? first(&$0) : second(&$0) }
    case .aggregate, .negate, .add, .subtract, .multiply, .divide:
      let code = number(node)
      return { .number(code(&$0)) }
    case .not, .and, .or, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual,
      .contains, .notContains, .exists, .all:
      let code = bool(node)
      return { .bool(code(&$0)) }
    }
  }

  /// A field of a record: of a loop variable where it lies, or of any other value.
  private mutating func fieldValue(of base: Node, at slot: Int) -> ValueCode {
    if case .local(let local) = base.kind {
      return { frame in
        if case .record(let fields) = frame.lists[local][frame.positions[local]] {
          return fields[slot]
        }
        return .bool(false)
      }
    }
    let code = value(base)
    return { frame in
      if case .record(let fields) = code(&frame) { return fields[slot] }
      return .bool(false)
    }
  }

  /// `covers`: whether the first list holds every item of the second.
  private mutating func coversValue(_ left: Node, _ right: Node) -> ValueCode {
    let (first, second) = (value(left), value(right))
    return { frame in
      let have = first(&frame).listValue
      let wanted = second(&frame).listValue
      frame.steps &+= have.count + wanted.count
      if have.count * wanted.count <= 1024 {
        return .bool(wanted.allSatisfy { have.contains($0) })
      }
      let set = Set(have)
      return .bool(wanted.allSatisfy { set.contains($0) })
    }
  }

  /// A call of a built-in function, counting the items it goes through and builds.
  private mutating func callValue(
    _ node: Node, _ function: BuiltinFunction, arguments: [Node]
  ) -> ValueCode {
    if function == .given {
      let code = bool(node)
      return { .bool(code(&$0)) }
    }
    if function == .placeholder, case .constant(let phrases) = arguments[1].kind {
      // The usual case, a list of phrases declared once: split into words once.
      let matcher = PlaceholderMatcher(phrases: phrases.listValue.map(\.stringValue))
      let text = value(arguments[0])
      return { frame in
        frame.steps &+= 1
        return .bool(matcher.matches(text(&frame).stringValue))
      }
    }
    if function == .mentions, case .constant(let phrases) = arguments[1].kind {
      let matcher = PlaceholderMatcher(phrases: phrases.listValue.map(\.stringValue))
      let text = value(arguments[0])
      return { frame in
        frame.steps &+= 1
        return .bool(matcher.isMentioned(in: text(&frame).stringValue))
      }
    }
    let first = value(arguments[0])
    let second: ValueCode? = arguments.count > 1 ? value(arguments[1]) : nil
    return { frame in
      let a = first(&frame)
      let b = second.map { $0(&frame) } ?? .bool(false)
      // Functions of lists go through every item, and of lists of lists every inner item.
      for list in [a.listValue, b.listValue] {
        frame.steps &+= list.count
        if function == .union { for inner in list { frame.steps &+= inner.listValue.count } }
      }
      let result = function.apply(a, b)
      frame.built &+= result.listValue.count
      return result
    }
  }

  /// A list comprehension: the items of a list that meet a condition, or what they map to.
  private mutating func comprehensionValue(
    slot: Int, list: Node, result: Node?, condition: Node?
  ) -> ValueCode {
    let items = value(list)
    loopDepth += 1
    let test = condition.map { bool($0) }
    let map = result.map { value($0) }
    loopDepth -= 1
    return { frame in
      var output: [Value] = []
      let list = items(&frame).listValue
      Self.forEach(in: list, binding: slot, where: test, in: &frame) { frame, index in
        output.append(map.map { $0(&frame) } ?? list[index])
        frame.built &+= 1
        return frame.built <= EvaluationBudget.builtItems
      }
      return .list(output)
    }
  }

  /// Binds `slot` to each item of `list` in turn, counting a step for each, and gives the
  /// position of each item that meets `test` to `body`; stops when the budget runs out or
  /// `body` returns `false`.
  @inline(__always)
  static func forEach(
    in list: [Value], binding slot: Int, where test: BoolCode?, in frame: inout Frame,
    _ body: (inout Frame, Int) -> Bool
  ) {
    frame.lists[slot] = list
    for index in list.indices {
      frame.positions[slot] = index
      guard frame.step() else { return }
      if let test, !test(&frame) { continue }
      guard body(&frame, index) else { return }
    }
  }

  // MARK: - Any type

  /// Code for what compiles alike whatever its type, `project` reading the type from a
  /// value: a constant, read once; `if`, whose branches `branch` compiles; a field, read in
  /// place; anything else, computed as a value.
  private mutating func typed<Project: Projection>(
    _ node: Node, _ project: Project,
    branch: (inout Self, Node) -> (inout Frame) -> Project.Result
  ) -> (inout Frame) -> Project.Result {
    switch node.kind {
    case .constant(let value):
      let constant = project(value)
      return { _ in constant }
    case .conditional(let condition, let whenTrue, let whenFalse):
      let test = bool(condition)
      let (first, second) = (branch(&self, whenTrue), branch(&self, whenFalse))
      return { test(&$0) ? first(&$0) : second(&$0) }
    default:
      if let read = Self.inPlace(node, project) { return read }
      let code = value(node)
      return { project(code(&$0)) }
    }
  }

  // MARK: - Reading in place

  /// For a field of a bound variable or of the subject (`k.type`, `purpose.idea`,
  /// `schools`), code that hands the value to `project` where it lies, without copying it
  /// out; `nil` for any other node.
  static func inPlace<Project: Projection>(_ node: Node, _ project: Project)
    -> ((inout Frame) -> Project.Result)?
  {
    switch node.kind {
    case .local(let slot):
      return { project($0.lists[slot][$0.positions[slot]]) }
    case .subjectField(let slot):
      return { project($0.subject[slot]) }
    case .field(let base, let field):
      switch base.kind {
      case .local(let slot):
        return { frame in
          guard case .record(let fields) = frame.lists[slot][frame.positions[slot]] else {
            return project(.bool(false))
          }
          return project(fields[field])
        }
      case .subjectField(let slot):
        return { frame in
          guard case .record(let fields) = frame.subject[slot] else {
            return project(.bool(false))
          }
          return project(fields[field])
        }
      default: return nil
      }
    default: return nil
    }
  }

  // MARK: - Analysis

  /// `given`: true when the string has a character other than white space; ASCII is
  /// judged byte by byte, anything else character by character.
  static func given(_ text: String) -> Bool {
    for byte in text.utf8 {
      if byte >= 0x80 { return text.contains { !$0.isWhitespace } }
      if byte != 0x20, !(0x09...0x0D).contains(byte) { return true }
    }
    return false
  }

  /// Whether two strings are equal, telling most unequal ones apart by their length alone.
  @inline(__always) static func same(_ first: String, _ second: String) -> Bool {
    first.utf8.count == second.utf8.count && first == second
  }

  /// Whether a comprehension's result is its item itself (or absent).
  static func isItself(_ result: Node?, slot: Int) -> Bool {
    guard let result else { return true }
    if case .local(let found) = result.kind { return found == slot }
    return false
  }

  /// A new set slot: a cache that lives for one subject.
  mutating func claimSetSlot() -> Int {
    defer { setSlots += 1 }
    return setSlots
  }

  /// The operands of a chain of `and`, in order.
  static func conjuncts(_ node: Node) -> [Node] {
    if case .and(let left, let right) = node.kind { return conjuncts(left) + conjuncts(right) }
    return [node]
  }

  /// Whether the node reads the bound variable at `slot`.
  static func uses(_ node: Node, slot: Int) -> Bool {
    if case .local(let found) = node.kind { return found == slot }
    return node.children.contains { uses($0, slot: slot) }
  }

  /// Whether the node reads a variable bound outside it: its value may then change from
  /// one evaluation to the next within an assessment.
  static func usesLocals(_ node: Node, bound: Set<Int> = []) -> Bool {
    switch node.kind {
    case .local(let slot):
      return !bound.contains(slot)
    case .exists(let slot, let list, let body), .all(let slot, let list, let body):
      return usesLocals(list, bound: bound) || usesLocals(body, bound: bound.union([slot]))
    case .comprehension(let slot, let list, let result, let condition),
      .aggregate(_, let slot, let list, let result, let condition):
      return usesLocals(list, bound: bound)
        || [result, condition].contains {
          $0.map { usesLocals($0, bound: bound.union([slot])) } ?? false
        }
    default:
      return node.children.contains { usesLocals($0, bound: bound) }
    }
  }
}

/// What compiled code reads from a value where it lies: a concrete type per use, so that
/// the read is compiled in with the access rather than called through a closure.
protocol Projection {
  associatedtype Result
  func callAsFunction(_ value: Value) -> Result
}

struct BoolProjection: Projection {
  func callAsFunction(_ value: Value) -> Bool { value.boolValue }
}

struct NumberProjection: Projection {
  func callAsFunction(_ value: Value) -> Double { value.numberValue }
}

/// The number of items of a list.
struct CountProjection: Projection {
  func callAsFunction(_ value: Value) -> Double {
    guard case .list(let items) = value else { return 0 }
    return Double(items.count)
  }
}

/// Whether the value is the string `text`.
struct StringProjection: Projection {
  let text: String
  func callAsFunction(_ value: Value) -> Bool {
    guard case .string(let found) = value else { return false }
    return ClosureCompiler.same(found, text)
  }
}

/// `given`.
struct GivenProjection: Projection {
  func callAsFunction(_ value: Value) -> Bool {
    guard case .string(let text) = value else { return false }
    return ClosureCompiler.given(text)
  }
}
