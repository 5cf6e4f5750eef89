/// A checked, compiled expression: immutable, typed, with every name already resolved to a
/// slot, so evaluation never looks anything up by string.
package final class Node: Sendable {
  /// What a node computes.
  package enum Kind: Sendable {
    /// A literal, or a constant folded at load time.
    case constant(Value)
    /// A field of the subject (the proposal), by slot.
    case subjectField(Int)
    /// A variable bound by a quantifier or comprehension, by slot.
    case local(Int)
    case field(Node, Int)
    case not(Node)
    case negate(Node)
    case and(Node, Node)
    case or(Node, Node)
    case equal(Node, Node)
    case notEqual(Node, Node)
    case less(Node, Node)
    case lessOrEqual(Node, Node)
    case greater(Node, Node)
    case greaterOrEqual(Node, Node)
    case add(Node, Node)
    /// `+` on two strings or two lists.
    case concatenate(Node, Node)
    case subtract(Node, Node)
    case multiply(Node, Node)
    case divide(Node, Node)
    case contains(element: Node, list: Node)
    case notContains(element: Node, list: Node)
    case covers(Node, Node)
    case list([Node])
    case call(BuiltinFunction, [Node])
    case exists(slot: Int, list: Node, body: Node)
    case all(slot: Int, list: Node, body: Node)
    case comprehension(slot: Int, list: Node, result: Node?, condition: Node?)
    /// `size`, `count`, `sum`, `min` or `max` of a comprehension, computed in one pass
    /// without building the list.
    case aggregate(BuiltinFunction, slot: Int, list: Node, result: Node?, condition: Node?)
    case conditional(Node, Node, Node)
  }

  /// What it computes.
  package let kind: Kind
  /// The type of its value.
  package let type: ValueType
  /// The node's number within its rule, so a trace can record values against it.
  package let id: Int
  /// Where the expression stands in its file.
  package let range: Range<Int>

  /// Makes a node.
  package init(_ kind: Kind, type: ValueType, id: Int, range: Range<Int>) {
    self.kind = kind
    self.type = type
    self.id = id
    self.range = range
  }

  /// The nodes directly inside this one, in source order.
  package var children: [Node] {
    switch kind {
    case .constant, .subjectField, .local: []
    case .field(let base, _): [base]
    case .not(let operand), .negate(let operand): [operand]
    case .and(let a, let b), .or(let a, let b), .equal(let a, let b), .notEqual(let a, let b),
      .less(let a, let b), .lessOrEqual(let a, let b), .greater(let a, let b),
      .greaterOrEqual(let a, let b), .add(let a, let b), .concatenate(let a, let b),
      .subtract(let a, let b),
      .multiply(let a, let b), .divide(let a, let b), .covers(let a, let b):
      [a, b]
    case .contains(let element, let list), .notContains(let element, let list): [element, list]
    case .list(let elements): elements
    case .call(_, let arguments): arguments
    case .exists(_, let list, let body), .all(_, let list, let body): [list, body]
    case .comprehension(_, let list, let result, let condition),
      .aggregate(_, _, let list, let result, let condition):
      [list] + [result, condition].compactMap { $0 }
    case .conditional(let a, let b, let c): [a, b, c]
    }
  }

  /// Whether the node's value is known without a subject (a literal or a constant).
  package var constantValue: Value? {
    if case .constant(let value) = kind { return value }
    return nil
  }
}
