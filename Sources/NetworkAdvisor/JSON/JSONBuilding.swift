/// Shorthands for building JSON in code, for reports.
extension JSONValue {
  /// A string.
  package static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
  /// A number.
  package static func number(_ value: Double) -> JSONValue { JSONValue(.number(value)) }
  /// A boolean.
  package static func bool(_ flag: Bool) -> JSONValue { JSONValue(.bool(flag)) }
  /// `null`.
  package static var null: JSONValue { JSONValue(.null) }
  /// An array.
  package static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }
  /// An object with members in the order given.
  package static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(members.map { JSONMember(key: $0.0, value: $0.1) }))
  }
}
