/// The rule language's view of a proposal: the format's fields, plus facts the domain
/// derives once per proposal, each a field that rules read by name.
package enum ProposalSchema {
  /// The record type rules are checked against, with no fields declared by rule layers.
  package static let recordType: RecordType = recordType(extensions: [])

  /// The record type rules are checked against, with the fields rule layers declare under
  /// each `extensions` object.
  package static func recordType(extensions: [ExtensionField]) -> RecordType {
    let extensionShapes = ProposalExtensions.shapes(for: extensions)
    let extras: [String: [RecordType.Field]] = [
      "proposal": DerivedFacts.facts(at: .proposal).map(\.field),
      "school": DerivedFacts.facts(at: .school).map(\.field),
    ]
    return makeRecordType(
      ProposalFormat.proposal, extras: extras, extensions: extensionShapes,
      declared: extensions)
  }

  private static func makeRecordType(
    _ shape: ObjectShape, extras: [String: [RecordType.Field]],
    extensions: [String: ObjectShape], declared: [ExtensionField]
  ) -> RecordType {
    func type(_ shape: FieldShape) -> ValueType {
      valueType(of: shape) {
        makeRecordType($0, extras: extras, extensions: extensions, declared: declared)
      }
    }
    var fields = shape.fields.map { field in
      RecordType.Field(field.name, type(field.shape), field.summary)
    }
    if let object = extensions[shape.name] {
      let level = ProposalExtensions.level(ofShape: shape.name) ?? shape.name
      // The declared types themselves, so that an enumeration is one object everywhere.
      let inner = RecordType(
        name: object.name,
        fields: declared.filter { $0.level == level }.map {
          RecordType.Field($0.name, $0.valueType, $0.summary)
        })
      fields.append(
        RecordType.Field(
          "extensions", .record(inner),
          "fields that rule layers declare with 'field \(level).NAME …'"))
    }
    return RecordType(
      name: shape.name == "proposal" ? "proposal" : "a \(shape.name)",
      fields: fields + (extras[shape.name] ?? []))
  }

  private static func valueType(of shape: FieldShape, record: (ObjectShape) -> RecordType)
    -> ValueType
  {
    switch shape {
    case .text, .schoolReference: .string
    case .number: .number
    case .boolean: .bool
    case .choice(let type): .enumeration(type)
    case .list(let element, _): .list(valueType(of: element, record: record))
    case .object(let object): .record(record(object))
    }
  }
}
