/// The rule language's view of a proposal: the format's fields, plus facts the domain
/// derives once per proposal, each a field that rules read by name.
public enum ProposalSchema {
  /// The record type rules are checked against.
  public static let recordType: RecordType = makeRecordType(
    ProposalFormat.proposal,
    extras: [
      "proposal": DerivedFacts.facts(at: .proposal).map(\.field),
      "school": DerivedFacts.facts(at: .school).map(\.field),
    ])

  private static func makeRecordType(_ shape: ObjectShape, extras: [String: [RecordType.Field]])
    -> RecordType
  {
    let fields = shape.fields.map { field in
      RecordType.Field(field.name, valueType(of: field.shape, extras: extras), field.summary)
    }
    return RecordType(
      name: shape.name == "proposal" ? "proposal" : "a \(shape.name)",
      fields: fields + (extras[shape.name] ?? []))
  }

  private static func valueType(of shape: FieldShape, extras: [String: [RecordType.Field]])
    -> ValueType
  {
    switch shape {
    case .text, .schoolReference: .string
    case .number: .number
    case .boolean: .bool
    case .choice(let type): .enumeration(type)
    case .list(let element, _): .list(valueType(of: element, extras: extras))
    case .object(let object): .record(makeRecordType(object, extras: extras))
    }
  }
}
