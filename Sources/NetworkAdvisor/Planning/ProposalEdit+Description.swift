extension ProposalEdit {
  /// The edit in plain language, naming the knot, school, leader, partner or statement, as
  /// made to `proposal` (the proposal before the edit).
  package func description(in proposal: JSONValue) -> String {
    /// The item at `index` of one of the proposal's lists, if there is one.
    func item(_ index: Int, of list: JSONValue?) -> JSONValue? {
      let items = list?.items ?? []
      return items.indices.contains(index) ? items[index] : nil
    }
    let knots = proposal["knots"]
    func knot(_ index: Int) -> String {
      guard let knot = item(index, of: knots) else { return "a new knot" }
      return "\"\(knot["name"]?.text ?? "knot \(index + 1)")\""
    }
    func school(_ id: String) -> String {
      let school = (proposal["schools"]?.items ?? []).first { $0["id"]?.text == id }
      return school?["name"]?.text ?? id
    }
    switch self {
    case .addSchool(let index, let id): return "Bring \(school(id)) into \(knot(index))."
    case .openKnot(let index): return "Open \(knot(index)) to every member school."
    case .facilitate(let index): return "Give \(knot(index)) a facilitator or active support."
    case .meetOften(let index, let count):
      let now = item(index, of: knots)?["meetingsPerYear"]?.number ?? 0
      return "Have \(knot(index)) meet \(count) times a year (now \(NumberText.plain(now)))."
    case .runLonger(let index, let months):
      let now = item(index, of: knots)?["months"]?.number
      let was = now.map { " (now \(NumberText.plain($0)))" } ?? " (now not given)"
      return "Plan \(knot(index)) to run for \(months) months\(was)."
    case .addToKnot(let index, let list, let item):
      let what = Self.addition(of: item, to: list)
      return "In \(knot(index)), \(what)."
    case .writeKnotPurposes(let indices): return Self.purposesDescription(indices.map(knot))
    case .addKnot(let type, let participant):
      return
        "Add a facilitated \(type) knot for every member school, with \(participant), meeting "
        + "\(Self.newKnotMeetings) times a year for \(Self.newKnotMonths) months (its name and "
        + "purpose to be written by the network)."
    case .addLeader(let id):
      return
        "Add a co-leader from \(school(id)) giving \(Self.newLeaderDays) days a month "
        + "(to be named by the network)."
    case .moreDays(let index, let days):
      let leader = item(index, of: proposal["leadership"]?["leaders"])
      let name = leader?["name"]?.text
      let now = leader?["daysPerMonth"]?.number ?? 0
      return
        "Give \(name ?? "leader \(index + 1)") \(days) days a month for the network (now \(NumberText.plain(now)))."
    case .writeManagementPlan:
      return "Write a plan for managing the network (meetings, budget, roles)."
    case .shareLeadership(let model): return "Share the leadership: make the model \(model)."
    case .addPartner(let kind): return "Bring in a \(kind) partner (to be named by the network)."
    case .addBrokerage(let index, let role):
      let name = item(index, of: proposal["partners"])?["name"]?.text
      return "Ask \(name ?? "the local authority") to take on the \(role) brokerage role."
    case .markSectionToWrite, .markToWrite: return statementDescription
    }
  }

  /// The description of an edit that marks the purposes of the knots named for their
  /// members to write.
  static func purposesDescription(_ knots: [String]) -> String {
    "Say with the members of \(knots.joined(separator: ", ")) what each group is for; the plan "
      + "marks each purpose \"\(marker("what the knot is for"))\" for them to write."
  }

  /// What adding `item` to a knot's `list` does, as the end of a sentence.
  static func addition(of item: String, to list: KnotList) -> String {
    switch list {
    case .participants: "bring in \(item) as participants"
    case .levels: "work at the \(item) level of learning"
    case .processes: "design it for \(item)"
    case .knowledge: "draw on \(item)"
    case .highYield: "carry out \(item)"
    }
  }

  /// The description of an edit that marks statements for the network to write.
  private var statementDescription: String {
    switch self {
    case .markSectionToWrite(let section, let keys):
      let names = keys.map { Self.statementNames[$0] ?? $0 }
      return
        "Write the \(section) statements not yet written (\(names.joined(separator: "; "))); the "
        + "plan marks each \"\(Self.marker("…"))\" for the network to write."
    case .markToWrite(let section, let key):
      return
        "Write \(Self.statementNames[key] ?? key) (\(section).\(key)); the plan marks it "
        + "\"\(Self.marker(Self.statementNames[key] ?? key))\" for the network to write."
    default: return ""
    }
  }
}
