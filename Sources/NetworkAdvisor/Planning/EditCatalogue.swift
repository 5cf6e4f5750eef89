/// Which edits might mend a failing rule: the operators that change the proposal fields the
/// rule reads (directly, or through the facts it reads), made concrete for one proposal.
///
/// Works with any framework written in the rule language: rules are read for the names
/// they use, facts are followed to the fields their definitions read, and the fields map to
/// operators in `operatorsByName`.
package struct EditCatalogue: Sendable {
  /// The framework whose rules choose the candidates.
  package let framework: Framework

  /// Makes a catalogue for a framework.
  package init(framework: Framework) { self.framework = framework }

  /// The phrases the framework takes for no answer (its `placeholder_phrases`, none if it
  /// declares none): a knot's purpose made only of them is one its members must still write.
  private var placeholderPhrases: [String] {
    framework.constants.first { $0.name == "placeholder_phrases" }?.value.listValue.map(
      \.stringValue) ?? []
  }

  /// The proposal fields and derived facts an operator changes, by the name rules read.
  static let operatorsByName: [String: [String]] = {
    let schoolOperators = ["add-school-to-knot", "open-knot-to-all-schools", "add-knot"]
    var table: [String: [String]] = [
      "meetingsPerYear": ["raise-meetings-per-year"], "months": ["raise-months"],
      "schools": schoolOperators, "schoolsInNoKnot": schoolOperators, "islands": schoolOperators,
      "knotCount": schoolOperators, "knotNames": schoolOperators,
      "facilitated": ["make-knot-facilitated"], "facilitatedShare": ["make-knot-facilitated"],
      "participants": ["add-participant-role"],
      "levels": ["add-level"], "levelsUsed": ["add-level"],
      "processes": ["add-process"], "processesUsed": ["add-process"],
      "knowledge": ["add-field-of-knowledge"], "knowledgeUsed": ["add-field-of-knowledge"],
      "highYield": ["add-high-yield-activity"], "highYieldUsed": ["add-high-yield-activity"],
      "knots": ["add-knot"], "type": ["add-knot"], "character": ["add-knot"],
      "knotTypesUsed": ["add-knot"], "charactersUsed": ["add-knot"],
      "leaders": ["add-leader", "raise-leader-days"], "school": ["add-leader"],
      "daysPerMonth": ["raise-leader-days"], "managementPlan": ["write-management-plan"],
      "model": ["share-leadership"],
      "partners": ["add-partner", "add-brokerage-role"], "kind": ["add-partner"],
      "brokerage": ["add-brokerage-role"], "brokerageUsed": ["add-brokerage-role"],
      "participation": ["write-participation-answer", "write-participation-answers"],
      "principles": ["write-principle", "write-principles"],
      "purpose": ["write-purpose", "write-knot-purposes"],
    ]
    for field in ProposalFormat.participation.fields {
      table[field.name, default: []].append("write-participation-answer")
    }
    for field in ProposalFormat.principles.fields {
      table[field.name, default: []].append("write-principle")
    }
    for field in ProposalFormat.purpose.fields {
      table[field.name, default: []].append("write-purpose")
    }
    return table
  }()

  /// The names a rule reads in its condition and applicability, and those the facts it
  /// reads read in turn.
  package func names(readBy rule: Rule) -> Set<String> {
    var wanted = framework.namesRead(by: rule)
    // A named list (`three-fields-of-knowledge`) stands for its items.
    for constant in framework.constants where wanted.contains(constant.name) {
      for item in constant.value.listValue { wanted.insert(item.stringValue) }
    }
    return wanted
  }

  /// The operators that change what rules reading `names` read.
  package static func operators(reading names: Set<String>) -> Set<String> {
    Set(names.flatMap { operatorsByName[$0] ?? [] })
  }

  /// The concrete edits that apply to a proposal and change what rules reading `names`
  /// read. An item added to a knot's list is one the rules name, when they name any of
  /// that list's items (participant roles of staff are always tried).
  package func edits(reading names: Set<String>, for proposal: JSONValue) -> [ProposalEdit] {
    let operators = Self.operators(reading: names)
    let schoolIDs = (proposal["schools"]?.items ?? []).compactMap { $0["id"]?.text }
    let leastInvolved = Self.leastInvolvedFirst(schoolIDs, in: proposal)
    var edits = knotEdits(
      operators: operators, names: names, proposal: proposal, leastInvolved: leastInvolved)
    edits += leadershipEdits(operators: operators, proposal: proposal, leastInvolved: leastInvolved)
    edits += partnerAndStatementEdits(operators: operators, proposal: proposal)
    return edits.filter { $0.applied(to: proposal) != nil }
  }

  /// The member schools, those named in the fewest knots first.
  static func leastInvolvedFirst(_ schoolIDs: [String], in proposal: JSONValue) -> [String] {
    let knots = proposal["knots"]?.items ?? []
    // How many knots each school is named in, so that the least involved are asked first.
    var involvement: [String: Int] = [:]
    for knot in knots {
      for id in knot["schools"]?.items.compactMap(\.text) ?? schoolIDs {
        involvement[id, default: 0] += 1
      }
    }
    return schoolIDs.enumerated().sorted {
      (involvement[$0.element] ?? 0, $0.offset) < (involvement[$1.element] ?? 0, $1.offset)
    }.map(\.element)
  }

  /// Edits of the knots, and new knots.
  private func knotEdits(
    operators: Set<String>, names: Set<String>, proposal: JSONValue, leastInvolved: [String]
  ) -> [ProposalEdit] {
    var edits: [ProposalEdit] = []
    let schoolIDs = (proposal["schools"]?.items ?? []).compactMap { $0["id"]?.text }
    let knots = proposal["knots"]?.items ?? []
    for (index, knot) in knots.enumerated() {
      let named = knot["schools"]?.items.compactMap(\.text)
      if operators.contains("add-school-to-knot"), let named {
        let outside = leastInvolved.filter { !named.contains($0) }
        edits += outside.prefix(Self.schoolsTriedPerKnot).map {
          .addSchool(knot: index, school: $0)
        }
      }
      if operators.contains("open-knot-to-all-schools"), let named, named.count < schoolIDs.count {
        edits.append(.openKnot(knot: index))
      }
      if operators.contains("make-knot-facilitated") { edits.append(.facilitate(knot: index)) }
      if operators.contains("raise-meetings-per-year") {
        edits += Self.meetingSteps.map { .meetOften(knot: index, perYear: $0) }
      }
      if operators.contains("raise-months") {
        edits += Self.monthSteps.map { .runLonger(knot: index, months: $0) }
      }
      guard Self.isSubstantive(knot, memberCount: schoolIDs.count) else { continue }
      for list in ProposalEdit.KnotList.allCases {
        guard operators.contains(ProposalEdit.addToKnot(knot: 0, list: list, item: "").operatorID)
        else { continue }
        let items = Self.items(of: list)
        let named = items.filter { names.contains($0) }
        let tried = named.isEmpty ? items : list == .participants ? Self.staffRoles + named : named
        edits += items.filter { tried.contains($0) }.map {
          .addToKnot(knot: index, list: list, item: $0)
        }
      }
    }
    if operators.contains("write-knot-purposes") {
      let unwritten = knots.indices.filter { index in
        let purpose = knots[index]["purpose"]?.text ?? ""
        return BuiltinFunction.isPlaceholder(purpose, phrases: placeholderPhrases)
      }
      if !unwritten.isEmpty { edits.append(.writeKnotPurposes(knots: unwritten)) }
    }
    if operators.contains("add-knot") {
      edits += ProposalFormat.knotType.cases.map(\.value).map {
        .addKnot(type: $0, participant: $0 == "collective-planning" ? "headteachers" : "teachers")
      }
    }
    return edits
  }

  /// Edits of the leadership.
  private func leadershipEdits(
    operators: Set<String>, proposal: JSONValue, leastInvolved: [String]
  ) -> [ProposalEdit] {
    var edits: [ProposalEdit] = []
    let leaders = proposal["leadership"]?["leaders"]?.items ?? []
    if operators.contains("add-leader") {
      let leading = Set(leaders.compactMap { $0["school"]?.text })
      let candidates = leastInvolved.reversed().filter { !leading.contains($0) }
      edits += candidates.prefix(Self.leadersTried).map { .addLeader(school: $0) }
    }
    if operators.contains("raise-leader-days") {
      for (index, leader) in leaders.enumerated() {
        let now = Int(leader["daysPerMonth"]?.number ?? 0)
        edits += (1...3).map { .moreDays(leader: index, daysPerMonth: now + $0) }
      }
    }
    if operators.contains("write-management-plan") { edits.append(.writeManagementPlan) }
    if operators.contains("share-leadership") {
      edits += ["co-leadership", "distributed"].map { .shareLeadership(model: $0) }
    }
    return edits
  }

  /// Edits of the partners, and statements marked to be written.
  private func partnerAndStatementEdits(operators: Set<String>, proposal: JSONValue)
    -> [ProposalEdit]
  {
    var edits: [ProposalEdit] = []
    let partners = proposal["partners"]?.items ?? []
    if operators.contains("add-partner") {
      edits += ["local-authority", "higher-education", "community"].map { .addPartner(kind: $0) }
    }
    if operators.contains("add-brokerage-role") {
      for index in partners.indices {
        edits += ProposalFormat.brokerageRole.cases.map {
          .addBrokerage(partner: index, role: $0.value)
        }
      }
    }
    let statements = [
      ("participation", "write-participation-answer", ProposalFormat.participation),
      ("principles", "write-principle", ProposalFormat.principles),
      ("purpose", "write-purpose", ProposalFormat.purpose),
    ]
    for (section, id, shape) in statements where operators.contains(id) {
      edits += shape.fields.map { .markToWrite(section: section, key: $0.name) }
      // Every statement of the section not yet written, in one sitting.
      let unwritten = shape.fields.map(\.name).filter { key in
        let text = proposal[section]?[key]?.text ?? ""
        return text.count < Self.shortestAnswer && text != ProposalEdit.marker(key)
      }
      if section != "purpose" {
        edits.append(.markSectionToWrite(section: section, keys: unwritten))
      }
    }
    return edits
  }

  /// Statements shorter than this (such as "TBC" or "n/a") are taken as not yet written when
  /// a whole section is marked for writing; longer ones are left as the network wrote them.
  static let shortestAnswer = 20

  /// How many schools outside a knot are tried for it, the least involved first.
  static let schoolsTriedPerKnot = 3
  /// How many schools not yet leading are tried for a new leader, the most involved first.
  static let leadersTried = 3
  /// The meetings a year a knot may be raised to: once a term, twice a term.
  static let meetingSteps = [3, 6]
  /// The months a knot may be planned for: a school year, two, three.
  static let monthSteps = [12, 24, 36]

  /// Whether a knot is substantive enough to carry a new role, level, process, field of
  /// knowledge or activity: people from two or more schools, meeting at least once a term
  /// for at least a school year. A tick on a knot that is not is a wish, not a design.
  static func isSubstantive(_ knot: JSONValue, memberCount: Int) -> Bool {
    let schools = knot["schools"]?.items.count ?? memberCount
    return schools >= 2 && (knot["meetingsPerYear"]?.number ?? 0) >= 3
      && (knot["months"]?.number ?? 0) >= 12
  }

  /// The roles of a school's staff.
  static let staffRoles = [
    "teachers", "support-staff", "middle-leaders", "senior-leaders", "headteachers",
  ]

  /// The items a knot's list may gain, from the format.
  static func items(of list: ProposalEdit.KnotList) -> [String] {
    switch list {
    case .participants: ProposalFormat.participantRole.cases.map(\.value)
    case .levels: ProposalFormat.levelOfLearning.cases.map(\.value)
    case .processes: ProposalFormat.learningProcess.cases.map(\.value)
    case .knowledge: ProposalFormat.knowledgeField.cases.map(\.value)
    case .highYield: ProposalFormat.highYieldActivity.cases.map(\.value)
    }
  }
}
