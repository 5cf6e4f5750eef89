/// The shape of a value in a JSON format, as data: one description drives reading,
/// validation, the rule checker's schema, the JSON Schema and the questionnaire.
package indirect enum FieldShape: Sendable {
  /// A string; `pattern` restricts it (described in words for messages).
  case text(pattern: TextPattern?)
  /// A number ≥ `minimum`, whole when `isInteger`.
  case number(minimum: Double, isInteger: Bool)
  case boolean
  case choice(EnumerationType)
  /// An array of at least `minimumCount` items.
  case list(FieldShape, minimumCount: Int)
  case object(ObjectShape)
  /// A string that must be the id of a member school.
  case schoolReference

  /// A string of any characters.
  package static let text = FieldShape.text(pattern: nil)

  /// How the shape reads in a message: "a string", "one of …", "an array of …".
  package var description: String {
    switch self {
    case .text(let pattern): pattern.map { "a string of \($0.description)" } ?? "a string"
    case .number(let minimum, let isInteger):
      (isInteger ? "a whole number" : "a number")
        + (minimum == 0 ? " (0 or more)" : " (\(NumberText.plain(minimum)) or more)")
    case .boolean: "true or false"
    case .choice(let type): "one of " + type.values.map { "\"\($0)\"" }.joined(separator: ", ")
    case .list(let element, _): "an array of \(element.shortDescription)"
    case .object(let shape): "an object (\(shape.name))"
    case .schoolReference: "the id of a member school"
    }
  }

  /// A shorter form for inside "an array of …".
  var shortDescription: String {
    switch self {
    case .choice(let type): type.name + "s"
    case .object(let shape): shape.name + "s"
    case .schoolReference: "school ids"
    case .text: "strings"
    default: description
    }
  }
}

/// A restriction on a string's characters.
package struct TextPattern: Sendable {
  /// A regular expression for JSON Schema.
  package let regex: String
  /// The same in words, for messages.
  package let description: String
  /// Whether a string fits the pattern.
  package let matches: @Sendable (String) -> Bool
}

/// An object's fields, in the order the format lists them.
package final class ObjectShape: Sendable {
  /// The object's name in messages, such as `knot`.
  package let name: String
  /// What the object is, in the seed's words.
  package let summary: String
  /// Its fields, in the format's order.
  package let fields: [FieldSpec]
  /// Where it is declared, `file:line`, for messages about the declaration itself.
  package let declaration: String

  /// Describes an object; `file` and `line` say where, for messages about the declaration.
  package init(
    name: String, summary: String, fields: [FieldSpec], file: String = #fileID,
    line: Int = #line
  ) {
    self.name = name
    self.summary = summary
    self.fields = fields
    self.declaration = "\(file):\(line)"
  }

  /// The field called `name`.
  package func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }

  /// The position of the field called `name`.
  package func slot(of name: String) -> Int? { fields.firstIndex { $0.name == name } }
}

/// One key of an object.
package struct FieldSpec: Sendable {
  /// The key.
  package let name: String
  /// What the value must be.
  package let shape: FieldShape
  /// Whether a whole proposal must have it.
  package let isRequired: Bool
  /// What the field means, in the seed's words where it has them.
  package let summary: String

  /// Describes a field.
  package init(_ name: String, _ shape: FieldShape, required: Bool = false, _ summary: String) {
    self.name = name
    self.shape = shape
    self.isRequired = required
    self.summary = summary
  }
}
