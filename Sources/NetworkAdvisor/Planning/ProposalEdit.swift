/// One small, meaningful change to a proposal, in the proposal's own terms: a change a
/// network could make to its design. No edit deletes a school, a knot or anything written.
///
/// Knots, leaders and partners are named by their position in the proposal; edits only
/// ever append, so positions stay valid from one edit to the next.
package enum ProposalEdit: Hashable, Sendable {
  /// Lists of a knot a network can add an item to.
  package enum KnotList: String, Hashable, Sendable, CaseIterable {
    case participants, levels, processes, knowledge, highYield
  }

  /// Add a member school to a knot that names its schools.
  case addSchool(knot: Int, school: String)
  /// Let a knot that names its schools take in every member school.
  case openKnot(knot: Int)
  /// Give a knot a facilitator or active support.
  case facilitate(knot: Int)
  /// Raise how often a knot meets, to a number of meetings a year.
  case meetOften(knot: Int, perYear: Int)
  /// Plan a knot to run for longer, in months.
  case runLonger(knot: Int, months: Int)
  /// Add an item to one of a knot's lists (a participant role, a level of learning, a
  /// process, a field of knowledge, a high-yield activity).
  case addToKnot(knot: Int, list: KnotList, item: String)
  /// Mark the purpose of each of these knots as one its members must write: what the group
  /// is for. One round of the groups' own writing.
  case writeKnotPurposes(knots: [Int])
  /// Add a facilitated knot of a type, for every member school, meeting through the year.
  case addKnot(type: String, participant: String)
  /// Add a leader from a member school that does not yet lead, with days a month.
  case addLeader(school: String)
  /// Give a leader more days a month for the network.
  case moreDays(leader: Int, daysPerMonth: Int)
  /// Write a plan for managing the network.
  case writeManagementPlan
  /// Share the leadership between schools (co-leadership or distributed).
  case shareLeadership(model: String)
  /// Add a partner of a kind the network does not have.
  case addPartner(kind: String)
  /// Give a local-authority partner a brokerage role.
  case addBrokerage(partner: Int, role: String)
  /// Mark an unanswered statement (`participation`, `principles` or `purpose`) as one the
  /// network must write itself.
  case markToWrite(section: String, key: String)
  /// Mark every statement of a section (`participation` or `principles`) not yet written
  /// as one the network must write itself: one sitting of the network's writing.
  case markSectionToWrite(section: String, keys: [String])

  /// The operator this edit is an instance of: the key of its cost in `plan.costs`.
  package var operatorID: String {
    switch self {
    case .addSchool: "add-school-to-knot"
    case .openKnot: "open-knot-to-all-schools"
    case .facilitate: "make-knot-facilitated"
    case .meetOften: "raise-meetings-per-year"
    case .runLonger: "raise-months"
    case .addToKnot(_, let list, _):
      switch list {
      case .participants: "add-participant-role"
      case .levels: "add-level"
      case .processes: "add-process"
      case .knowledge: "add-field-of-knowledge"
      case .highYield: "add-high-yield-activity"
      }
    case .writeKnotPurposes: "write-knot-purposes"
    case .addKnot: "add-knot"
    case .addLeader: "add-leader"
    case .moreDays: "raise-leader-days"
    case .writeManagementPlan: "write-management-plan"
    case .shareLeadership: "share-leadership"
    case .addPartner: "add-partner"
    case .addBrokerage: "add-brokerage-role"
    case .markToWrite(let section, _):
      section == "participation"
        ? "write-participation-answer"
        : section == "principles" ? "write-principle" : "write-purpose"
    case .markSectionToWrite(let section, _):
      section == "participation" ? "write-participation-answers" : "write-principles"
    }
  }

  /// Every operator's id, for checking that the cost file declares each once.
  package static let operatorIDs = [
    "add-school-to-knot", "open-knot-to-all-schools", "make-knot-facilitated",
    "raise-meetings-per-year", "raise-months", "add-participant-role", "add-level",
    "add-process", "add-field-of-knowledge", "add-high-yield-activity", "add-knot",
    "add-leader", "raise-leader-days", "write-management-plan", "share-leadership",
    "add-partner", "add-brokerage-role", "write-participation-answer",
    "write-participation-answers", "write-principle", "write-principles", "write-purpose",
    "write-knot-purposes",
  ]

  /// The text put where the network must write an answer itself. The rules read it as
  /// given (it is not one of the placeholder phrases), and it reads as a task to do.
  package static func marker(_ what: String) -> String { "[to be written by the network: \(what)]" }

  /// The proposal with this edit made, or `nil` when it does not apply (the knot has no
  /// such position, the item is there already, the school already leads).
  package func applied(to proposal: JSONValue) -> JSONValue? {
    switch self {
    case .addSchool, .openKnot, .facilitate, .meetOften, .runLonger, .addToKnot, .addKnot,
      .writeKnotPurposes:
      appliedToKnots(to: proposal)
    case .addLeader, .moreDays, .writeManagementPlan, .shareLeadership:
      appliedToLeadership(to: proposal)
    case .addPartner, .addBrokerage, .markToWrite, .markSectionToWrite:
      appliedToPartnersAndStatements(to: proposal)
    }
  }

  /// The proposal with an edit of its knots made.
  private func appliedToKnots(to proposal: JSONValue) -> JSONValue? {
    switch self {
    case .addSchool(let index, let school):
      return editingKnot(index, in: proposal) { knot in
        guard let schools = knot["schools"]?.items.compactMap(\.text), !schools.contains(school)
        else { return nil }
        return knot.updatingArray("schools") { $0.append(.string(school)) }
      }
    case .openKnot(let index):
      return editingKnot(index, in: proposal) { knot in
        knot["schools"] == nil ? nil : knot.removing("schools")
      }
    case .facilitate(let index):
      return editingKnot(index, in: proposal) { knot in
        knot["facilitated"]?.kind == .bool(true)
          ? nil : knot.setting("facilitated", to: JSONValue(.bool(true)))
      }
    case .meetOften(let index, let count):
      return editingKnot(index, in: proposal) { knot in
        (knot["meetingsPerYear"]?.number ?? 0) >= Double(count)
          ? nil : knot.setting("meetingsPerYear", to: .integer(count))
      }
    case .runLonger(let index, let months):
      return editingKnot(index, in: proposal) { knot in
        (knot["months"]?.number ?? 0) >= Double(months)
          ? nil : knot.setting("months", to: .integer(months))
      }
    case .addToKnot(let index, let list, let item):
      return editingKnot(index, in: proposal) { knot in
        let key = list.rawValue
        if knot[key]?.items.contains(where: { $0.text == item }) == true { return nil }
        return knot.updatingArray(key) { $0.append(.string(item)) }
      }
    case .writeKnotPurposes(let indices):
      var knots = proposal["knots"]?.items ?? []
      let text = Self.marker("what the knot is for")
      guard !indices.isEmpty,
        indices.allSatisfy({ knots.indices.contains($0) && knots[$0]["purpose"]?.text != text })
      else { return nil }
      for index in indices { knots[index] = knots[index].setting("purpose", to: .string(text)) }
      return proposal.setting("knots", to: JSONValue(.array(knots)))
    case .addKnot(let type, let participant):
      let knot = JSONValue(
        .object([
          JSONMember(key: "name", value: .string(Self.marker("a name for the new \(type) knot"))),
          JSONMember(key: "type", value: .string(type)),
          JSONMember(key: "participants", value: .strings([participant])),
          JSONMember(key: "facilitated", value: JSONValue(.bool(true))),
          JSONMember(key: "meetingsPerYear", value: .integer(Self.newKnotMeetings)),
          JSONMember(key: "months", value: .integer(Self.newKnotMonths)),
          JSONMember(key: "purpose", value: .string(Self.marker("what the knot is for"))),
        ]))
      return proposal.updatingArray("knots") { $0.append(knot) }
    default: return nil
    }
  }

  /// The proposal with an edit of its leadership made.
  private func appliedToLeadership(to proposal: JSONValue) -> JSONValue? {
    switch self {
    case .addLeader(let school):
      let leadership = proposal["leadership"] ?? JSONValue(.object([]))
      let leaders = leadership["leaders"]?.items ?? []
      guard !leaders.contains(where: { $0["school"]?.text == school }) else { return nil }
      let leader = JSONValue(
        .object([
          JSONMember(key: "name", value: .string(Self.marker("a leader from \(school)"))),
          JSONMember(key: "school", value: .string(school)),
          JSONMember(key: "role", value: .string("co-leader")),
          JSONMember(key: "daysPerMonth", value: .integer(Self.newLeaderDays)),
        ]))
      return proposal.setting(
        "leadership", to: leadership.updatingArray("leaders") { $0.append(leader) })
    case .moreDays(let index, let days):
      guard let leadership = proposal["leadership"] else { return nil }
      var leaders = leadership["leaders"]?.items ?? []
      guard leaders.indices.contains(index),
        (leaders[index]["daysPerMonth"]?.number ?? 0) < Double(days)
      else { return nil }
      leaders[index] = leaders[index].setting("daysPerMonth", to: .integer(days))
      return proposal.setting(
        "leadership", to: leadership.setting("leaders", to: JSONValue(.array(leaders))))
    case .writeManagementPlan:
      let leadership = proposal["leadership"] ?? JSONValue(.object([]))
      guard leadership["managementPlan"]?.kind != .bool(true) else { return nil }
      return proposal.setting(
        "leadership", to: leadership.setting("managementPlan", to: JSONValue(.bool(true))))
    case .shareLeadership(let model):
      let leadership = proposal["leadership"] ?? JSONValue(.object([]))
      guard leadership["model"]?.text != model else { return nil }
      return proposal.setting("leadership", to: leadership.setting("model", to: .string(model)))
    default: return nil
    }
  }

  /// The proposal with an edit of its partners or statements made.
  private func appliedToPartnersAndStatements(to proposal: JSONValue) -> JSONValue? {
    switch self {
    case .addPartner(let kind):
      guard !(proposal["partners"]?.items ?? []).contains(where: { $0["kind"]?.text == kind })
      else { return nil }
      let partner = JSONValue(
        .object([
          JSONMember(key: "kind", value: .string(kind)),
          JSONMember(key: "name", value: .string(Self.marker("the \(kind) partner's name"))),
        ]))
      return proposal.updatingArray("partners") { $0.append(partner) }
    case .addBrokerage(let index, let role):
      var partners = proposal["partners"]?.items ?? []
      guard partners.indices.contains(index), partners[index]["kind"]?.text == "local-authority",
        !(partners[index]["brokerage"]?.items ?? []).contains(where: { $0.text == role })
      else { return nil }
      partners[index] = partners[index].updatingArray("brokerage") { $0.append(.string(role)) }
      return proposal.setting("partners", to: JSONValue(.array(partners)))
    case .markToWrite(let section, let key):
      let object = proposal[section] ?? JSONValue(.object([]))
      let text = Self.marker(Self.statementNames[key] ?? key)
      guard object[key]?.text != text else { return nil }
      return proposal.setting(section, to: object.setting(key, to: .string(text)))
    case .markSectionToWrite(let section, let keys):
      var object = proposal[section] ?? JSONValue(.object([]))
      for key in keys {
        let text = Self.marker(Self.statementNames[key] ?? key)
        guard object[key]?.text != text else { return nil }
        object = object.setting(key, to: .string(text))
      }
      return keys.count < 2 ? nil : proposal.setting(section, to: object)
    default: return nil
    }
  }

  /// Meetings a year of a knot the plan adds: twice a term.
  static let newKnotMeetings = 6
  /// Months a knot the plan adds is planned for: two school years.
  static let newKnotMonths = 24
  /// Days a month of a leader the plan adds.
  static let newLeaderDays = 2

  /// What each statement a network may be asked to write is, in plain words.
  static let statementNames = [
    "who": "who takes part", "why": "why they take part", "how": "how they take part",
    "when": "when they take part", "purposes": "for what purposes",
    "duration": "for how long", "moral-purpose": "how the network lives its moral purpose",
    "shared-leadership": "how leadership is shared",
    "enquiry-based-practice": "how practice is based on enquiry",
    "model-of-learning": "the model of learning the network uses",
    "idea": "the compelling idea the network is designed around",
    "pupilLearningFocus": "the shared focus for pupil learning",
    "commonInterest": "the common interest that unites the schools",
  ]

  private func editingKnot(
    _ index: Int, in proposal: JSONValue, _ change: (JSONValue) -> JSONValue?
  ) -> JSONValue? {
    var knots = proposal["knots"]?.items ?? []
    guard knots.indices.contains(index), let knot = change(knots[index]) else { return nil }
    knots[index] = knot
    return proposal.setting("knots", to: JSONValue(.array(knots)))
  }
}
