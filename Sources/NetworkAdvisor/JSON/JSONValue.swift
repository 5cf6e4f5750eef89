/// A JSON value that remembers where it stood in its source text.
///
/// Positions are UTF-8 byte offsets into the document, so that a problem found long after
/// parsing (an unknown key, a wrong type) can still be reported at its line and column.
package struct JSONValue: Sendable, Equatable {
  /// The kinds of JSON value (RFC 8259).
  package enum Kind: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  /// What the value is.
  package var kind: Kind
  /// The UTF-8 offsets of the value in its document; empty for values made in code.
  package var range: Range<Int>

  /// Makes a value, at `range` in its document if it has one.
  package init(_ kind: Kind, range: Range<Int> = 0..<0) {
    self.kind = kind
    self.range = range
  }

  /// The member called `key`, if this is an object that has one.
  package subscript(key: String) -> JSONValue? {
    guard case .object(let members) = kind else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A short name of the value's kind, as a person would say it ("a string", "an array").
  package var kindDescription: String {
    switch kind {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The value as written in compact JSON, shortened for messages.
  package var excerpt: String {
    let text = JSONWriter.compact(self)
    return text.count > 40 ? String(text.prefix(37)) + "..." : text
  }
}

/// One `"key": value` pair of a JSON object, in the order written.
package struct JSONMember: Sendable, Equatable {
  /// The key.
  package var key: String
  /// The UTF-8 offsets of the key, quotes included.
  package var keyRange: Range<Int>
  /// The value.
  package var value: JSONValue

  /// Makes a member.
  package init(key: String, keyRange: Range<Int> = 0..<0, value: JSONValue) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}
