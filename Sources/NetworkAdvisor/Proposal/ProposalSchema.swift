/// The rule language's view of a proposal: the format's fields, plus facts the domain
/// derives once per proposal, each a field that rules read by name.
public enum ProposalSchema {
  /// Facts derived from the whole proposal, after the format's own fields.
  static let derivedProposalFields: [RecordType.Field] = [
    .init(
      "schoolsInNoKnot", .list(.string), "the names of the schools that take part in no knot",
      isDerived: true),
    .init(
      "islands", .list(.list(.string)),
      "groups of schools (by name) that never meet anyone outside their group through a knot; one group means one connected network",
      isDerived: true),
    .init(
      "facilitatedShare", .number,
      "the share of knots that are facilitated, from 0 to 1 (0 when there are no knots)",
      isDerived: true),
    .init(
      "knotTypesUsed", .list(.enumeration(ProposalFormat.knotType)),
      "the knot types of all knots, each once", isDerived: true),
    .init(
      "charactersUsed", .list(.enumeration(ProposalFormat.character)),
      "the characters of all knots (with defaults by type), each once", isDerived: true),
    .init(
      "highYieldUsed", .list(.enumeration(ProposalFormat.highYieldActivity)),
      "the high-yield activities that some knot carries out", isDerived: true),
    .init(
      "processesUsed", .list(.enumeration(ProposalFormat.learningProcess)),
      "the learning processes that some knot is designed for", isDerived: true),
    .init(
      "levelsUsed", .list(.enumeration(ProposalFormat.levelOfLearning)),
      "the levels of learning that some knot serves", isDerived: true),
    .init(
      "knowledgeUsed", .list(.enumeration(ProposalFormat.knowledgeField)),
      "the fields of knowledge that some knot draws on", isDerived: true),
    .init(
      "brokerageUsed", .list(.enumeration(ProposalFormat.brokerageRole)),
      "the brokerage roles that the local authority partners take on", isDerived: true),
  ]

  /// Facts derived for each school.
  static let derivedSchoolFields: [RecordType.Field] = [
    .init("knotCount", .number, "how many knots the school takes part in", isDerived: true),
    .init(
      "knotNames", .list(.string), "the names of the knots the school takes part in",
      isDerived: true),
  ]

  /// The record type rules are checked against.
  public static let recordType: RecordType = makeRecordType(
    ProposalFormat.proposal,
    extras: ["proposal": derivedProposalFields, "school": derivedSchoolFields])

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
