/// The functions a rule may call. Each is total: it gives a value for every input
/// (the minimum of an empty list is 0, for instance), so no rule can fail to evaluate.
package enum BuiltinFunction: String, Sendable, CaseIterable {
  case size, count, given, union, intersection, difference, distinct, sum, min, max, join, words
  case lower
  case placeholder, mentions, connected

  /// How many arguments the function takes.
  var arity: Int {
    switch self {
    case .intersection, .difference, .join, .placeholder, .mentions: 2
    default: 1
    }
  }

  /// A one-line description for the language reference.
  package var summary: String {
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
    case .words:
      "words(texts): the strings (or numbers) as a phrase, \"a, b and c\" (\"\" for none), the way advice writes a list"
    case .lower: "lower(text): the string in lower case"
    case .placeholder:
      "placeholder(text, phrases): true when the text says nothing once the phrases (whole words, any case) and punctuation are taken out, as \"TBC\" or \"Various; to be agreed\""
    case .mentions:
      "mentions(text, phrases): true when one of the phrases occurs in the text as whole words, any case, as \"coming to an end\" in \"The network is coming to an end this summer\""
    case .connected:
      "connected(groups): the groups merged wherever they share an item, each item once, in order of first appearance"
    }
  }

  /// The function of its arguments: every function takes one or two, so they are passed
  /// as values rather than in an array the hot path would allocate.
  func apply(_ first: Value, _ second: Value) -> Value {
    switch self {
    case .size:
      switch first {
      case .list(let items): return .number(Double(items.count))
      case .string(let text): return .number(Double(text.count))
      default: return .number(0)
      }
    case .count:
      return .number(Double(first.listValue.count))
    case .given:
      return .bool(first.stringValue.contains { !$0.isWhitespace })
    case .union:
      var seen: Set<Value> = []
      var result: [Value] = []
      for list in first.listValue {
        for item in list.listValue where seen.insert(item).inserted { result.append(item) }
      }
      return .list(result)
    case .intersection:
      let other = Set(second.listValue)
      return .list(Self.unique(first.listValue.filter { other.contains($0) }))
    case .difference:
      let other = Set(second.listValue)
      return .list(Self.unique(first.listValue.filter { !other.contains($0) }))
    case .distinct:
      return .list(Self.unique(first.listValue))
    case .sum:
      return .number(first.listValue.reduce(0) { $0 + $1.numberValue })
    case .min:
      return .number(first.listValue.map(\.numberValue).min() ?? 0)
    case .max:
      return .number(first.listValue.map(\.numberValue).max() ?? 0)
    case .join:
      return .string(
        first.listValue.map(\.stringValue).joined(separator: second.stringValue))
    case .words:
      return Self.words(first, plain: second)
    case .lower:
      return .string(first.stringValue.lowercased())
    case .placeholder:
      return .bool(
        Self.isPlaceholder(first.stringValue, phrases: second.listValue.map(\.stringValue)))
    case .mentions:
      return .bool(
        PlaceholderMatcher(phrases: second.listValue.map(\.stringValue)).isMentioned(
          in: first.stringValue))
    case .connected:
      return .list(Self.connected(first.listValue.map(\.listValue)).map { .list($0) })
    }
  }

  /// `words`: the items as a phrase. A second argument, when the checker supplies one,
  /// pairs each enumerated value with its plain words.
  static func words(_ list: Value, plain table: Value) -> Value {
    var plain: [String: String] = [:]
    for pair in table.listValue {
      let parts = pair.listValue
      if parts.count == 2 { plain[parts[0].stringValue] = parts[1].stringValue }
    }
    let items = list.listValue.map { item in
      if case .number = item { return item.plainText }
      return plain[item.stringValue] ?? item.stringValue
    }
    return .string(items.isEmpty ? "" : Value.sentenceList(items))
  }

  /// Whether nothing but the phrases and punctuation is left of `text` (see
  /// ``PlaceholderMatcher``).
  static func isPlaceholder(_ text: String, phrases: [String]) -> Bool {
    PlaceholderMatcher(phrases: phrases).matches(text)
  }

  /// Merges groups that share an item (union–find over the items), keeping each item once,
  /// groups in order of their first item.
  static func connected(_ groups: [[Value]]) -> [[Value]] {
    var index: [Value: Int] = [:]
    var items: [Value] = []
    var sets = UnionFind(count: 0)
    for group in groups {
      var first: Int?
      for item in group {
        let position: Int
        if let known = index[item] {
          position = known
        } else {
          position = sets.add()
          index[item] = position
          items.append(item)
        }
        if let first { sets.join(first, position) } else { first = position }
      }
    }
    return sets.groups().map { $0.map { items[$0] } }
  }

  private static func unique(_ items: [Value]) -> [Value] {
    var seen: Set<Value> = []
    return items.filter { seen.insert($0).inserted }
  }
}
