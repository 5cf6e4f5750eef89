/// An expression of the rule language as written, before checking.
public struct Expression: Sendable {
  /// The forms an expression takes.
  public indirect enum Kind: Sendable {
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
  public struct MapEntry: Sendable {
    /// The key.
    public var key: String
    /// Where the key is.
    public var keyRange: Range<Int>
    /// The value.
    public var value: Expression
  }

  /// The expression's form.
  public var kind: Kind
  /// UTF-8 offsets of the whole expression in its file.
  public var range: Range<Int>

  /// Makes an expression.
  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
  }
}

/// `not` and unary minus.
public enum UnaryOperator: String, Sendable {
  case not
  case negate = "-"
}

/// The operators between two expressions.
public enum BinaryOperator: String, Sendable, CaseIterable {
  case or, and
  case equal = "==", notEqual = "!="
  case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
  case `in`, notIn = "not in", covers
  case add = "+", subtract = "-", multiply = "*", divide = "/"
}

/// `exists` and `all`.
public enum Quantifier: String, Sendable {
  case exists, all
}
