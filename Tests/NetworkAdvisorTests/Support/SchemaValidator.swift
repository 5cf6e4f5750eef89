import Foundation

@testable import NetworkAdvisor

/// A small JSON Schema 2020-12 validator for the keywords our schema uses, so that tests
/// can check documents against `network-advisor schema` as an editor would.
struct SchemaValidator {
  let root: JSONValue

  /// The places where `document` breaks the schema, as JSON paths; empty when it is valid.
  func errors(in document: JSONValue) -> [String] {
    var errors: [String] = []
    validate(document, against: root, path: "$", errors: &errors)
    return errors
  }

  private func resolve(_ schema: JSONValue) -> JSONValue {
    guard case .string(let reference)? = schema["$ref"]?.kind, reference.hasPrefix("#/$defs/")
    else {
      return schema
    }
    return root["$defs"]?[String(reference.dropFirst("#/$defs/".count))] ?? schema
  }

  private func validate(
    _ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String]
  ) {
    let schema = resolve(schema)
    if case .string(let type)? = schema["type"]?.kind, !matches(value, type) {
      errors.append("\(path): not \(type)")
      return
    }
    if let constant = schema["const"], JSONWriter.compact(constant) != JSONWriter.compact(value) {
      errors.append("\(path): not the constant")
    }
    if case .array(let allowed)? = schema["enum"]?.kind,
      !allowed.contains(where: { JSONWriter.compact($0) == JSONWriter.compact(value) })
    {
      errors.append("\(path): not in enum")
    }
    if case .number(let minimum)? = schema["minimum"]?.kind, case .number(let number) = value.kind,
      number < minimum
    {
      errors.append("\(path): below minimum")
    }
    if case .string(let pattern)? = schema["pattern"]?.kind, case .string(let text) = value.kind {
      let expression = try! NSRegularExpression(pattern: pattern)
      if expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
        errors.append("\(path): does not match \(pattern)")
      }
    }
    if case .array(let items) = value.kind {
      if case .number(let minimum)? = schema["minItems"]?.kind, Double(items.count) < minimum {
        errors.append("\(path): too few items")
      }
      if schema["uniqueItems"]?.kind == .bool(true),
        Set(items.map(JSONWriter.compact)).count != items.count
      {
        errors.append("\(path): items repeat")
      }
      if let itemSchema = schema["items"] {
        for (index, item) in items.enumerated() {
          validate(item, against: itemSchema, path: "\(path)[\(index)]", errors: &errors)
        }
      }
    }
    if case .object(let members) = value.kind {
      let properties = schema["properties"]
      if case .array(let required)? = schema["required"]?.kind {
        for case .string(let key) in required.map(\.kind)
        where !members.contains(where: { $0.key == key }) {
          errors.append("\(path): missing \(key)")
        }
      }
      for member in members {
        if let property = properties?[member.key] {
          validate(member.value, against: property, path: "\(path).\(member.key)", errors: &errors)
        } else if schema["additionalProperties"]?.kind == .bool(false) {
          errors.append("\(path): unexpected \(member.key)")
        }
      }
    }
  }

  private func matches(_ value: JSONValue, _ type: String) -> Bool {
    switch (type, value.kind) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool),
      ("null", .null):
      true
    case ("number", .number): true
    case ("integer", .number(let number)): number == number.rounded()
    default: false
    }
  }
}
