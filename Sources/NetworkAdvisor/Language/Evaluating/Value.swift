/// A value of the rule language. Records hold their fields by slot, in the order their
/// ``RecordType`` declares them; enumerated strings are plain strings.
package enum Value: Sendable, Hashable {
  case bool(Bool)
  case number(Double)
  case string(String)
  case list([Value])
  case record([Value])

  var boolValue: Bool {
    if case .bool(let flag) = self { return flag }
    return false
  }

  var numberValue: Double {
    if case .number(let number) = self { return number }
    return 0
  }

  var stringValue: String {
    if case .string(let text) = self { return text }
    return ""
  }

  var isRecord: Bool {
    if case .record = self { return true }
    return false
  }

  var listValue: [Value] {
    if case .list(let elements) = self { return elements }
    return []
  }

  /// The value in plain words, for advice and traces: numbers without needless decimals,
  /// lists as "a, b and c", the empty list as "none". A long list names its first
  /// ``plainListLimit`` items and how many more there are: advice that names 300 knots
  /// is read by nobody, and a report must grow with the proposal, not with its square.
  /// `+` on strings or lists: the two joined; a number beside a string is written as
  /// advice writes numbers ("3", "1.5").
  static func joined(_ first: Value, _ second: Value) -> Value {
    switch (first, second) {
    case (.string(let a), .string(let b)): .string(a + b)
    case (.string(let a), .number(let b)): .string(a + NumberText.plain(b))
    case (.number(let a), .string(let b)): .string(NumberText.plain(a) + b)
    case (.list(let a), .list(let b)): .list(a + b)
    default: .string("")
    }
  }

  package var plainText: String {
    switch self {
    case .bool(let flag): flag ? "yes" : "no"
    case .number(let number): NumberText.plain(number)
    case .string(let text): text
    case .list(let elements) where elements.count > Self.plainListLimit:
      Self.sentenceList(
        elements.prefix(Self.plainListLimit - 2).map(\.plainText)
          + ["\(elements.count - Self.plainListLimit + 2) more"])
    case .list(let elements):
      Self.sentenceList(elements.map(\.plainText))
    case .record: "(a record)"
    }
  }

  /// How many items a list shows in plain words before "and N more".
  package static let plainListLimit = 12

  /// The value as the rule language would write it, for traces.
  package var literalText: String {
    switch self {
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): NumberText.plain(number)
    case .string(let text): JSONWriter.quoted(text)
    case .list(let elements):
      elements.count > 8
        ? "[" + elements.prefix(8).map(\.literalText).joined(separator: ", ")
          + ", … \(elements.count - 8) more]"
        : "[" + elements.map(\.literalText).joined(separator: ", ") + "]"
    case .record: "{…}"
    }
  }

  /// "a", "a and b", "a, b and c"; "none" for no items. When a list of two or more holds
  /// an item with " and " or a comma of its own, every item is put in quotation marks
  /// ("“Steering group” and “Evidence and dissemination group”"), so that where one item
  /// ends and the next begins stays clear and the sentence still reads as English.
  package static func sentenceList(_ items: [String]) -> String {
    switch items.count {
    case 0: return "none"
    case 1: return items[0]
    default:
      let ambiguous = items.contains { $0.contains(",") || $0.contains(" and ") }
      let shown = ambiguous ? items.map { "“\($0)”" } : items
      return shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
    }
  }
}
