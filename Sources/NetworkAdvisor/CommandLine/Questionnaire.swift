import Foundation

/// The questions of `network-advisor new`: a proposal built with a person, one answer at a
/// time, explained in the seed's words. Choices and their meanings come from the format
/// description, so the questionnaire cannot drift from what the reader accepts.
struct Questionnaire {
  let prompter: Prompter

  /// Asks every question and returns the proposal as JSON, in the format's key order.
  func run() throws(Prompter.InputEnded) -> JSONValue {
    let say = prompter.say
    say("Let's describe your network. Press Enter to skip a question that is not required;")
    say("a default is shown in [brackets].")
    say("")
    let name = try prompter.text("Name of the network", isRequired: true)
    var members: [(String, JSONValue)] = [
      ("format", .string(ProposalFormat.identifier)), ("name", .string(name)),
    ]

    say("")
    say("Purpose. Effective networks \"design around a compelling idea or aspirational purpose\"")
    say("and \"focus on pupil learning\".")
    let purpose = try texts(of: ProposalFormat.purpose)
    if !purpose.isEmpty { members.append(("purpose", .object(purpose))) }

    say("")
    say("Networks are usually geographically linked, but can be dispersed.")
    let geography = try prompter.choose(
      "Geography", from: ProposalFormat.geography.cases, defaultAnswer: "linked")
    members.append(("geography", .string(geography)))

    let schools = try askSchools()
    members.append(("schools", .array(schools.map(\.json))))
    let ids = schools.map(\.id)
    let partners = try askPartners()
    if !partners.isEmpty { members.append(("partners", .array(partners))) }
    members.append(("leadership", try askLeadership(ids)))
    let knots = try askKnots(ids)
    if !knots.isEmpty { members.append(("knots", .array(knots))) }

    say("")
    say("Participation: \"who participates, why, how, when, for what purposes and for how long\".")
    let participation = try texts(of: ProposalFormat.participation)
    if !participation.isEmpty { members.append(("participation", .object(participation))) }

    say("")
    say("Principles: a short statement of how each of the four principles is lived.")
    let principles = try texts(of: ProposalFormat.principles)
    if !principles.isEmpty { members.append(("principles", .object(principles))) }
    return .object(members)
  }

  /// Asks for each field of an object of text fields, in the format's own words; only the
  /// answers given are kept.
  private func texts(of shape: ObjectShape) throws(Prompter.InputEnded) -> [(String, JSONValue)] {
    var answers: [(String, JSONValue)] = []
    for field in shape.fields {
      let question = field.summary.prefix(1).uppercased() + field.summary.dropFirst()
      let answer = try prompter.text(question)
      if !answer.isEmpty { answers.append((field.name, .string(answer))) }
    }
    return answers
  }

  private struct School {
    let id: String
    let json: JSONValue
  }

  private func askSchools() throws(Prompter.InputEnded) -> [School] {
    let say = prompter.say
    say("")
    say("Schools. Networks in the programme had 6 to 40 schools, about 11 on average.")
    say("Enter one school at a time; an empty name ends the list.")
    var schools: [School] = []
    while true {
      let name = try prompter.text("School \(schools.count + 1) name", isRequired: schools.isEmpty)
      if name.isEmpty { break }
      var suggestion = FormatReader.idSuggestion(for: name) ?? "school"
      var counter = 2
      while schools.contains(where: { $0.id == suggestion }) {
        suggestion = (FormatReader.idSuggestion(for: name) ?? "school") + "-\(counter)"
        counter += 1
      }
      let taken = schools.map(\.id)
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
        "  Phase", from: ProposalFormat.phase.cases, defaultAnswer: "primary")
      schools.append(
        School(
          id: id,
          json: .object([("id", .string(id)), ("name", .string(name)), ("phase", .string(phase))])))
    }
    return schools
  }

  private func askPartners() throws(Prompter.InputEnded) -> [JSONValue] {
    let say = prompter.say
    say("")
    say("Partners. Networks work \"in partnership with local authorities, Higher Education")
    say("Institutions and the wider community\". An empty name ends the list.")
    var partners: [JSONValue] = []
    while true {
      let name = try prompter.text("Partner \(partners.count + 1) name")
      if name.isEmpty { break }
      let kind = try prompter.choose("  Kind of partner", from: ProposalFormat.partnerKind.cases)
      var members: [(String, JSONValue)] = [("kind", .string(kind)), ("name", .string(name))]
      if kind == "local-authority" {
        say("  A local authority can add the greatest value through five brokerage roles:")
        let roles = try prompter.chooseSeveral(
          "  Roles it takes on", from: ProposalFormat.brokerageRole.cases)
        if !roles.isEmpty { members.append(("brokerage", .array(roles.map { .string($0) }))) }
      }
      partners.append(.object(members))
    }
    return partners
  }

  private func askLeadership(_ ids: [String]) throws(Prompter.InputEnded) -> JSONValue {
    let say = prompter.say
    say("")
    say("Leadership. Effective networks \"plan and have dedicated leadership and management\",")
    say("and leadership is best shared: co-leadership or distributed leadership.")
    let model = try prompter.choose(
      "How leadership is shared", from: ProposalFormat.leadershipModel.cases,
      defaultAnswer: "co-leadership")
    say("Name the leaders one at a time; an empty name ends the list.")
    var leaders: [JSONValue] = []
    while true {
      let name = try prompter.text("Leader \(leaders.count + 1) name")
      if name.isEmpty { break }
      var members: [(String, JSONValue)] = [("name", .string(name))]
      let school: String = try prompter.ask(
        "  Their school's id (\(ids.joined(separator: ", ")); Enter for none)"
      ) { answer in
        answer.isEmpty || ids.contains(answer)
          ? .success(answer)
          : .failure(.init("'\(answer)' is not one of the schools' ids."))
      }
      if !school.isEmpty { members.append(("school", .string(school))) }
      let role = try prompter.text("  Their role in the network")
      if !role.isEmpty { members.append(("role", .string(role))) }
      if let days = try prompter.decimal("  Days a month they give the network") {
        members.append(("daysPerMonth", .number(days)))
      }
      leaders.append(.object(members))
    }
    let plan = try prompter.confirm(
      "Is there a written plan for managing the network (meetings, budget, roles)?",
      defaultAnswer: false)
    var members: [(String, JSONValue)] = [("model", .string(model))]
    if !leaders.isEmpty { members.append(("leaders", .array(leaders))) }
    members.append(("managementPlan", .bool(plan)))
    return .object(members)
  }

  private func askKnots(_ ids: [String]) throws(Prompter.InputEnded) -> [JSONValue] {
    let say = prompter.say
    say("")
    say("Knots: the places \"where people from different schools come together\", the right")
    say(
      "place to start in planning a network. Describe them one at a time; an empty name ends the list."
    )
    var knots: [JSONValue] = []
    while true {
      let name = try prompter.text(
        "Knot \(knots.count + 1) name (such as \"Reading enquiry team\")")
      if name.isEmpty { break }
      var members: [(String, JSONValue)] = [("name", .string(name))]
      if knots.isEmpty {
        say("  The seed names five types of knot. Some are 'architectural' to the network, such as")
        say("  steering groups and learning forums; others are fluid and adaptive, such as enquiry")
        say("  teams and project teams. \"Both are important.\"")
      }
      let type = try prompter.choose("  Type of knot", from: ProposalFormat.knotType.cases)
      members.append(("type", .string(type)))
      let schools: [String] = try prompter.ask(
        "  Schools taking part: ids separated by commas, or Enter for all"
      ) { answer in
        let chosen = answer.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
        if let unknown = chosen.first(where: { !ids.contains($0) }) {
          return .failure(
            .init("'\(unknown)' is not one of the schools' ids (\(ids.joined(separator: ", ")))."))
        }
        var unique: [String] = []
        for id in chosen where !unique.contains(id) { unique.append(id) }
        return .success(unique)
      }
      if !schools.isEmpty { members.append(("schools", .array(schools.map { .string($0) }))) }
      let participants = try prompter.chooseSeveral(
        "  Who takes part", from: ProposalFormat.participantRole.cases)
      if !participants.isEmpty {
        members.append(("participants", .array(participants.map { .string($0) })))
      }
      say("  Networked learning \"doesn't happen by accident\": facilitation, active support and")
      say("  brokerage may be required.")
      members.append(
        (
          "facilitated",
          .bool(
            try prompter.confirm(
              "  Does it have a facilitator or active support?", defaultAnswer: true))
        ))
      if let meetings = try prompter.number("  Meetings a year", minimum: 0) {
        members.append(("meetingsPerYear", .number(Double(meetings))))
      }
      if let months = try prompter.number("  For how many months is it planned to run", minimum: 1)
      {
        members.append(("months", .number(Double(months))))
      }
      let purpose = try prompter.text("  What it is for")
      if !purpose.isEmpty { members.append(("purpose", .string(purpose))) }
      for (key, question, type) in [
        ("highYield", "  High-yield activities it carries out", ProposalFormat.highYieldActivity),
        ("processes", "  Learning processes it is designed for", ProposalFormat.learningProcess),
        ("levels", "  Levels of learning it serves", ProposalFormat.levelOfLearning),
        ("knowledge", "  Fields of knowledge it draws on", ProposalFormat.knowledgeField),
      ] {
        let chosen = try prompter.chooseSeveral(question, from: type.cases)
        if !chosen.isEmpty { members.append((key, .array(chosen.map { .string($0) }))) }
      }
      knots.append(.object(members))
    }
    return knots
  }
}
