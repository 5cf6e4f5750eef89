/// Small edits of JSON documents, for changing a proposal in its own terms.
extension JSONValue {
  /// The object's members, or none for any other value.
  var members: [JSONMember] {
    if case .object(let members) = kind { return members }
    return []
  }

  /// The array's items, or none for any other value.
  var items: [JSONValue] {
    if case .array(let items) = kind { return items }
    return []
  }

  /// The string, or `nil` for any other value.
  var text: String? {
    if case .string(let text) = kind { return text }
    return nil
  }

  /// The number, or `nil` for any other value.
  var number: Double? {
    if case .number(let number) = kind { return number }
    return nil
  }

  /// This object with the member `key` set to `value` (added at the end when new).
  func setting(_ key: String, to value: JSONValue) -> JSONValue {
    var members = self.members
    if let index = members.firstIndex(where: { $0.key == key }) {
      members[index].value = value
    } else {
      members.append(JSONMember(key: key, value: value))
    }
    return JSONValue(.object(members), range: range)
  }

  /// This object without the member `key`.
  func removing(_ key: String) -> JSONValue {
    JSONValue(.object(members.filter { $0.key != key }), range: range)
  }

  /// This object with its array `key` changed by `change` (an absent array reads as empty).
  func updatingArray(_ key: String, _ change: (inout [JSONValue]) -> Void) -> JSONValue {
    var items = self[key]?.items ?? []
    change(&items)
    return setting(key, to: JSONValue(.array(items)))
  }

  /// A whole number.
  static func integer(_ number: Int) -> JSONValue { JSONValue(.number(Double(number))) }

  /// An array of strings.
  static func strings(_ texts: [String]) -> JSONValue { JSONValue(.array(texts.map(string))) }
}
