import Foundation

/// The questions of `network-advisor new`: a proposal built with a person, one answer at a
/// time, explained in the seed's words. Choices and their meanings come from the format
/// description, so the questionnaire cannot drift from what the reader accepts. With an
/// earlier proposal (`new --from`), each answer it holds is the question's default.
struct Questionnaire {
  let prompter: Prompter
  var earlier = EarlierAnswers.none

  /// Asks every question and returns the proposal as JSON, in the format's key order.
  func run() throws(Prompter.Stop) -> JSONValue {
    let say = prompter.say
    say(
      "Let's describe your network. Press Enter to skip a question that is not required;"
        + " a default is shown in [brackets]. Type \(Prompter.back) to go back to the previous question."
    )
    if earlier.value != nil {
      say(
        "Press Enter to keep each earlier answer; type - to clear one, or to leave out a school, partner, leader or knot."
      )
    }
    say("")
    let name = try prompter.text(
      "Name of the network", isRequired: true, defaultAnswer: earlier["name"].text)
    var members: [(String, JSONValue)] = [
      ("format", .string(ProposalFormat.identifier)), ("name", .string(name)),
    ]

    say("")
    say(
      "Purpose. Effective networks \"design around a compelling idea or aspirational purpose\" and \"focus on pupil learning\"."
    )
    let purpose = try texts(of: ProposalFormat.purpose, earlier["purpose"])
    if !purpose.isEmpty { members.append(("purpose", .object(purpose))) }

    say("")
    say("Networks are usually geographically linked, but can be dispersed.")
    let geography = try prompter.choose(
      "Geography", from: ProposalFormat.geography.cases,
      defaultAnswer: earlier["geography"].text ?? "linked")
    members.append(("geography", .string(geography)))

    let schools = try askSchools()
    members.append(("schools", .array(schools.map(\.json))))
    let ids = SchoolIDs(schools)
    let partners = try askPartners()
    if !partners.isEmpty { members.append(("partners", .array(partners))) }
    members.append(("leadership", try askLeadership(ids)))
    let knots = try askKnots(ids)
    if !knots.isEmpty { members.append(("knots", .array(knots))) }

    say("")
    say("Participation: \"who participates, why, how, when, for what purposes and for how long\".")
    let participation = try texts(of: ProposalFormat.participation, earlier["participation"])
    if !participation.isEmpty { members.append(("participation", .object(participation))) }

    say("")
    say("Principles: a short statement of how each of the four principles is lived.")
    let principles = try texts(of: ProposalFormat.principles, earlier["principles"])
    if !principles.isEmpty { members.append(("principles", .object(principles))) }
    return .object(members + Self.extensions(of: earlier))
  }

  /// The `extensions` object of an earlier item, kept as it was: the questions do not ask
  /// for fields that rule layers declare, and editing must not lose them.
  private static func extensions(of earlier: EarlierAnswers) -> [(String, JSONValue)] {
    earlier["extensions"].value.map { [("extensions", $0)] } ?? []
  }

  /// Asks for each field of an object of text fields, in the format's own words; only the
  /// answers given are kept.
  private func texts(of shape: ObjectShape, _ earlier: EarlierAnswers) throws(Prompter.Stop)
    -> [(String, JSONValue)]
  {
    var answers: [(String, JSONValue)] = []
    for field in shape.fields {
      let question = field.summary.prefix(1).uppercased() + field.summary.dropFirst()
      let answer = try prompter.text(question, defaultAnswer: earlier[field.name].text)
      if !answer.isEmpty { answers.append((field.name, .string(answer))) }
    }
    return answers
  }

  /// Asks for the items of a list one at a time. An earlier item is offered by name (Enter
  /// keeps it, `-` leaves it out); after the earlier items, an empty name ends the list.
  private func askList<Item>(
    _ earlierItems: [EarlierAnswers], name question: (Int) -> String, isRequired: Bool = false,
    _ details: (String, EarlierAnswers, [Item]) throws(Prompter.Stop) -> Item
  ) throws(Prompter.Stop) -> [Item] {
    var items: [Item] = []
    var index = 0
    while true {
      let before = index < earlierItems.count ? earlierItems[index] : nil
      index += 1
      let name = try prompter.text(
        question(items.count + 1), isRequired: isRequired && items.isEmpty && before == nil,
        defaultAnswer: before?["name"].text)
      if name.isEmpty || (before != nil && Prompter.clears(name)) {
        if before != nil { continue }
        if isRequired && items.isEmpty { continue }
        break
      }
      items.append(try details(name, before ?? .none, items))
    }
    return items
  }

  private struct School {
    let id: String
    let json: JSONValue
  }

  /// The member schools' ids, and each school's name leading to its id, so that a person
  /// may answer with the name just typed where an id is asked for.
  private struct SchoolIDs {
    let all: [String]
    let byName: [String: String]

    init(_ schools: [School]) {
      all = schools.map(\.id)
      byName = ProposalReader.schoolIDsByName(schools.map(\.json))
    }

    /// The id an answer names: an id as written, or a school's name in any case.
    func id(for answer: String) -> String? {
      all.contains(answer) ? answer : byName[ProposalReader.schoolNameKey(answer)]
    }
  }

  private func askSchools() throws(Prompter.Stop) -> [School] {
    let say = prompter.say
    say("")
    say(
      "Schools. Networks in the programme had 6 to 40 schools, about 11 on average. Enter one school at a time; an empty name ends the list."
    )
    return try askList(earlier["schools"].items, name: { "School \($0) name" }, isRequired: true) {
      (name, before, schools) throws(Prompter.Stop) in
      let taken = schools.map(\.id)
      var suggestion = FormatReader.idSuggestion(for: name) ?? "school"
      var counter = 2
      while taken.contains(suggestion) {
        suggestion = (FormatReader.idSuggestion(for: name) ?? "school") + "-\(counter)"
        counter += 1
      }
      if let id = before["id"].text, !taken.contains(id) { suggestion = id }
      let id: String = try prompter.ask(
        "  Short id, used to refer to it", defaultAnswer: suggestion
      ) { answer in
        if !ProposalFormat.schoolID.matches(answer) {
          return .failure(.init("An id uses \(ProposalFormat.schoolID.description)."))
        }
        if taken.contains(answer) {
          return .failure(.init("Another school already has the id '\(answer)'."))
        }
        return .success(answer)
      }
      let phase = try prompter.choose(
        "  Phase", from: ProposalFormat.phase.cases,
        defaultAnswer: before["phase"].text ?? Self.likelyPhase(ofSchoolNamed: name))
      return School(
        id: id,
        json: .object(
          [("id", .string(id)), ("name", .string(name)), ("phase", .string(phase))]
            + Self.extensions(of: before)))
    }
  }

  private func askPartners() throws(Prompter.Stop) -> [JSONValue] {
    let say = prompter.say
    say("")
    say(
      "Partners. Networks work \"in partnership with local authorities, Higher Education Institutions and the wider community\". An empty name ends the list."
    )
    return try askList(earlier["partners"].items, name: { "Partner \($0) name" }) {
      (name, before, _) throws(Prompter.Stop) in
      let kind = try prompter.choose(
        "  Kind of partner", from: ProposalFormat.partnerKind.cases,
        defaultAnswer: before["kind"].text)
      var members: [(String, JSONValue)] = [("kind", .string(kind)), ("name", .string(name))]
      if kind == "local-authority" {
        say("  A local authority can add the greatest value through five brokerage roles:")
        let roles = try prompter.chooseSeveral(
          "  Roles it takes on", from: ProposalFormat.brokerageRole.cases,
          defaultAnswer: before["brokerage"].strings)
        if !roles.isEmpty { members.append(("brokerage", .array(roles.map { .string($0) }))) }
      }
      return .object(members + Self.extensions(of: before))
    }
  }

  private func askLeadership(_ ids: SchoolIDs) throws(Prompter.Stop) -> JSONValue {
    let say = prompter.say
    let earlier = earlier["leadership"]
    say("")
    say(
      "Leadership. Effective networks \"plan and have dedicated leadership and management\", and leadership is best shared: co-leadership or distributed leadership."
    )
    let model = try prompter.choose(
      "How leadership is shared", from: ProposalFormat.leadershipModel.cases,
      defaultAnswer: earlier["model"].text ?? "co-leadership")
    say("Name the leaders one at a time; an empty name ends the list.")
    let leaders = try askList(earlier["leaders"].items, name: { "Leader \($0) name" }) {
      (name, before, _) throws(Prompter.Stop) -> JSONValue in
      var members: [(String, JSONValue)] = [("name", .string(name))]
      let earlierSchool = before["school"].text.flatMap { ids.all.contains($0) ? $0 : nil }
      let school: String = try prompter.ask(
        "  Their school: its id (\(ids.all.joined(separator: ", "))) or name; Enter for none",
        defaultAnswer: earlierSchool
      ) { answer in
        if earlierSchool != nil, Prompter.clears(answer) { return .success("") }
        if answer.isEmpty { return .success("") }
        guard let id = ids.id(for: answer) else {
          return .failure(
            .init(
              "'\(answer)' is not one of the schools' ids or names (\(ids.all.joined(separator: ", ")))."
            ))
        }
        return .success(id)
      }
      if !school.isEmpty { members.append(("school", .string(school))) }
      let role = try prompter.text(
        "  Their role in the network", defaultAnswer: before["role"].text)
      if !role.isEmpty { members.append(("role", .string(role))) }
      if let days = try prompter.decimal(
        "  Days a month they give the network", defaultAnswer: before["daysPerMonth"].number)
      {
        members.append(("daysPerMonth", .number(days)))
      }
      return .object(members + Self.extensions(of: before))
    }
    let plan = try prompter.confirm(
      "Is there a written plan for managing the network (meetings, budget, roles)?",
      defaultAnswer: earlier["managementPlan"].flag ?? false)
    var members: [(String, JSONValue)] = [("model", .string(model))]
    if !leaders.isEmpty { members.append(("leaders", .array(leaders))) }
    members.append(("managementPlan", .bool(plan)))
    return .object(members)
  }

  private func askKnots(_ ids: SchoolIDs) throws(Prompter.Stop) -> [JSONValue] {
    let say = prompter.say
    say("")
    say(
      "Knots: the places \"where people from different schools come together\", the right place to start in planning a network. Describe them one at a time; an empty name ends the list."
    )
    return try askList(
      earlier["knots"].items, name: { "Knot \($0) name (such as \"Reading enquiry team\")" }
    ) { (name, before, knots) throws(Prompter.Stop) -> JSONValue in
      var members: [(String, JSONValue)] = [("name", .string(name))]
      if knots.isEmpty {
        say(
          "  The framework's source names five types of knot. Some are 'architectural' to the network, such as steering groups and learning forums; others are fluid and adaptive, such as enquiry teams and project teams. \"Both are important.\""
        )

      }
      let type = try prompter.choose(
        "  Type of knot", from: ProposalFormat.knotType.cases, defaultAnswer: before["type"].text)
      members.append(("type", .string(type)))
      if let character = before["character"].value { members.append(("character", character)) }
      let schools = try askKnotSchools(ids, earlier: before["schools"])
      if !schools.isEmpty { members.append(("schools", .array(schools.map { .string($0) }))) }
      let participants = try prompter.chooseSeveral(
        "  Who takes part", from: ProposalFormat.participantRole.cases,
        defaultAnswer: before["participants"].strings)
      if !participants.isEmpty {
        members.append(("participants", .array(participants.map { .string($0) })))
      }
      say(
        "  Networked learning \"doesn't happen by accident\": facilitation, active support and brokerage may be required."
      )
      members.append(
        (
          "facilitated",
          .bool(
            try prompter.confirm(
              "  Does it have a facilitator or active support?",
              defaultAnswer: before["facilitated"].flag ?? true))
        ))
      if let meetings = try prompter.number(
        "  Meetings a year", minimum: 0, defaultAnswer: before["meetingsPerYear"].number)
      {
        members.append(("meetingsPerYear", .number(Double(meetings))))
      }
      if let months = try prompter.number(
        "  For how many months is it planned to run", minimum: 1,
        defaultAnswer: before["months"].number)
      {
        members.append(("months", .number(Double(months))))
      }
      let purpose = try prompter.text("  What it is for", defaultAnswer: before["purpose"].text)
      if !purpose.isEmpty { members.append(("purpose", .string(purpose))) }
      members += try askKnotLists(before)
      return .object(members + Self.extensions(of: before))
    }
  }

  /// The schools taking part in a knot: ids of member schools, none for all.
  private func askKnotSchools(_ ids: SchoolIDs, earlier: EarlierAnswers) throws(Prompter.Stop)
    -> [String]
  {
    let earlierSchools = earlier.strings.filter(ids.all.contains)
    return try prompter.ask(
      "  Schools taking part: ids or names separated by commas (\(ids.all.joined(separator: ", "))), or Enter for all",
      defaultAnswer: earlierSchools.isEmpty ? nil : earlierSchools.joined(separator: ", ")
    ) { answer in
      if Prompter.clears(answer) { return .success([]) }
      let chosen = answer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      if let unknown = chosen.first(where: { ids.id(for: $0) == nil }) {
        return .failure(
          .init(
            "'\(unknown)' is not one of the schools' ids or names (\(ids.all.joined(separator: ", ")))."
          ))
      }
      var unique: [String] = []
      for id in chosen.compactMap(ids.id(for:)) where !unique.contains(id) { unique.append(id) }
      return .success(unique)
    }
  }

  /// A knot's activities, processes, levels and fields of knowledge, those answered.
  private func askKnotLists(_ before: EarlierAnswers) throws(Prompter.Stop) -> [(
    String, JSONValue
  )] {
    var members: [(String, JSONValue)] = []
    for (key, question, type) in [
      ("highYield", "  High-yield activities it carries out", ProposalFormat.highYieldActivity),
      ("processes", "  Learning processes it is designed for", ProposalFormat.learningProcess),
      ("levels", "  Levels of learning it serves", ProposalFormat.levelOfLearning),
      ("knowledge", "  Fields of knowledge it draws on", ProposalFormat.knowledgeField),
    ] {
      let chosen = try prompter.chooseSeveral(
        question, from: type.cases, defaultAnswer: before[key].strings)
      if !chosen.isEmpty { members.append((key, .array(chosen.map { .string($0) }))) }
    }
    return members
  }

  /// The phase a school's name suggests, offered as the default answer so that Enter
  /// after "Hilltop High School" does not record a primary school: a word of the name that
  /// only one phase uses, and "primary" when none does.
  static func likelyPhase(ofSchoolNamed name: String) -> String {
    let words = Set(
      name.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init))
    let phases: [(phase: String, words: Set<String>)] = [
      ("nursery", ["nursery", "kindergarten"]),
      ("special", ["special"]),
      ("all-through", ["all-through"]),
      ("post-16", ["post-16", "sixth", "college"]),
      ("secondary", ["secondary", "high", "grammar", "upper"]),
      ("primary", ["primary", "infant", "infants", "junior", "juniors", "first"]),
    ]
    return phases.first { !$0.words.isDisjoint(with: words) }?.phase ?? "primary"
  }
}
