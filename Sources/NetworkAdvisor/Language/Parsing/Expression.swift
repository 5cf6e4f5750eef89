/// An expression of the rule language as written, before checking.
package struct Expression: Sendable {
  /// The forms an expression takes.
  package indirect enum Kind: Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case list([Expression])
    /// `{"key": value, …}`: only in examples, where it stands for a JSON object.
    case map([MapEntry])
    case name(String)
    /// `base.field`
    case member(Expression, String, nameRange: Range<Int>)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression, operatorRange: Range<Int>)
    /// `name(arguments)`
    case call(String, nameRange: Range<Int>, [Expression])
    /// `exists k in list: condition` and `all k in list: condition`
    case quantifier(Quantifier, variable: String, variableRange: Range<Int>, Expression, Expression)
    /// `[result for k in list where condition]`
    case comprehension(
      result: Expression, variable: String, variableRange: Range<Int>, Expression, Expression?)
    /// `if condition then a else b`
    case conditional(Expression, Expression, Expression)
  }

  /// A `"key": value` pair of an object literal.
  package struct MapEntry: Sendable {
    /// The key.
    package var key: String
    /// Where the key is.
    package var keyRange: Range<Int>
    /// The value.
    package var value: Expression
  }

  /// The expression's form.
  package var kind: Kind
  /// UTF-8 offsets of the whole expression in its file.
  package var range: Range<Int>
  /// The number of levels of the tree: 1 for a literal or a name, one more than the
  /// deepest part for anything else. Everything that walks an expression (checking,
  /// compiling, evaluating, tracing) recurses this deep, so the parser bounds it.
  package let depth: Int

  /// Makes an expression.
  package init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
    self.depth = 1 + Self.deepestPart(of: kind)
  }

  private static func deepestPart(of kind: Kind) -> Int {
    switch kind {
    case .number, .string, .bool, .name: 0
    case .list(let elements): elements.map(\.depth).max() ?? 0
    case .map(let entries): entries.map(\.value.depth).max() ?? 0
    case .member(let base, _, _): base.depth
    case .unary(_, let operand): operand.depth
    case .binary(_, let left, let right, _): max(left.depth, right.depth)
    case .call(_, _, let arguments): arguments.map(\.depth).max() ?? 0
    case .quantifier(_, _, _, let collection, let body): max(collection.depth, body.depth)
    case .comprehension(let result, _, _, let collection, let condition):
      max(result.depth, collection.depth, condition?.depth ?? 0)
    case .conditional(let condition, let whenTrue, let whenFalse):
      max(condition.depth, whenTrue.depth, whenFalse.depth)
    }
  }
}

/// `not` and unary minus.
package enum UnaryOperator: String, Sendable, CaseIterable {
  case not
  case negate = "-"

  /// How tightly the operator binds.
  package var precedence: Precedence {
    switch self {
    case .not: .not
    case .negate: .negation
    }
  }
}

/// The operators between two expressions.
package enum BinaryOperator: String, Sendable, CaseIterable {
  case or, and
  case equal = "==", notEqual = "!="
  case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
  case `in`, notIn = "not in", covers
  case add = "+", subtract = "-", multiply = "*", divide = "/"

  /// How tightly the operator binds.
  package var precedence: Precedence {
    switch self {
    case .or: .or
    case .and: .and
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in, .notIn, .covers:
      .comparison
    case .add, .subtract: .sum
    case .multiply, .divide: .product
    }
  }
}

/// How tightly operators bind, from the loosest to the tightest: the operands of each
/// level's operators are expressions of the levels after it, so `not a == b and c` reads
/// `(not (a == b)) and c`. Binary operators of one level group from the left (`a - b - c`
/// is `(a - b) - c`), except the comparisons, of which an expression holds at most one.
package enum Precedence: Int, Sendable {
  case or, and, not, comparison, sum, product, negation

  /// The next level, binding more tightly; `nil` after the last.
  var tighter: Precedence? { Precedence(rawValue: rawValue + 1) }

  /// Whether two operators of this level can follow each other, as in `a + b + c`.
  var chains: Bool { self != .comparison }
}

/// `exists` and `all`.
package enum Quantifier: String, Sendable {
  case exists, all
}
