/// A typed view of a read proposal, for derived facts and reports. It reads the fields
/// that ``ProposalReader`` produced, at slots taken from the format description.
package struct Proposal: Sendable {
  /// A member school.
  package struct School: Sendable, Equatable {
    /// Its id, unique in the proposal.
    package let id: String
    /// Its name.
    package let name: String
    /// Its phase; empty when not given.
    package let phase: String
  }

  /// A knot: where people from different schools meet.
  package struct Knot: Sendable, Equatable {
    /// Its name.
    package let name: String
    /// One of the five knot types.
    package let type: String
    /// Architectural or fluid, with the default by type filled in.
    package let character: String
    /// Member school ids; all schools when the proposal leaves it out.
    package let schools: [String]
    /// Whether it has facilitation or active support.
    package let isFacilitated: Bool
    /// The high-yield activities it carries out.
    package let highYield: [String]
    /// The learning processes it is designed for.
    package let processes: [String]
    /// The levels of learning it serves.
    package let levels: [String]
    /// The fields of knowledge it draws on.
    package let knowledge: [String]
  }

  /// A partner of the network.
  package struct Partner: Sendable, Equatable {
    /// Local authority, higher education, community or other.
    package let kind: String
    /// Its name.
    package let name: String
    /// For a local authority, the brokerage roles it takes on.
    package let brokerage: [String]
  }

  /// The network's name.
  package let name: String
  /// The member schools.
  package let schools: [School]
  /// The knots.
  package let knots: [Knot]
  /// The partners.
  package let partners: [Partner]

  /// Builds the view from the format's fields in declared order.
  init(fields: [Value]) {
    let layout = Layout.shared
    func record(_ value: Value) -> [Value] {
      if case .record(let fields) = value { return fields }
      return []
    }
    func strings(_ value: Value) -> [String] { value.listValue.map(\.stringValue) }
    name = fields[layout.name].stringValue
    schools = fields[layout.schools].listValue.map(record).map {
      School(
        id: $0[layout.schoolID].stringValue, name: $0[layout.schoolName].stringValue,
        phase: $0[layout.schoolPhase].stringValue)
    }
    knots = fields[layout.knots].listValue.map(record).map {
      Knot(
        name: $0[layout.knotName].stringValue, type: $0[layout.knotType].stringValue,
        character: $0[layout.knotCharacter].stringValue, schools: strings($0[layout.knotSchools]),
        isFacilitated: $0[layout.knotFacilitated].boolValue,
        highYield: strings($0[layout.knotHighYield]),
        processes: strings($0[layout.knotProcesses]), levels: strings($0[layout.knotLevels]),
        knowledge: strings($0[layout.knotKnowledge]))
    }
    partners = fields[layout.partners].listValue.map(record).map {
      Partner(
        kind: $0[layout.partnerKind].stringValue, name: $0[layout.partnerName].stringValue,
        brokerage: strings($0[layout.partnerBrokerage]))
    }
  }

  /// Slots of the fields the view reads, looked up once from the format description.
  struct Layout: Sendable {
    static let shared = Layout()

    let name, schools, knots, partners: Int
    let schoolID, schoolName, schoolPhase: Int
    let knotName, knotType, knotCharacter, knotSchools, knotFacilitated: Int
    let knotHighYield, knotProcesses, knotLevels, knotKnowledge: Int
    let partnerKind, partnerName, partnerBrokerage: Int

    private init() {
      let top = ProposalFormat.proposal
      let school = ProposalFormat.school
      let knot = ProposalFormat.knot
      let partner = ProposalFormat.partner
      name = top.slot(of: "name")!
      schools = top.slot(of: "schools")!
      knots = top.slot(of: "knots")!
      partners = top.slot(of: "partners")!
      schoolID = school.slot(of: "id")!
      schoolName = school.slot(of: "name")!
      schoolPhase = school.slot(of: "phase")!
      knotName = knot.slot(of: "name")!
      knotType = knot.slot(of: "type")!
      knotCharacter = knot.slot(of: "character")!
      knotSchools = knot.slot(of: "schools")!
      knotFacilitated = knot.slot(of: "facilitated")!
      knotHighYield = knot.slot(of: "highYield")!
      knotProcesses = knot.slot(of: "processes")!
      knotLevels = knot.slot(of: "levels")!
      knotKnowledge = knot.slot(of: "knowledge")!
      partnerKind = partner.slot(of: "kind")!
      partnerName = partner.slot(of: "name")!
      partnerBrokerage = partner.slot(of: "brokerage")!
    }
  }
}
