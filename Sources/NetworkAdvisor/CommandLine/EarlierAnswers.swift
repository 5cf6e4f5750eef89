/// A part of the proposal being edited with `new --from`: its values are the defaults of
/// the questions, so pressing Enter keeps each one. Without a proposal every value is absent.
struct EarlierAnswers {
  /// The JSON value here, if the proposal has one.
  let value: JSONValue?

  /// Nothing earlier: a new proposal.
  static let none = EarlierAnswers(value: nil)

  /// The member `key` of this object.
  subscript(key: String) -> EarlierAnswers { EarlierAnswers(value: value?[key]) }

  /// The text here, if it is a non-blank string.
  var text: String? {
    guard case .string(let text) = value?.kind,
      !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    else { return nil }
    return text
  }

  /// The items of the array here (none when absent).
  var items: [EarlierAnswers] {
    guard case .array(let elements) = value?.kind else { return [] }
    return elements.map { EarlierAnswers(value: $0) }
  }

  /// The strings of the array here.
  var strings: [String] { items.compactMap(\.text) }

  /// The number here, written as the questions take it.
  var number: String? {
    guard case .number(let number) = value?.kind else { return nil }
    return NumberText.json(number)
  }

  /// The boolean here.
  var flag: Bool? {
    guard case .bool(let flag) = value?.kind else { return nil }
    return flag
  }
}
