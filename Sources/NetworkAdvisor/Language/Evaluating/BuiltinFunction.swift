/// The functions a rule may call. Each is total: it gives a value for every input
/// (the minimum of an empty list is 0, for instance), so no rule can fail to evaluate.
public enum BuiltinFunction: String, Sendable, CaseIterable {
  case size, count, given, union, intersection, difference, distinct, sum, min, max, join, lower

  /// A one-line description for the language reference.
  public var summary: String {
    switch self {
    case .size: "size(x): the number of items in a list, or of characters in a string"
    case .count: "count(list): the number of items in a list (the same as size)"
    case .given: "given(text): true when the string has something other than spaces"
    case .union: "union(lists): the items of a list of lists, each once, in order"
    case .intersection: "intersection(a, b): the items of a that are also in b"
    case .difference: "difference(a, b): the items of a that are not in b"
    case .distinct: "distinct(list): the list with repeats removed"
    case .sum: "sum(numbers): the total of a list of numbers (0 for none)"
    case .min: "min(numbers): the smallest of a list of numbers (0 for none)"
    case .max: "max(numbers): the largest of a list of numbers (0 for none)"
    case .join: "join(texts, separator): the strings joined with the separator"
    case .lower: "lower(text): the string in lower case"
    }
  }

  func apply(_ arguments: [Value]) -> Value {
    switch self {
    case .size:
      switch arguments[0] {
      case .list(let items): return .number(Double(items.count))
      case .string(let text): return .number(Double(text.count))
      default: return .number(0)
      }
    case .count:
      return .number(Double(arguments[0].listValue.count))
    case .given:
      return .bool(arguments[0].stringValue.contains { !$0.isWhitespace })
    case .union:
      var seen: Set<Value> = []
      var result: [Value] = []
      for list in arguments[0].listValue {
        for item in list.listValue where seen.insert(item).inserted { result.append(item) }
      }
      return .list(result)
    case .intersection:
      let other = Set(arguments[1].listValue)
      return .list(Self.unique(arguments[0].listValue.filter { other.contains($0) }))
    case .difference:
      let other = Set(arguments[1].listValue)
      return .list(Self.unique(arguments[0].listValue.filter { !other.contains($0) }))
    case .distinct:
      return .list(Self.unique(arguments[0].listValue))
    case .sum:
      return .number(arguments[0].listValue.reduce(0) { $0 + $1.numberValue })
    case .min:
      return .number(arguments[0].listValue.map(\.numberValue).min() ?? 0)
    case .max:
      return .number(arguments[0].listValue.map(\.numberValue).max() ?? 0)
    case .join:
      return .string(
        arguments[0].listValue.map(\.stringValue).joined(separator: arguments[1].stringValue))
    case .lower:
      return .string(arguments[0].stringValue.lowercased())
    }
  }

  private static func unique(_ items: [Value]) -> [Value] {
    var seen: Set<Value> = []
    return items.filter { seen.insert($0).inserted }
  }
}
