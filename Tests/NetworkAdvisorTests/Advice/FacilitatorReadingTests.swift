import Foundation
import Testing

@testable import NetworkAdvisor

/// What a facilitator's reading of five scenario reports asked of the advice: a redesign,
/// not a new label; the heads, schools and groups named; nothing asked for that the design
/// already has; and the outcomes the seed supports.
@Suite struct FacilitatorReadingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let scenario: String
    let rule: String
    let says: [String]
    let never: [String]
    var testDescription: String { "\(rule) on \(scenario)" }
  }

  /// The outcome and advice of one rule on a scenario's proposal, before presumptions fold
  /// any failure into another.
  static func outcome(of rule: String, on scenario: String) throws -> (Outcome, String?) {
    let framework = Fixtures.framework
    let index = try #require(framework.rules.firstIndex { $0.id == rule })
    let result = framework.evaluate(try Fixtures.scenarioProposal(scenario).fields)[index]
    return (result.outcome, result.advice.map(AdviceLint.asReported))
  }

  static let cases = [
    // The fields are carried across the network, but the team that works from its own
    // know-how alone is named: networked learning is "informed by the public knowledge-base".
    Case(
      scenario: "two-islands", rule: "principles.model-of-learning",
      says: [
        "let Southbank maths project draw on research as well as its own know-how",
        "the `knowledge` of Southbank maths project",
      ],
      never: ["Northfield maths enquiry draw on research"]),
    Case(
      scenario: "conference-only-members", rule: "membership.most-schools-take-part",
      says: [
        // The teams already at work come first; a team of newcomers would be a second tier.
        // Dale Infants has no Year 6: the Years 6 to 7 transition team is not offered.
        "how their staff will join Reasoning enquiry team (primary) or a new team",
        "(Elm Grove Primary, Holt CE Primary and Ivy Bank Primary could also join Transition mathematics team)",
      ],
      // Greys Special School's head is left out of the heads' set though its staff are at
      // work: the heads' set is an item of its own, not hidden in this one.
      never: [
        "`learning-with`", "briefings", "Dale Infants could also", "or Transition",
        "Heads' learning set",
      ]),
    Case(
      scenario: "conference-only-members", rule: "high-yield.headteacher-learning-group",
      says: [
        "Invite the heads of Dale Infants, Elm Grove Primary, Greys Special School, Holt CE Primary and Ivy Bank Primary into Heads' learning set"
      ],
      never: ["Set up"]),
    // The schools met only at events are item 1's: moral purpose counts them, not names
    // them again, and asks for its own school, Greys.
    Case(
      scenario: "conference-only-members", rule: "principles.moral-purpose",
      says: [
        "Bring teachers of Greys Special School",
        "in Reasoning enquiry team (primary) or Transition mathematics team, or in a new team",
        // "met only at events" read as if someone had met the schools.
        "the 4 schools present only at events so far are reached once their staff join a team (item 1)",
      ],
      never: ["Dale Infants", "Ivy Bank Primary"]),
    Case(
      scenario: "conference-only-members", rule: "high-yield.planning-shared",
      says: [
        "Dale Infants", "into Steering group",
        // The other way every school has its say: the heads, all of them in the heads' set
        // once item 2 is done, plan there in a session of its own; reviewing another group's
        // plan read as "a few for the rest" again, and a meeting a term given to planning as
        // learning time taken from the heads.
        "or add a planning session to the meetings of Heads' learning set, keeping its learning time separate, once the heads of all the schools meet there (item ",
        "so that every school has a say in planning the network's professional development",
        "or `shared-pd-planning` among the `highYield` of Heads' learning set, with that planning in its `purpose`",
      ],
      // A school "represented" in no planning group would leave the check failing; the
      // rule's own threshold is not the programme's words.
      never: ["represented", "review the plan", "meeting a term", "two in three", "enough of"]),
    // Separate groups with no common interest: the heads agree one first, the shared pupil
    // focus offered as a candidate, not assumed.
    Case(
      scenario: "two-islands", rule: "purpose.dispersed-network",
      says: [
        "Agree with the heads the interest that unites all 7 schools (mathematical reasoning, the pupil focus they share, may be it), then hold a learning forum or joint staff days",
        ", around it, beside the cross-cluster team of ",
      ],
      never: []),
    // In a network of separate groups, the evaluation group is a new one across them, not a
    // tag on one group's team.
    Case(
      scenario: "two-islands", rule: "high-yield.monitoring-evaluation-dissemination",
      says: [
        "Form a group with people from across the network's groups of schools, not one of them alone,",
        // The steering group asked for can take it on: a fifth new group is more than a
        // network led on a day a month can build.
        "(the steering group of item ", " can be it, giving regular time to this)",
        ", or among the steering group's, with the evaluation in its `purpose`",
        "the new group as a knot, with its `schools`, `participants`, `meetingsPerYear` and `purpose`",
      ],
      never: ["of the group that does it"]),
    // Where one school leads, the days are the co-leader's of the shared-leadership item,
    // and the rule of thumb is said as the least, not as what the work needs.
    Case(
      scenario: "two-islands", rule: "leadership.enough-time",
      says: [
        "With the leader and the co-leader from another school (item ",
        "), agree days of their own",
        "too little for 7 schools (this report's rule of thumb puts the least at 2 days a month in all, and building new groups takes more)",
      ],
      never: ["a floor rather than a target", "asks at least"]),
    Case(
      scenario: "two-islands", rule: "participation.questions-answered",
      // For how long: one cluster's group is planned for a year, the other's for two.
      says: [
        "for how long, note that the groups that do the work are planned for between 12 months (Southbank maths project) and 24 months, so say what follows the shorter work"
      ],
      never: []),
    Case(
      scenario: "conference-only-members", rule: "knots.all-types",
      says: [
        "(Evidence and dissemination group is typed as one, but it monitors, evaluates and shares the network's work)"
      ],
      never: ["`highYield`"]),
    Case(
      scenario: "conference-only-members", rule: "principles.moral-purpose",
      // The network's own moral purpose names Greys, and its enquiry lead works there.
      says: [
        "Bring teachers of Greys Special School (the network's own moral purpose names it, and the network's enquiry lead, P. Kaur, works there) into"
      ], never: ["Greys Special School, Dale"]),
    Case(
      scenario: "heads-briefing-not-a-group", rule: "high-yield.headteacher-learning-group",
      says: [
        "Local authority headteachers' briefing is labelled a heads' learning group but is not one",
        "the heads are told things rather than learn together",
        "turn it into, or set up beside it, a facilitated group",
        "with the `headteacher-learning-group` tag only on the group that does this",
        // The authority's part is brokerage, not briefing: the heads lead their own group.
        "the heads leading and the authority brokering",
      ],
      never: ["Local authority headteachers' briefing's `participants`", "`highYield`"]),
    Case(
      scenario: "heads-briefing-not-a-group", rule: "levels.all-six",
      says: [
        // The heads' learning group the first item asks for is where the heads plan it.
        "Let the heads' learning group (item 1) plan how each head will take what Reading enquiry team and Transition project team learn into all their school's classrooms",
        "progressive school re-design",
      ],
      never: []),
    Case(
      scenario: "heads-briefing-not-a-group", rule: "principles.moral-purpose",
      says: [
        "Meadow Nursery", "in Reading enquiry team, or in a new team",
        "Meadow Nursery added to the `schools` of the team it joins",
      ],
      never: ["Riverside Primary", "Transition project team"]),
    Case(
      scenario: "two-islands", rule: "high-yield.shared-pd-planning",
      // The heads meet in no group: the heads' learning group is an item of its own, which
      // can meet on the same days as the steering group. The new group is recorded whole,
      // with its purpose and what it does, not as a bare knot.
      says: [
        "Set up a steering group of the heads or professional development leads of every school (collective planning)",
        "the heads' learning group that item ",
        " asks for can meet on the same days, keeping its learning time separate",
        "with its `schools`, `participants`, `meetingsPerYear` and `purpose`, and `shared-pd-planning` among its `highYield`",
      ],
      never: ["Let the heads or professional development leads"]),
    Case(
      scenario: "only-fluid-knots", rule: "levels.all-six",
      // Leadership learning is served by the heads' learning group asked for as its own
      // item, not asked for a second time.
      says: [
        "Let the new heads' group (item ",
        "; the heads' group also serves leadership learning, \"including collaborative headteacher learning\"",
        "into all their school's classrooms",
      ],
      never: ["how the network will serve leadership learning"]),
    Case(
      scenario: "two-islands", rule: "brokerage.all-roles",
      says: [
        "As well as brokering the relationships between the schools that do not yet work together, which item 1 asks of it"
      ],
      never: ["Ask Riverford Council to broker relationships"]),
    Case(
      scenario: "two-islands", rule: "leadership.shared-across-schools",
      says: ["Southbank Primary", "Eastgate Special School", "comes from Northfield Academy"],
      never: ["another member school"]),
    Case(
      scenario: "two-islands", rule: "participation.many-roles",
      says: [
        "now only teachers and middle leaders", "bringing in support staff",
        "(item 1 asks for senior or middle leaders where they are missing)",
      ],
      never: ["middle-leaders", "such as teachers"]),
    Case(
      scenario: "local-authority-officer-leads", rule: "leadership.led-from-schools",
      says: [
        "Name with the heads two co-leaders, heads or senior leaders of different member schools",
        // The network's own principle is quoted as a promise the design does not yet keep.
        "(the network's principles promise \"Two co-leaders from different phases; knots led by teachers and middle leaders\", not yet its design)",
        // How much time the co-leaders take on: about what the officer gives now, said as
        // the network's own figure, not as a rule of the programme.
        "each with days of their own, together matching the 4 days a month J. Hale gives today",
        "J. Hale's days can then go to brokerage, where local authorities \"appear to be able to add the greatest value\"",
      ],
      never: ["each with the `school` they come from"]),
    Case(
      scenario: "short-lived-no-commitment", rule: "levels.all-six",
      // One length in all advice: the one participation.lasting asks for.
      says: ["meet across schools at least 3 times a year for 24 months"],
      never: ["pupil learning (", "school-wide learning (", "12 months"]),
    Case(
      scenario: "short-lived-no-commitment", rule: "processes.all-four",
      says: ["meet across schools at least 3 times a year"], never: ["learning from one another ("]),
    Case(
      scenario: "short-lived-no-commitment", rule: "processes.learning-with-in-enquiry",
      says: ["Let Reading enquiry team meet"], never: ["`learning-with` in"]),
    Case(
      scenario: "short-lived-no-commitment", rule: "principles.enquiry-based-practice",
      says: ["already reads research"], never: ["`public-knowledge` in"]),
    Case(
      scenario: "short-lived-no-commitment", rule: "principles.model-of-learning",
      says: ["meet at least 3 times a year"], never: ["public knowledge ("]),
    Case(
      scenario: "short-lived-no-commitment", rule: "high-yield.shared-pd-planning",
      says: ["Let Steering group meet"], never: ["`shared-pd-planning` in the `highYield`"]),
    Case(
      scenario: "short-lived-no-commitment", rule: "high-yield.headteacher-learning-group",
      says: ["Let Heads' learning group meet"], never: ["briefings", "`learning-with`"]),
    Case(
      scenario: "short-lived-project", rule: "principles.moral-purpose",
      says: ["Bring teachers of Meadow Nursery"], never: ["Riverside Primary"]),
    Case(
      scenario: "short-lived-no-commitment", rule: "adult-learning.professional-learning-community",
      says: ["Let Reading enquiry team and Transition project team meet"],
      never: ["Bring teachers and support staff"]),
    Case(
      scenario: "short-lived-project", rule: "knots.planned-for-the-commitment",
      // Standing groups for the whole commitment, fluid teams as cycles: "Both are important".
      says: [
        "Every group is planned for 6 months, and no group yet says what it is for",
        "plan what it is for (for Reading enquiry team, its question) and what it does in each year",
        "“Launch conference and joint staff days” and “Evidence and dissemination group” for all of it",
        "Reading enquiry team and Transition project team as successive cycles, saying what follows each one",
      ],
      never: ["at least 24 months"]),
    Case(
      scenario: "two-islands", rule: "membership.working-core",
      // The gap is two groups that never meet, not the number of schools.
      says: [
        "The schools form 2 separate groups whose staff never work together",
        "Eastgate Special School",
        // The purpose comes first: the team is designed around what the network is for.
        "once they agree whether they are one network and what for",
      ],
      never: ["6 schools"]),
  ]

  @Test(arguments: cases)
  func theAdviceSaysWhatToDoWithWhom(_ test: Case) throws {
    let (outcome, advice) = try Self.outcome(of: test.rule, on: test.scenario)
    #expect(outcome == .fail)
    let text = try #require(advice)
    for phrase in test.says { #expect(text.contains(phrase), "«\(text)» lacks «\(phrase)»") }
    for phrase in test.never { #expect(!text.contains(phrase), "«\(text)» has «\(phrase)»") }
  }

  /// In a network split into clusters, the checks that pass inside each cluster wait on the
  /// membership finding, so that no area of it reads as sound: two-islands and
  /// primary-and-secondary-islands; one connected network judges them (riverside).
  @Test(arguments: [
    ("two-islands", "membership.working-core"),
    ("primary-and-secondary-islands", "membership.working-core"), ("riverside", nil),
  ])
  func checksInsideSeparateClustersWaitOnTheWorkingCore(_ scenario: String, _ awaited: String?)
    throws
  {
    let assessment = try RuleInapplicableTests.assessment(of: scenario)
    for rule in [
      "pupil-learning.carried-by-teachers", "adult-learning.professional-learning-community",
      "knots.across-schools",
    ] {
      let finding = try #require(assessment.findings.first { $0.rule.id == rule })
      #expect(finding.dependsOn?.id == awaited, "\(rule) on \(scenario)")
      if awaited == nil { #expect(finding.outcome == .pass, "\(rule) on \(scenario)") }
    }
    for area in ["pupil-learning", "knots"] {
      let result = try #require(assessment.areas.first { $0.area.id == area })
      #expect(
        (result.cappedBy.map(\.id).contains("membership.working-core")) == (awaited != nil),
        "\(area) on \(scenario)")
    }
  }

  /// Leadership judged on what the network will keep: where an officer of no member school
  /// leads alone, the officer's days are dedicated leadership today and pass (two readers
  /// found a wait beside an E area misleading), while whether the days are enough waits on
  /// school co-leaders (local-authority-officer-leads, D on who leads); a plan written for
  /// groups that all end within months of a three-year commitment plans the months only,
  /// and waits on that gap (short-lived-project, held at D); both are judged where a member
  /// school leads and the work is planned for the commitment (riverside, A).
  @Test(arguments: [
    ("local-authority-officer-leads", "leadership.dedicated-time", nil, "D"),
    ("local-authority-officer-leads", "leadership.enough-time", "leadership.led-from-schools", "D"),
    ("riverside", "leadership.dedicated-time", nil, "A"),
    ("short-lived-project", "leadership.management-plan", "knots.planned-for-the-commitment", "D"),
    ("riverside", "leadership.management-plan", nil, "A"),
  ])
  func leadershipIsJudgedOnWhatTheNetworkWillKeep(
    _ scenario: String, _ rule: String, _ awaited: String?, _ grade: String
  ) throws {
    let assessment = try RuleInapplicableTests.assessment(of: scenario)
    let finding = try #require(assessment.findings.first { $0.rule.id == rule })
    #expect(finding.dependsOn?.id == awaited)
    if awaited == nil { #expect(finding.outcome == .pass) }
    let area = try #require(assessment.areas.first { $0.area.id == "leadership" })
    #expect(area.grade?.letter == grade)
  }

  /// A school that takes part but whose teachers are in no pupil-focused group fails moral
  /// purpose (Greys in conference-only, Meadow in heads-briefing); a school in no group at
  /// all is the membership rules' finding (Eastgate in two-islands); the exemplar passes.
  @Test(arguments: [
    ("conference-only-members", Outcome.fail), ("heads-briefing-not-a-group", .fail),
    ("two-islands", .notApplicable), ("riverside", .pass), ("local-authority-officer-leads", .pass),
  ])
  func moralPurposeReachesEverySchool(_ scenario: String, _ expected: Outcome) throws {
    #expect(try Self.outcome(of: "principles.moral-purpose", on: scenario).0 == expected)
  }

  /// Moral purpose met for six schools of seven earns six sevenths of its weight, as other
  /// checks earn what the design already does: in heads-briefing-not-a-group the
  /// mislabelled heads' group, an activity the network lacks outright, then comes first.
  @Test func moralPurposeEarnsTheShareOfSchoolsReached() throws {
    let assessment = ReportPresentationTests.scenario("heads-briefing-not-a-group.scenario.json")
      .assessment
    let index = try #require(assessment.framework.ruleIndex(of: "principles.moral-purpose"))
    #expect(abs(assessment.credits[index] - 6.0 / 7.0) < 1e-9)
    #expect(assessment.recommendations.first?.rule.id == "high-yield.headteacher-learning-group")
  }

  /// Network-to-network learning is "modelling the development of a learning system": a
  /// group that tags it while it plans or shares only within the network claims the level
  /// without doing it, so the six levels are met in part, and the advice says no group yet
  /// learns with another network, naming the groups that claim it. The exemplar, whose
  /// evaluation group shares with other networks, serves all six.
  @Test(arguments: [
    "conference-only-members", "local-authority-officer-leads", "short-lived-project",
  ])
  func aClaimedNetworkLevelIsNotServed(_ scenario: String) throws {
    let (outcome, advice) = try Self.outcome(of: "levels.all-six", on: scenario)
    #expect(outcome == .fail)
    #expect(advice?.hasPrefix("No group yet learns with another network, though") == true)
    #expect(advice?.contains("“Evidence and dissemination group”") == true)
    #expect(try Self.outcome(of: "levels.all-six", on: "riverside").0 == .pass)
  }

  /// Where the stated shared leadership is not yet the design's, the statement waits on
  /// leadership's own finding, which quotes it: the gap is counted once, and the principles
  /// area reads no better than that gap allows. Where a member school leads, it passes.
  @Test func statedPrinciplesWaitWhereAnOfficerLeads() throws {
    let scenario = "local-authority-officer-leads"
    let (outcome, advice) = try Self.outcome(of: "leadership.led-from-schools", on: scenario)
    #expect(outcome == .fail)
    #expect(advice?.contains("the network's principles promise") == true)
    let assessment = try RuleInapplicableTests.assessment(of: scenario)
    let finding = try #require(
      assessment.findings.first { $0.rule.id == "principles.statements" })
    #expect(finding.dependsOn?.id == "leadership.led-from-schools")
    #expect(
      finding.waitReason?.contains(
        "the principles are stated, but the statement of shared leadership (\"") == true)
    let area = try #require(assessment.areas.first { $0.area.id == "principles" })
    #expect(area.grade?.letter == "C")
    #expect(try Self.outcome(of: "principles.statements", on: "riverside").0 == .pass)
  }

  /// A group typed as a problem-solving team that is the network's evaluation group does
  /// not earn the type: the seed's such team is a focus group on a shared problem.
  @Test(arguments: ["conference-only-members", "heads-briefing-not-a-group", "riverside"])
  func anEvaluationGroupIsNotAProblemSolvingTeam(_ scenario: String) throws {
    let (outcome, advice) = try Self.outcome(of: "knots.all-types", on: scenario)
    #expect(outcome == .fail)
    #expect(
      advice?.contains(
        "is typed as one, but it monitors, evaluates and shares the network's work"
      ) == true)
  }

  /// A network that promises "a teacher and a leader from every school at least one knot"
  /// is held to its words: in heads-briefing-not-a-group, Meadow Nursery's teachers come to
  /// the joint staff days, a knot, so the answer holds (its teachers' part in the pupil work
  /// is moral purpose's finding). In launch-for-some the staff days leave Meadow out, so its
  /// teachers come to no knot at all: the check waits on moral purpose, its pupils' gap, and
  /// says why.
  @Test func aPromiseOfEverySchoolsTeachersIsHeldToItsWords() throws {
    let (kept, _) = try Self.outcome(
      of: "participation.who-in-the-work", on: "heads-briefing-not-a-group")
    #expect(kept == .pass)
    let assessment = try RuleInapplicableTests.assessment(of: "launch-for-some")
    let finding = try #require(
      assessment.findings.first { $0.rule.id == "participation.who-in-the-work" })
    #expect(finding.dependsOn?.id == "principles.moral-purpose")
    #expect(finding.failsWithGap == false)
    #expect(
      finding.waitReason?.hasPrefix(
        "Meadow Nursery sends no teachers to any knot, though the network says") == true,
      "\(finding.waitReason ?? "")")
  }

  /// Where every group is planned for months against a commitment of years, no group is yet
  /// one of the network's lasting functions: the high-yield activities wait on that gap.
  @Test(arguments: [
    "high-yield.launch-and-joint-staff-days", "high-yield.headteacher-learning-group",
    "high-yield.shared-pd-planning", "high-yield.planning-shared",
    "high-yield.monitoring-evaluation-dissemination",
  ])
  func highYieldActivitiesWaitOnWorkPlannedForMonths(_ rule: String) throws {
    let assessment = try RuleInapplicableTests.assessment(of: "short-lived-project")
    let finding = try #require(assessment.findings.first { $0.rule.id == rule })
    #expect(finding.dependsOn?.id == "knots.planned-for-the-commitment")
    let area = try #require(assessment.areas.first { $0.area.id == "high-yield" })
    #expect(area.score == nil && area.grade?.letter == "D")
    // The wait names the group the design has, and only its length holds it back.
    #expect(finding.waitReason?.contains("but is planned for only 6 months") == true, "\(rule)")
  }

  /// The mix of knots waits on two items' groups, and names each item.
  @Test func theMixNamesEachItemItWaitsOn() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "two-islands")
    let finding = try #require(assessment.findings.first { $0.rule.id == "knots.mix" })
    let reason = try #require(finding.waitReason)
    func item(_ id: String) throws -> Int {
      let rule = try #require(assessment.framework.rules.first { $0.id == id })
      return try #require(ReportFormatting.item(of: rule, in: assessment))
    }
    let planning = try item("high-yield.shared-pd-planning")
    let days = try item("purpose.dispersed-network")
    #expect(reason.contains("(collective planning: item \(planning))"))
    #expect(reason.contains("(shared professional development activities: item \(days))"))
    // The line under Findings, the area's counts and the held note name both items too:
    // readers found "waits on What to do first, 8" beside a reason that named item 3.
    #expect(finding.alsoItems == [days])
    let text = ReportPresentationTests.flat(TextReport(width: 1000).render(assessment))
    let both = [days, planning].sorted()
    #expect(text.contains("[knots.mix] waits on What to do first, \(both[0]) and \(both[1]):"))
    let markdown = MarkdownReport.render(assessment)
    #expect(markdown.contains("see What to do first, \(both[0]) and \(both[1])."))
  }

  /// With no common interest in a dispersed network, the check fails, counted under the
  /// dispersed network's finding that asks for one: nothing is stated to wait for.
  @Test func aMissingCommonInterestFailsWithTheDispersedNetwork() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "two-islands")
    let finding = try #require(
      assessment.findings.first { $0.rule.id == "purpose.common-interest" })
    #expect(finding.failsWithGap)
    #expect(finding.dependsOn?.id == "purpose.dispersed-network")
    #expect(
      finding.waitReason?.hasPrefix(
        "no common interest is stated, though every school shares the pupil focus, mathematical reasoning;"
      ) == true)
  }

  /// The authority's listed brokerage roles: met where it lists them all, though it also
  /// briefs the heads (the briefing is the heads' group finding, and brokering happens
  /// outside the knots); where its officer leads the network in place of the schools, the
  /// roles wait on who leads (readers took "all five roles" beside an authority that leads
  /// for a contradiction of the leadership item, whose advice moves the officer's days to
  /// brokerage).
  @Test(arguments: [
    ("heads-briefing-not-a-group", Outcome.pass),
    ("local-authority-officer-leads", .notApplicable),
    ("two-islands", .fail), ("riverside", .pass),
  ])
  func theAuthoritysBrokerageIsJudgedByTheDesign(_ scenario: String, _ expected: Outcome) throws {
    #expect(try Self.outcome(of: "brokerage.all-roles", on: scenario).0 == expected)
  }

  /// Where the heads take part in no group and none plans, the heads' learning group is an
  /// item of its own beside the planning group's, not a wait on it: three readers asked for
  /// it, since the account names the two as separate high-yield activities. The two are
  /// one condition (CountedWithTests). Where the heads meet (a briefing, a breakfast), it
  /// is judged as before.
  @Test(arguments: ["two-islands", "only-fluid-knots", "heads-briefing-not-a-group"])
  func theHeadsGroupIsAnItemOfItsOwnWhereTheHeadsMeetNowhere(_ scenario: String) throws {
    let assessment = try RuleInapplicableTests.assessment(of: scenario)
    let finding = try #require(
      assessment.findings.first { $0.rule.id == "high-yield.headteacher-learning-group" })
    #expect(finding.outcome == .fail)
    #expect(finding.dependsOn == nil)
    #expect(
      assessment.recommendations.contains { $0.rule.id == "high-yield.headteacher-learning-group" })
  }

  /// A planning group that holds a few of the schools' heads is not a shared planning
  /// function; one that holds them all is.
  @Test(arguments: [
    ("conference-only-members", Outcome.fail), ("local-authority-officer-leads", .pass),
    ("riverside", .pass),
  ])
  func sharedPlanningHoldsMostSchools(_ scenario: String, _ expected: Outcome) throws {
    #expect(try Self.outcome(of: "high-yield.planning-shared", on: scenario).0 == expected)
  }

  /// The heads' way to a shared planning function works: in conference-only-members, with
  /// the heads of all ten schools in the heads' set, which adds a planning session to its
  /// meetings, the planning check passes, the heads' check passes, and no check that passed
  /// before fails.
  @Test func theHeadsPlanningInTheirOwnGroupSharesThePlanning() throws {
    var document = SeedCoverageTests.Document(scenario: "conference-only-members")
    let every = document.schools.compactMap { $0["id"] as? String }
    document.knots = document.knots.map { knot in
      guard knot["name"] as? String == "Heads' learning set" else { return knot }
      var knot = knot
      knot["schools"] = every
      knot["highYield"] = ["headteacher-learning-group", "shared-pd-planning"]
      knot["purpose"] =
        "Heads learn together about leading mathematics across schools, and plan the network's professional development in a session of its own at each meeting"
      return knot
    }
    let before = try RuleInapplicableTests.assessment(of: "conference-only-members")
    let after = document.assessment()
    func outcome(_ id: String, _ assessment: Assessment) -> Outcome? {
      assessment.findings.first { $0.rule.id == id }?.outcome
    }
    #expect(outcome("high-yield.planning-shared", before) == .fail)
    #expect(outcome("high-yield.planning-shared", after) == .pass)
    #expect(outcome("high-yield.headteacher-learning-group", after) == .pass)
    for (old, new) in zip(before.findings, after.findings) where old.outcome == .pass {
      #expect(new.outcome == .pass, "\(new.rule.id)")
    }
  }

  /// A check that fails with more than one gap it presumes names each: where every group
  /// is planned for six months and Meadow Nursery's staff come only to the joint staff days,
  /// the answer "a teacher and a leader from every school" is untrue because Meadow takes
  /// part in no group (the gap it is counted under) and because the groups stop after six
  /// months (another item), and closing the first alone must not read as settling it. With
  /// one gap it says so as before.
  @Test func aCheckThatFailsWithTwoGapsNamesBoth() throws {
    var document = SeedCoverageTests.Document(path: "scenarios/proposals/riverside.proposal.json")
    document.setOnKnots("months", 6)
    document.removeFromKnots("schools", "meadow")
    let assessment = document.assessment()
    let finding = try #require(
      assessment.findings.first { $0.rule.id == "participation.who-in-the-work" })
    let plan = try #require(
      assessment.recommendations.first { $0.rule.id == "knots.planned-for-the-commitment" })
    #expect(finding.dependsOn?.id == "membership.one-community")
    #expect(finding.alsoItems == [plan.priority])
    // Participation is not scored until both are closed, and its note says so.
    let membership = try #require(
      assessment.recommendations.first { $0.rule.id == "membership.one-community" })
    let note = ReportPresentationTests.flat(TextReport().render(assessment))
    #expect(
      note.contains(
        "Participation until \(ReportFormatting.items([plan.priority, membership.priority]))"),
      "\(note)")
    let reason = try #require(finding.waitReason)
    #expect(reason.hasPrefix("Meadow Nursery has no staff in a group that meets through the year"))
    #expect(
      reason.hasSuffix(
        "; it fails with that gap and with item \(plan.priority)'s, and is judged again "
          + "once both are closed"))
    #expect(finding.failsWithGap)
    #expect(
      Assessment.failsWithTheGaps(alsoItems: [5, 3])
        == "it fails with that gap and with those of items 3 and 5 for now; judged again once "
        + "they are all closed")
  }
}
