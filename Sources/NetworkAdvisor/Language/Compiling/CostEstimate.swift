/// A static bound on the work of evaluating a compiled expression: the power `degree` such
/// that it takes at most about n^degree steps, n being the length of the longest list in the
/// subject (every list a rule can loop over is at most that long).
///
/// The bound follows the compiled form (``ClosureCompiler``): a loop multiplies the cost of
/// its body by n; searching a list costs n; a nested membership quantifier rewritten as a
/// semi-join costs n² at most (the lists its inner items hold), not n³; `x in list` over a
/// list that does not change is a probe of a set built once.
struct CostEstimate {
  /// The degree of the whole expression.
  private(set) var degree = 0
  /// The outermost loop whose cost has the highest degree, to point at in messages.
  private(set) var costliest: Node?
  private var costliestDegree = -1

  /// The estimate for `node`.
  init(_ node: Node) {
    var estimate = CostEstimate()
    var once = 0
    let found = estimate.measure(node, inLoop: false, once: &once)
    degree = max(found, once)
    costliest = estimate.costliest
  }

  fileprivate init() {}

  /// The number of steps the estimate allows for lists of at most `length` items.
  static func steps(degree: Int, length: Int) -> Double {
    pow(Double(max(length, 1)), Double(degree))
  }

  private static func pow(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(exponent) { result *= base }
    return result
  }

  /// The degree of `node`; `once` collects the degree of work done once per subject (sets
  /// built for lists that do not change).
  private mutating func measure(_ node: Node, inLoop: Bool, once: inout Int) -> Int {
    func of(_ child: Node, loop: Bool = inLoop) -> Int { measure(child, inLoop: loop, once: &once) }
    switch node.kind {
    case .constant, .subjectField, .local:
      return 0
    case .contains(let element, let list), .notContains(let element, let list):
      if inLoop, !ClosureCompiler.usesLocals(list) {
        once = max(once, of(list, loop: false), 1)
        return of(element)
      }
      return max(of(element), of(list), 1)
    case .covers(let first, let second):
      return max(of(first), of(second), 1)
    case .call(let function, let arguments):
      let inner = arguments.map { of($0) }.max() ?? 0
      switch function {
      case .size, .count, .given, .lower, .words: return inner
      case .union: return max(inner, 2)
      default: return max(inner, 1)
      }
    case .exists(let slot, let list, let body), .all(let slot, let list, let body):
      if let join = semiJoin(outer: slot, list: list, body: body, once: &once) {
        return noteLoop(node, join)
      }
      return noteLoop(node, max(of(list), 1 + of(body, loop: true)))
    case .comprehension(_, let list, let result, let condition),
      .aggregate(_, _, let list, let result, let condition):
      let body = [result, condition].compactMap { $0 }.map { of($0, loop: true) }.max() ?? 0
      return noteLoop(node, max(of(list), 1 + body))
    default:
      let children = node.children.map { of($0) }.max() ?? 0
      // Building a list from two others costs their length.
      if case .concatenate = node.kind, node.type.element != nil { return max(children, 1) }
      return children
    }
  }

  /// The degree of a nested membership quantifier evaluated as a semi-join, or `nil` when
  /// it has another shape (the same test as the compiler's).
  private mutating func semiJoin(outer: Int, list: Node, body: Node, once: inout Int) -> Int? {
    guard let join = SemiJoin(outer: outer, body: body) else { return nil }
    let rest = join.rest.map { measure($0, inLoop: true, once: &once) }
    return max(
      measure(list, inLoop: false, once: &once),
      measure(join.innerList, inLoop: false, once: &once), 1 + (rest.max() ?? 0),
      1 + measure(join.element, inLoop: true, once: &once),
      1 + measure(join.held, inLoop: true, once: &once), 2)
  }

  /// Remembers the outermost loop of the highest degree.
  private mutating func noteLoop(_ node: Node, _ degree: Int) -> Int {
    if degree >= costliestDegree {
      costliestDegree = degree
      costliest = node
    }
    return degree
  }
}

/// The bounds on evaluation, stated in the README: a real network has about 40 schools and
/// the largest test 2,000; the default rules need far less than these allow for it.
package enum EvaluationBudget {
  /// The list length a rule must cope with: the largest test network's schools.
  package static let listLength = 2000
  /// The nesting of loops a rule may have: 2,000^4 steps would take hours.
  package static let degree = 3
  /// The steps one assessment may take, its rules together: loop iterations and items
  /// searched (well under a second).
  package static let steps = 20_000_000
  /// The items of the lists one assessment may build, its rules together (a few hundred MB).
  package static let builtItems = 5_000_000

  /// The estimate for a rule: its applicability, condition and advice.
  static func estimate(_ rule: Rule) -> CostEstimate {
    estimate(
      [rule.applicability, rule.condition, rule.partialCredit].compactMap { $0 }
        + rule.advice.compactMap(\.node))
  }

  static func estimate(_ nodes: [Node]) -> CostEstimate {
    nodes.map { CostEstimate($0) }.max { $0.degree < $1.degree } ?? CostEstimate()
  }

  /// The located error for a rule whose loops nest deeper than ``degree``, if any.
  static func problem(rule id: String, nodes: [Node], file: SourceFile) -> Diagnostic? {
    problem(named: "the rule '\(id)'", nodes: nodes, file: file)
  }

  /// The same for a fact: a fact of each record counts the loop over the records.
  static func problem(fact name: String, nodes: [Node], file: SourceFile) -> Diagnostic? {
    problem(named: "the fact '\(name)'", nodes: nodes, file: file)
  }

  private static func problem(named what: String, nodes: [Node], file: SourceFile)
    -> Diagnostic?
  {
    let worst = estimate(nodes)
    guard worst.degree > degree else { return nil }
    let node = worst.costliest ?? nodes[0]
    return Diagnostic(
      CheckingProblem.tooCostly(
        what: what, degree: worst.degree, allowed: degree, listLength: listLength),
      at: SourceRange(file, node.range))
  }
}
