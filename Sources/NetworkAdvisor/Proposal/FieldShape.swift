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
    case .choice(let type): Self.plural(type.name)
    case .object(let shape): Self.plural(shape.name)
    case .schoolReference: "school ids"
    case .text: "strings"
    default: description
    }
  }
}

extension FieldShape {
  /// The plural of a name: "knot types", "levels of learning", "high-yield activities".
  static func plural(_ name: String) -> String {
    if let of = name.range(of: " of ") {
      return plural(String(name[..<of.lowerBound])) + name[of.lowerBound...]
    }
    if name.hasSuffix("y"), let before = name.dropLast().last, !"aeiou".contains(before) {
      return name.dropLast() + "ies"
    }
    return name + (name.hasSuffix("s") || name.hasSuffix("x") || name.hasSuffix("sh") ? "es" : "s")
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
  /// How reports name the field for people who do not read the file ("meetings a year" for
  /// `meetingsPerYear`); the key itself where that is already plain.
  package let plainName: String

  /// Describes a field.
  package init(
    _ name: String, _ shape: FieldShape, required: Bool = false, _ summary: String,
    plain: String? = nil
  ) {
    self.name = name
    self.shape = shape
    self.isRequired = required
    self.summary = summary
    self.plainName = plain ?? name
  }
}

/// Where a value stands, for the hint about a value of the wrong kind: `null` is left out
/// of an optional field, replaced in a required one, and removed from an array.
enum ValuePlace {
  case optionalField, requiredField, element
}

extension FieldShape {
  /// What to write instead of `json`, a value of the wrong kind for this shape: the value
  /// itself without the quotes, the brackets or the words around it when that is what was
  /// meant, else the kind of value wanted with an example.
  func hint(forWrong json: JSONValue, at place: ValuePlace) -> String {
    switch json.kind {
    case .null:
      switch place {
      case .optionalField: return "leave the key out instead of writing null"
      case .requiredField: return "write \(description) instead of null"
      case .element: return "remove the null from the array"
      }
    case .array(let items) where items.count == 1 && takes(items[0]):
      return "write it without the brackets: \(items[0].excerpt)"
    default: break
    }
    switch self {
    case .number: return numberHint(json)
    case .boolean: return Self.booleanHint(json)
    case .text, .choice, .schoolReference: return stringHint(json)
    case .list(let element, _): return Self.listHint(json, element)
    case .object(let shape): return Self.objectHint(json, shape)
    }
  }

  /// Whether `json` is of the kind this shape reads (its value may still be wrong).
  func takes(_ json: JSONValue) -> Bool {
    switch (self, json.kind) {
    case (.text, .string), (.choice, .string), (.schoolReference, .string), (.number, .number),
      (.boolean, .bool), (.list, .array), (.object, .object):
      true
    default: false
    }
  }

  /// An example of a value of this shape, in JSON, for hints: `"linked"`, `[…]`, `{"id": …}`.
  var example: String {
    switch self {
    case .text(let pattern): pattern == nil ? "\"…\"" : "\"a-b-1\""
    case .choice(let type): "\"\(type.values.first ?? "…")\""
    case .schoolReference: "\"school-id\""
    case .number(let minimum, _): NumberText.plain(max(minimum, 1))
    case .boolean: "true"
    case .list(let element, _): "[\(element.example)]"
    case .object(let shape):
      "{"
        + (shape.fields.filter(\.isRequired).map { "\"\($0.name)\": …" }.joined(separator: ", "))
        + "}"
    }
  }

  private func numberHint(_ json: JSONValue) -> String {
    let wanted = "write \(description) in figures, without quotes"
    switch json.kind {
    case .string(let text):
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      if trimmed.allSatisfy({ "0123456789.-+eE".contains($0) }), let number = Double(trimmed),
        number.isFinite
      {
        return "write the number without quotes: \(NumberText.json(number))"
      }
      let figures = Self.figures(in: trimmed)
      if figures.count == 1 { return "write the number alone: \(figures[0])" }
      if figures.count > 1 { return "write one number alone, without words, such as \(figures[0])" }
      let words = trimmed.lowercased().split { !$0.isLetter }
      let spelled = words.compactMap { Self.spelledNumbers.firstIndex(of: String($0)) }
      if spelled.count == 1 { return "write the number in figures, without quotes: \(spelled[0])" }
      return wanted
    case .bool: return "\(wanted), instead of true or false"
    case .array: return "write one number, not an array"
    case .object: return "write one number, not an object"
    default: return wanted
    }
  }

  /// Numbers written in words, by their value.
  private static let spelledNumbers = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
  ]

  /// The numbers written in figures in `text`, as JSON writes them: "2 days" → `2`,
  /// "2,5" → `2.5`, "1,000 pupils" → `1000`.
  static func figures(in text: String) -> [String] {
    let runs = text.split { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == ",")) }
    return runs.flatMap { run -> [String] in
      let separators: Set<Character> = [".", ","]
      let token = run.drop { separators.contains($0) }.reversed().drop { separators.contains($0) }
        .reversed()
      let groups = String(token).split(separator: ",", omittingEmptySubsequences: false)
      let thousands =
        groups.count > 1 && (1...3).contains(groups[0].count)
        && groups.dropFirst().allSatisfy { $0.prefix { $0 != "." }.count == 3 }
      let written =
        thousands
        ? [groups.joined()]
        : groups.count == 2 && !token.contains(".")
          ? [groups.joined(separator: ".")] : groups.map(String.init)
      return written.compactMap { figure in
        guard figure.allSatisfy({ $0.isNumber || $0 == "." }), let number = Double(figure) else {
          return nil
        }
        return NumberText.json(number)
      }
    }
  }

  private static func booleanHint(_ json: JSONValue) -> String {
    let either = "write true or false, without quotes"
    switch json.kind {
    case .string(let text):
      let word = text.trimmingCharacters(in: .whitespaces).lowercased()
      if ["true", "yes", "y", "on"].contains(word) { return "write true without quotes" }
      if ["false", "no", "n", "off"].contains(word) { return "write false without quotes" }
      return either
    case .number(let number) where number == 1 || number == 0:
      return "write \(number == 1) instead of \(NumberText.json(number))"
    default: return either
    }
  }

  private func stringHint(_ json: JSONValue) -> String {
    let what: String
    switch self {
    case .choice(let type): what = "one \(type.name) in double quotes, such as \(example)"
    case .schoolReference: what = "one school id in double quotes, as written in \"schools\""
    default: what = "one string in double quotes"
    }
    switch json.kind {
    case .number, .bool:
      if case .text = self { return "put it in double quotes: \"\(json.excerpt)\"" }
      return "write \(what)"
    case .array: return "write \(what), not an array"
    default: return "write \(what), not an object"
    }
  }

  private static func listHint(_ json: JSONValue, _ element: FieldShape) -> String {
    switch json.kind {
    case .string(let text) where element.takes(json):
      let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      if items.count > 1, !items.contains(where: \.isEmpty) {
        return "write each in double quotes, in an array: ["
          + items.map(JSONWriter.quoted).joined(separator: ", ") + "]"
      }
      return "put it in an array: [\(JSONWriter.quoted(text))]"
    case .object where element.takes(json):
      return "put it in square brackets, as an array of one: [{…}]"
    default:
      return
        "write an array of \(element.shortDescription) in square brackets, such as [\(element.example)]"
    }
  }

  private static func objectHint(_ json: JSONValue, _ shape: ObjectShape) -> String {
    let keys = shape.fields.map(\.name).joined(separator: ", ")
    if case .string(let text) = json.kind {
      // The field a bare string most likely stands for: a choice it is one of, an id it
      // fits, or the object's one required name.
      let field =
        shape.fields.first {
          if case .choice(let type) = $0.shape { return type.contains(text) }
          return false
        }
        ?? shape.fields.first {
          if case .text(let pattern?) = $0.shape { return $0.isRequired && pattern.matches(text) }
          return false
        }
        ?? shape.fields.first {
          if case .text(nil) = $0.shape { return $0.isRequired }
          return false
        }
      if let field {
        let others = shape.fields.filter { $0.isRequired && $0.name != field.name }
        return "write it as an object: {\"\(field.name)\": \(JSONWriter.quoted(text))"
          + others.map { ", \"\($0.name)\": …" }.joined() + "}"
      }
    }
    if case .array = json.kind { return "write one object {…}, not an array; its keys: \(keys)" }
    return "write an object {…} with its keys: \(keys)"
  }
}
