/// The static type of a rule-language expression.
package indirect enum ValueType: Sendable, Equatable, CustomStringConvertible {
  case bool
  case number
  case string
  /// A string restricted to a closed set of values, such as a knot type.
  case enumeration(EnumerationType)
  case list(ValueType)
  case record(RecordType)
  /// The element type of the empty list `[]`, which fits any list.
  case nothing

  /// The type as messages name it: "list of knot type".
  package var description: String {
    switch self {
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .enumeration(let type): type.name
    case .list(let element): element == .nothing ? "empty list" : "list of \(element)"
    case .record(let type): type.name
    case .nothing: "nothing"
    }
  }

  /// Whether a value of this type can stand where `other` is expected: an enumeration is a
  /// string, and the empty list is any list.
  package func fits(_ other: ValueType) -> Bool {
    switch (self, other) {
    case (.nothing, _): true
    case (.enumeration, .string): true
    case (.list(let mine), .list(let theirs)): mine.fits(theirs)
    default: self == other
    }
  }

  /// The type both fit in, if any (for list literals, `if` branches and `==`).
  package func joined(with other: ValueType) -> ValueType? {
    if self.fits(other) { return other }
    if other.fits(self) { return self }
    switch (self, other) {
    case (.enumeration, .enumeration): return .string
    case (.list(let a), .list(let b)): return a.joined(with: b).map { .list($0) }
    default: return nil
    }
  }

  /// The element type, if this is a list.
  package var element: ValueType? {
    if case .list(let element) = self { return element }
    return nil
  }

  /// Whether values of this type are strings (plain or enumerated).
  package var isStringLike: Bool {
    switch self {
    case .string, .enumeration: true
    default: false
    }
  }
}

/// A closed set of string values, each with a description in plain words.
package final class EnumerationType: Sendable, Equatable {
  /// The name messages use, such as "knot type".
  package let name: String
  /// The values, each with its meaning in plain words.
  package let cases: [(value: String, summary: String)]

  /// Makes an enumeration.
  package init(name: String, cases: [(value: String, summary: String)]) {
    self.name = name
    self.cases = cases
  }

  /// The values alone.
  package var values: [String] { cases.map(\.value) }

  /// Whether `value` is one of the values.
  package func contains(_ value: String) -> Bool { cases.contains { $0.value == value } }

  /// Enumerations are the same only when they are one object.
  package static func == (lhs: EnumerationType, rhs: EnumerationType) -> Bool { lhs === rhs }
}

/// A record's fields, each at a fixed slot so that evaluation reads them by index.
package final class RecordType: Sendable, Equatable {
  /// A field of a record.
  package struct Field: Sendable {
    /// The name rules use.
    package let name: String
    /// Its type.
    package let type: ValueType
    /// What it means, for documentation.
    package let summary: String
    /// Whether the value is computed from the proposal rather than written in it.
    package let isDerived: Bool

    /// Describes a field.
    package init(_ name: String, _ type: ValueType, _ summary: String, isDerived: Bool = false) {
      self.name = name
      self.type = type
      self.summary = summary
      self.isDerived = isDerived
    }
  }

  /// The name messages use, such as "a knot".
  package let name: String
  /// The fields, in slot order.
  package let fields: [Field]
  private let slots: [String: Int]
  /// The slots of the fields whose values hold records (a record, or lists of them), which
  /// the shape check of a record walks into.
  let recordSlots: [Int]

  /// Makes a record type.
  package init(name: String, fields: [Field]) {
    self.name = name
    self.fields = fields
    var slots: [String: Int] = [:]
    for (index, field) in fields.enumerated() { slots[field.name] = index }
    self.slots = slots
    func holdsRecords(_ type: ValueType) -> Bool {
      switch type {
      case .record: true
      case .list(let element): holdsRecords(element)
      default: false
      }
    }
    recordSlots = fields.indices.filter { holdsRecords(fields[$0].type) }
  }

  /// The slot of the field called `name`.
  package func slot(of name: String) -> Int? { slots[name] }

  /// Record types are the same only when they are one object.
  package static func == (lhs: RecordType, rhs: RecordType) -> Bool { lhs === rhs }
}
