import Testing

@testable import NetworkAdvisor

/// The proposal's typed view takes its slots from the format's one declaration, and reads
/// a record of another shape without trapping.
@Suite struct ProposalLayoutTests {
  @Test func theFormatDeclaresEveryFieldTheViewReads() throws {
    let layout = try Proposal.Layout(
      proposal: ProposalFormat.proposal, school: ProposalFormat.school,
      knot: ProposalFormat.knot, partner: ProposalFormat.partner)
    #expect(layout.knotType == ProposalFormat.knot.slot(of: "type"))
    #expect(layout.schools == Proposal.Layout.shared.schools)
    #expect(layout.partnerBrokerage == ProposalFormat.partner.slot(of: "brokerage"))
  }

  /// A format that lost a field the view reads is named, with the line declaring the
  /// object that lacks it.
  @Test func aMissingFieldIsNamedWhereItsObjectIsDeclared() {
    let knot = ProposalFormat.knot
    let withoutType = ObjectShape(
      name: knot.name, summary: knot.summary, fields: knot.fields.filter { $0.name != "type" })
    #expect(throws: Proposal.Layout.MissingField.self) {
      try Proposal.Layout(
        proposal: ProposalFormat.proposal, school: ProposalFormat.school, knot: withoutType,
        partner: ProposalFormat.partner)
    }
    do throws(Proposal.Layout.MissingField) {
      _ = try Proposal.Layout(
        proposal: ProposalFormat.proposal, school: ProposalFormat.school, knot: withoutType,
        partner: ProposalFormat.partner)
    } catch {
      #expect(error.name == "type")
      #expect(error.description.hasPrefix("NetworkAdvisorTests/ProposalLayoutTests.swift:"))
      #expect(error.description.contains("declares no field 'type'"))
    }
    #expect(ProposalFormat.knot.declaration.hasPrefix("NetworkAdvisor/ProposalFormat.swift:"))
  }

  /// Records of other shapes: nothing, a number for the schools, a school with one field,
  /// a knot that is not a record.
  static let wrongRecords: [(String, [Value])] = {
    let fields = Fixtures.riverside.fields
    let layout = Proposal.Layout.shared
    var wrongType = fields
    wrongType[layout.schools] = .number(3)
    var shortSchool = fields
    shortSchool[layout.schools] = .list([.record([.string("only-an-id")])])
    var knotText = fields
    knotText[layout.knots] = .list([.string("a knot")])
    return [
      ("no fields", []), ("a number for the schools", wrongType),
      ("a school with one field", shortSchool), ("a knot that is text", knotText),
    ]
  }()

  @Test(arguments: wrongRecords.indices)
  func aRecordOfAnotherShapeGivesEmptyValues(_ index: Int) {
    let (name, fields) = Self.wrongRecords[index]
    let proposal = Proposal(fields: fields)
    switch name {
    case "no fields":
      #expect(proposal.name.isEmpty && proposal.schools.isEmpty && proposal.knots.isEmpty)
    case "a school with one field":
      #expect(proposal.schools == [.init(id: "only-an-id", name: "", phase: "")])
    case "a knot that is text":
      #expect(proposal.knots.map(\.name) == [""])
    default:
      #expect(proposal.schools.isEmpty)
    }
    #expect(Fixtures.framework.layoutProblem(of: fields) != nil)
  }
}
