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

  /// Builds the view from the format's fields in declared order. A record of another
  /// shape (too few fields, a value of another kind) gives empty values where it does not
  /// fit, never a trap: the reader only makes records of the format's shape, and the rules
  /// refuse any other (see ``Framework/layoutProblem(of:)``).
  init(fields: [Value]) {
    let layout = Layout.shared
    func field(_ record: [Value], _ slot: Int) -> Value {
      record.indices.contains(slot) ? record[slot] : .list([])
    }
    func records(_ slot: Int) -> [[Value]] {
      field(fields, slot).listValue.map { item in
        if case .record(let itemFields) = item { return itemFields }
        return []
      }
    }
    func strings(_ record: [Value], _ slot: Int) -> [String] {
      field(record, slot).listValue.map(\.stringValue)
    }
    name = field(fields, layout.name).stringValue
    schools = records(layout.schools).map {
      School(
        id: field($0, layout.schoolID).stringValue, name: field($0, layout.schoolName).stringValue,
        phase: field($0, layout.schoolPhase).stringValue)
    }
    knots = records(layout.knots).map {
      Knot(
        name: field($0, layout.knotName).stringValue, type: field($0, layout.knotType).stringValue,
        character: field($0, layout.knotCharacter).stringValue,
        schools: strings($0, layout.knotSchools),
        isFacilitated: field($0, layout.knotFacilitated).boolValue,
        highYield: strings($0, layout.knotHighYield), processes: strings($0, layout.knotProcesses),
        levels: strings($0, layout.knotLevels), knowledge: strings($0, layout.knotKnowledge))
    }
    partners = records(layout.partners).map {
      Partner(
        kind: field($0, layout.partnerKind).stringValue,
        name: field($0, layout.partnerName).stringValue,
        brokerage: strings($0, layout.partnerBrokerage))
    }
  }

  /// Slots of the fields the view reads, looked up once from the format description
  /// (``ProposalFormat``), the one place the fields are declared.
  struct Layout: Sendable {
    /// The layout of ``ProposalFormat``. A format that lost a field the view reads stops
    /// the tool the first time a proposal is read, with a message naming the field and
    /// the line that declares its object; `ProposalLayoutTests` resolves it, so such a
    /// format fails its tests before it ships.
    static let shared: Layout = {
      do throws(MissingField) {
        return try Layout(
          proposal: ProposalFormat.proposal, school: ProposalFormat.school,
          knot: ProposalFormat.knot, partner: ProposalFormat.partner)
      } catch {
        preconditionFailure(error.description)
      }
    }()

    /// A field the view reads that an object of the format does not declare.
    struct MissingField: Error, CustomStringConvertible {
      /// The field's key.
      let name: String
      /// The object that lacks it.
      let shape: ObjectShape

      var description: String {
        "\(shape.declaration): error: the \(shape.name) object declares no field '\(name)', which the proposal's typed view (Proposal.Layout) reads"
      }
    }

    let name, schools, knots, partners: Int
    let schoolID, schoolName, schoolPhase: Int
    let knotName, knotType, knotCharacter, knotSchools, knotFacilitated: Int
    let knotHighYield, knotProcesses, knotLevels, knotKnowledge: Int
    let partnerKind, partnerName, partnerBrokerage: Int

    /// Resolves every slot the view reads from the objects' declarations.
    /// - Throws: the first field one of them does not declare.
    init(proposal: ObjectShape, school: ObjectShape, knot: ObjectShape, partner: ObjectShape)
      throws(MissingField)
    {
      func slot(_ name: String, of shape: ObjectShape) throws(MissingField) -> Int {
        guard let slot = shape.slot(of: name) else { throw MissingField(name: name, shape: shape) }
        return slot
      }
      name = try slot("name", of: proposal)
      schools = try slot("schools", of: proposal)
      knots = try slot("knots", of: proposal)
      partners = try slot("partners", of: proposal)
      schoolID = try slot("id", of: school)
      schoolName = try slot("name", of: school)
      schoolPhase = try slot("phase", of: school)
      knotName = try slot("name", of: knot)
      knotType = try slot("type", of: knot)
      knotCharacter = try slot("character", of: knot)
      knotSchools = try slot("schools", of: knot)
      knotFacilitated = try slot("facilitated", of: knot)
      knotHighYield = try slot("highYield", of: knot)
      knotProcesses = try slot("processes", of: knot)
      knotLevels = try slot("levels", of: knot)
      knotKnowledge = try slot("knowledge", of: knot)
      partnerKind = try slot("kind", of: partner)
      partnerName = try slot("name", of: partner)
      partnerBrokerage = try slot("brokerage", of: partner)
    }
  }
}
