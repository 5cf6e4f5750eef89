/// A JSON Schema (2020-12) of the proposal format, made from the same description that
/// reads proposals, for editors and other tools.
package enum ProposalJSONSchema {
  /// The JSON Schema dialect the schema uses.
  package static let dialect = "https://json-schema.org/draft/2020-12/schema"

  /// The schema, with each object shape under `$defs`.
  /// - Parameter extensions: the fields rule layers declare, each under the `extensions`
  ///   object of its level.
  package static func schema(extensions: [ExtensionField] = []) -> JSONValue {
    let extensionShapes = ProposalExtensions.shapes(for: extensions)
    let definitions = objects(within: ProposalFormat.proposal).map {
      ($0.name, JSONValue.object(objectSchema($0, extensions: extensionShapes)))
    }
    var root = objectSchema(ProposalFormat.proposal, extensions: extensionShapes)
    root.insert(
      contentsOf: [
        ("$schema", .string(dialect)),
        ("$id", .string("urn:network-advisor:schema:network-proposal-1")),
        ("title", .string("Network proposal (\(ProposalFormat.identifier))")),
      ], at: 0)
    root.append(("$defs", .object(definitions)))
    return .object(root)
  }

  /// The schema as pretty-printed JSON.
  package static func text(extensions: [ExtensionField] = []) -> String {
    JSONWriter.pretty(schema(extensions: extensions))
  }

  /// The objects a shape's fields hold (in lists too), and theirs in turn, each once, in
  /// the order they are first met: the `$defs` of the schema, and the sections of the plain
  /// form (``ProposalFieldGuide``). `fields` gives each object's fields.
  static func objects(
    within shape: ObjectShape, fields: (ObjectShape) -> [FieldSpec] = { $0.fields }
  ) -> [ObjectShape] {
    var found: [ObjectShape] = []
    var seen: Set<String> = []
    func collect(_ shape: ObjectShape) {
      for field in fields(shape) {
        var inner = field.shape
        while case .list(let element, _) = inner { inner = element }
        if case .object(let object) = inner, seen.insert(object.name).inserted {
          found.append(object)
          collect(object)
        }
      }
    }
    collect(shape)
    return found
  }

  private static func objectSchema(_ shape: ObjectShape, extensions: [String: ObjectShape] = [:])
    -> [(String, JSONValue)]
  {
    var properties = shape.fields.map { ($0.name, fieldSchema($0)) }
    if let object = extensions[shape.name] {
      // Keys no layer declares are warnings, not errors, so they are allowed here.
      let owner = shape.name == "proposal" ? "the network" : "each \(shape.name)"
      let inner: [(String, JSONValue)] = objectSchema(object).compactMap { key, value in
        switch key {
        case "additionalProperties": nil
        case "description":
          (
            key,
            .string(
              "Fields that rule layers declare for \(owner); a key no loaded layer declares is reported as a warning."
            )
          )
        default: (key, value)
        }
      }
      properties.append(("extensions", .object(inner)))
    }
    var members: [(String, JSONValue)] = [
      ("type", .string("object")),
      ("description", .string(shape.summary)),
      ("properties", .object(properties)),
    ]
    let required = shape.fields.filter(\.isRequired).map { JSONValue.string($0.name) }
    if !required.isEmpty { members.append(("required", .array(required))) }
    members.append(("additionalProperties", .bool(false)))
    return members
  }

  private static func fieldSchema(_ field: FieldSpec) -> JSONValue {
    var members = shapeSchema(field.shape, name: field.name, isRequired: field.isRequired)
    members.insert(("description", .string(describe(field))), at: 0)
    return .object(members)
  }

  private static func describe(_ field: FieldSpec) -> String {
    ([sentence(field.summary)] + checkedByTheTool(field)).joined(separator: " ")
  }

  /// `text` as a sentence: a capital first, a full stop last.
  static func sentence(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
  }

  /// What JSON Schema cannot say about a field and the tool checks, as sentences: ids
  /// named must be member schools', and school ids must be unique.
  static func checkedByTheTool(_ field: FieldSpec) -> [String] {
    var notes: [String] = []
    if case .schoolReference = field.shape { notes.append("Must be the id of a member school.") }
    if case .list(.schoolReference, _) = field.shape {
      notes.append("Each must be the id of a member school.")
    }
    if field.name == "id" { notes.append("Ids must be unique.") }
    return notes
  }

  private static func shapeSchema(_ shape: FieldShape, name: String, isRequired: Bool = false)
    -> [(String, JSONValue)]
  {
    switch shape {
    case .text(let pattern):
      if name == "format" { return [("const", .string(ProposalFormat.identifier))] }
      var members: [(String, JSONValue)] = [("type", .string("string"))]
      if let pattern { members.append(("pattern", .string(pattern.regex))) }
      if isRequired, pattern == nil { members.append(("pattern", .string("\\S"))) }
      return members
    case .schoolReference:
      return [("type", .string("string")), ("pattern", .string(ProposalFormat.schoolID.regex))]
    case .number(let minimum, let isInteger):
      return [("type", .string(isInteger ? "integer" : "number")), ("minimum", .number(minimum))]
    case .boolean:
      return [("type", .string("boolean"))]
    case .choice(let type):
      return [
        ("enum", .array(type.values.map { .string($0) })),
        // Editors such as VS Code show these beside each value when completing.
        ("enumDescriptions", .array(type.cases.map { .string($0.summary) })),
      ]
    case .list(let element, let minimumCount):
      var members: [(String, JSONValue)] = [
        ("type", .string("array")), ("items", .object(shapeSchema(element, name: name))),
      ]
      if minimumCount > 0 { members.append(("minItems", .number(Double(minimumCount)))) }
      if case .choice = element { members.append(("uniqueItems", .bool(true))) }
      if case .schoolReference = element { members.append(("uniqueItems", .bool(true))) }
      return members
    case .object(let object):
      return [("$ref", .string("#/$defs/\(object.name)"))]
    }
  }
}
