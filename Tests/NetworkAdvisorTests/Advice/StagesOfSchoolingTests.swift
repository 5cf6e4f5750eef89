import Testing

@testable import NetworkAdvisor

/// The teams offered to the schools left out are those whose pupils are of an age near
/// theirs: no school in the team more than a step and a half of schooling away (nursery,
/// infant, junior, secondary, post-16; nursery and infant half a step apart).
@Suite struct StagesOfSchoolingTests {
  /// A network of five schools at work in two teams, a primary reading enquiry and a Years
  /// 6 to 7 transition team, and `outsiders` (name and phase) in no team.
  static func network(outsiders: [(String, String)]) -> [Value] {
    let core = [
      ("p1", "Ash Primary", "primary"), ("p2", "Birch Primary", "primary"),
      ("j1", "Oak Juniors", "primary"), ("s1", "Vale High", "secondary"),
      ("s2", "Moor Academy", "secondary"),
    ]
    let schools =
      core.map { "{ \"id\": \"\($0.0)\", \"name\": \"\($0.1)\", \"phase\": \"\($0.2)\" }" }
      + outsiders.enumerated().map {
        "{ \"id\": \"o\($0.offset)\", \"name\": \"\($0.element.0)\", \"phase\": \"\($0.element.1)\" }"
      }
    func team(_ name: String, _ type: String, _ members: [String]) -> String {
      let ids = members.map { "\"\($0)\"" }.joined(separator: ", ")
      return """
        { "name": "\(name)", "type": "\(type)", "schools": [\(ids)], "participants": ["teachers"], \
        "levels": ["pupil"], "meetingsPerYear": 6, "months": 24, "facilitated": true }
        """
    }
    let json = """
      { "format": "network-proposal/1", "name": "Stages", "geography": "linked", "schools": [\(schools.joined(separator: ", "))],
        "knots": [\(team("Reading enquiry team", "collaborative-enquiry", ["p1", "p2", "j1"])),
          \(team("Transition team", "joint-work", ["j1", "s1", "s2"]))] }
      """
    return Fixtures.proposal(json: json).fields
  }

  static let cases: [(outsiders: [(String, String)], offered: [String], notOffered: [String])] = [
    // An infant school has no Year 6; a nursery's pupils are next to the infants'. The
    // primary school could also join the transition team.
    (
      [
        ("Elm Infants", "primary"), ("Little Acorns Nursery", "nursery"),
        ("Hill Primary", "primary"),
      ],
      [
        "will join Reading enquiry team or a new team (Hill Primary could also join Transition team)"
      ],
      ["Infants could", "Nursery could", "or Transition"]
    ),
    // A primary and a secondary school fit beside both teams.
    (
      [("Hill Primary", "primary"), ("Dale High", "secondary"), ("Fen Primary", "primary")],
      ["will join Reading enquiry team or Transition team or a new team"],
      ["could also", "could join"]
    ),
    // A nursery beside the juniors' reading enquiry, but not beside secondaries.
    (
      [
        ("Little Acorns Nursery", "nursery"), ("Dale High", "secondary"),
        ("Fen Primary", "primary"),
      ],
      [
        "will join Reading enquiry team or a new team (Dale High and Fen Primary could also join Transition team)"
      ],
      ["Nursery could", "or Transition"]
    ),
    // A nursery and a sixth-form college fit beside no one team: a new one is asked for,
    // and the teams that suit some of them are named for those.
    (
      [
        ("Little Acorns Nursery", "nursery"), ("Town College", "post-16"),
        ("Fen Primary", "primary"),
      ],
      [
        "a new team with the other schools (Little Acorns Nursery and Fen Primary could join Reading enquiry team; Fen Primary could join Transition team)"
      ],
      ["College could"]
    ),
  ]

  @Test(arguments: cases.indices)
  func theTeamsOfferedSuitTheSchoolsLeftOut(_ index: Int) throws {
    let (outsiders, offered, notOffered) = Self.cases[index]
    let framework = Fixtures.framework
    let rule = try #require(
      framework.rules.firstIndex { $0.id == "membership.most-schools-take-part" })
    let result = framework.evaluate(Self.network(outsiders: outsiders))[rule]
    #expect(result.outcome == .fail)
    let advice = try #require(result.advice)
    for team in offered {
      #expect(advice.contains(team), "\(advice)")
    }
    for team in notOffered {
      #expect(!advice.contains(team), "\(advice)")
    }
  }
}
