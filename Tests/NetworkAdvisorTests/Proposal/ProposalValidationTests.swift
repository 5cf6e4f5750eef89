import Foundation
import Testing

@testable import NetworkAdvisor

/// Invalid proposals: each problem class of the spec, and combinations, with the exact
/// message and the range it points at (marked ⟪…⟫ in the source, in order).
@Suite struct ProposalValidationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let ranges: [Range<Int>]
    let messages: [String]
    let hints: [String?]

    /// `marked` holds one ⟪…⟫ per expected problem, in the order of the problems.
    init(_ name: String, _ marked: String, _ messages: [String], hints: [String?]? = nil) {
      var text = marked
      var ranges: [Range<Int>] = []
      while let open = text.range(of: "⟪") {
        let start = text.utf8.distance(from: text.startIndex, to: open.lowerBound)
        text.removeSubrange(open)
        let close = text.range(of: "⟫")!
        let end = text.utf8.distance(from: text.startIndex, to: close.lowerBound)
        text.removeSubrange(close)
        ranges.append(start..<end)
      }
      self.name = name
      self.text = text
      self.ranges = ranges
      self.messages = messages
      self.hints = hints ?? Array(repeating: nil, count: messages.count)
    }

    var testDescription: String { name }
  }

  /// A valid start: `#` is replaced by the case's members.
  static func proposal(
    _ extra: String = "", schools: String = #"[{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]"#
  ) -> String {
    #"{"format": "network-proposal/1", "name": "N", "geography": "linked", "schools": "# + schools
      + extra + "}"
  }

  static let cases: [Case] = [
    // Malformed JSON, with line and column.
    Case(
      "missing comma", #"{"format": "network-proposal/1"⟪ ⟫"name": "N"}"#,
      ["malformed JSON: expected ',' or '}' after a member of an object"],
      hints: ["add a comma after this member"]),
    Case(
      "trailing comma in an object", #"{"name": "N"⟪,⟫}"#,
      ["malformed JSON: a comma before '}' is not allowed"],
      hints: ["remove this comma: the last member has none after it"]),
    Case(
      "trailing comma in an array", "{\"schools\": [1⟪,⟫\n ]}",
      ["malformed JSON: a comma before ']' is not allowed"],
      hints: ["remove this comma: the last element has none after it"]),
    Case(
      "a line comment", "{\"name\": \"N\",\n  ⟪// the schools⟫\n}",
      ["malformed JSON: JSON does not allow comments"],
      hints: ["remove the comment; keep notes in a separate file"]),
    Case(
      "a block comment after a value", "{\"name\": \"N\" ⟪/* x */⟫}",
      ["malformed JSON: JSON does not allow comments"],
      hints: ["remove the comment; keep notes in a separate file"]),
    Case(
      "a hash comment where a value belongs", "{\"name\": ⟪# N⟫\n}",
      ["malformed JSON: JSON does not allow comments"],
      hints: ["remove the comment; keep notes in a separate file"]),
    Case(
      "a key without quotes", #"{⟪n⟫ame: "N"}"#,
      ["malformed JSON: expected a key in double quotes"],
      hints: ["put the key in double quotes: \"name\""]),
    Case(
      "single quotes", #"{"name": ⟪'⟫N'}"#,
      ["malformed JSON: strings must use double quotes"],
      hints: ["write \"text\" rather than 'text'"]),
    Case(
      "unterminated string", "{\"name\": ⟪\"⟫N}", ["malformed JSON: unterminated string"],
      hints: ["add the closing '\"'"]),
    Case(
      "line break in a string", "{\"name\": \"N⟪\n⟫\"}",
      ["malformed JSON: a line break inside a string"],
      hints: ["close the string on the same line, or write \\n"]),
    Case(
      "empty document", "⟪⟫", ["malformed JSON: the document is empty"],
      hints: ["check that the file was saved; a JSON document, such as an object {…}, is expected"]),
    Case(
      "text after the document", #"{}⟪x⟫"#,
      ["malformed JSON: unexpected text after the end of the document"],
      hints: [
        "the document ends before this; remove what follows, or look for a '}' or ']' too many before it"
      ]),
    Case(
      "leading zero", #"{"n": ⟪0⟫1}"#, ["malformed JSON: numbers may not start with 0"],
      hints: ["write 1, or \"01\" in double quotes if it is a code"]),
    Case(
      "bare word", #"{"n": ⟪y⟫es}"#, ["malformed JSON: unexpected character 'y'; expected a value"],
      hints: [
        "write true or false, without quotes, for yes or no; text goes in double quotes: \"yes\""
      ]),
    Case(
      "unquoted text", #"{"n": ⟪M⟫oorside Maths, "m": 1}"#,
      ["malformed JSON: unexpected character 'M'; expected a value"],
      hints: ["put text in double quotes: \"Moorside Maths\""]),
    Case(
      "bad escape", #"{"n": "a⟪\⟫q"}"#, ["malformed JSON: unknown escape '\\q'"],
      hints: ["write \\\\ for a backslash"]),
    Case(
      "too deep",
      "{\"n\": " + String(repeating: "[", count: 63) + "⟪[⟫" + String(repeating: "]", count: 64)
        + "}",
      ["malformed JSON: nesting is deeper than 64 levels"],
      hints: [
        "put fewer arrays and objects inside one another; look for an opening bracket that is never closed"
      ]),
    // The document's own keys.
    Case(
      "missing format",
      #"⟪{⟫"name": "N", "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["format: missing required key \"format\""], hints: ["add \"format\": \"network-proposal/1\""]
    ),
    Case(
      "wrong format",
      #"{"format": ⟪"network-proposal/2"⟫, "name": "N", "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["format: unsupported format \"network-proposal/2\""],
      hints: ["this tool reads \"network-proposal/1\""]),
    Case(
      "format not a string",
      #"{"format": ⟪1⟫, "name": "N", "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["format: expected a string, found a number 1"],
      hints: ["write \"format\": \"network-proposal/1\""]),
    Case(
      "missing name",
      #"⟪{⟫"format": "network-proposal/1", "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["name: missing required key \"name\""], hints: ["add \"name\": a string"]),
    Case(
      "empty name",
      #"{"format": "network-proposal/1", "name": ⟪""⟫, "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["name: \"name\" is empty"], hints: ["write the network's name"]),
    Case(
      "blank name",
      #"{"format": "network-proposal/1", "name": ⟪"   "⟫, "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["name: \"name\" is empty"], hints: ["write the network's name"]),
    Case(
      "name a number",
      #"{"format": "network-proposal/1", "name": ⟪7⟫, "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["name: expected a string, found a number 7"], hints: ["put it in double quotes: \"7\""]),
    Case(
      "missing geography",
      #"⟪{⟫"format": "network-proposal/1", "name": "N", "schools": [{"id": "a", "name": "A"}]}"#,
      ["geography: missing required key \"geography\""],
      hints: ["add \"geography\": one of \"linked\", \"dispersed\""]),
    Case(
      "misspelt geography",
      #"{"format": "network-proposal/1", "name": "N", "geography": ⟪"linkd"⟫, "schools": [{"id": "a", "name": "A"}]}"#,
      ["geography: \"linkd\" is not a geography"], hints: ["did you mean 'linked'?"]),
    Case(
      "unknown geography",
      #"{"format": "network-proposal/1", "name": "N", "geography": ⟪"regional"⟫, "schools": [{"id": "a", "name": "A"}]}"#,
      ["geography: \"regional\" is not a geography"], hints: ["use \"linked\", \"dispersed\""]),
    Case(
      "missing schools", #"⟪{⟫"format": "network-proposal/1", "name": "N", "geography": "linked"}"#,
      ["schools: missing required key \"schools\""], hints: ["add \"schools\": an array of schools"]
    ),
    Case(
      "no schools",
      #"{"format": "network-proposal/1", "name": "N", "geography": "linked", "schools": ⟪[]⟫}"#,
      ["schools: the array is empty; at least 1 item is needed"],
      hints: ["add one, such as [{\"id\": …, \"name\": …}]"]),
    Case(
      "schools an object",
      #"{"format": "network-proposal/1", "name": "N", "geography": "linked", "schools": ⟪{"id": "a"}⟫}"#,
      ["schools: expected an array of schools, found an object {\"id\":\"a\"}"],
      hints: ["put it in square brackets, as an array of one: [{…}]"]),
    Case(
      "schools as ids",
      #"{"format": "network-proposal/1", "name": "N", "geography": "linked", "schools": [⟪"a"⟫]}"#,
      ["schools[0]: expected an object (school), found a string \"a\""],
      hints: ["write it as an object: {\"id\": \"a\", \"name\": …}"]),
    Case(
      "unknown top-level key", proposal(#", ⟪"knot"⟫: []"#), ["knot: unknown key \"knot\""],
      hints: ["did you mean 'knots'?"]),
    Case(
      "null", proposal(#", "purpose": ⟪null⟫"#),
      ["purpose: expected an object (purpose), found null"],
      hints: ["leave the key out instead of writing null"]),
    Case(
      "purpose a string", proposal(#", "purpose": ⟪"reading"⟫"#),
      ["purpose: expected an object (purpose), found a string \"reading\""],
      hints: ["write an object {…} with its keys: idea, pupilLearningFocus, commonInterest"]),
    Case(
      "name null",
      #"{"format": "network-proposal/1", "name": ⟪null⟫, "geography": "linked", "schools": [{"id": "a", "name": "A"}]}"#,
      ["name: expected a string, found null"], hints: ["write a string instead of null"]),
    // Schools.
    Case(
      "school without id", proposal(schools: #"[⟪{⟫"name": "A"}]"#),
      ["schools[0].id: missing required key \"id\""],
      hints: [
        "add \"id\": a string of lower-case letters, digits and hyphens, starting with a letter or digit"
      ]),
    Case(
      "school id with spaces", proposal(schools: #"[{"id": ⟪"St Mary's"⟫, "name": "A"}]"#),
      [
        "schools[0].id: \"St Mary's\" is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit"
      ],
      hints: ["such as \"st-marys\""]),
    Case(
      "school id in capitals", proposal(schools: #"[{"id": ⟪"ABC"⟫, "name": "A"}]"#),
      [
        "schools[0].id: \"ABC\" is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit"
      ],
      hints: ["such as \"abc\""]),
    Case(
      "duplicate school ids",
      proposal(schools: #"[{"id": "a", "name": "A"}, {"id": ⟪"a"⟫, "name": "B"}]"#),
      ["schools[1].id: duplicate school id \"a\""], hints: ["each school needs an id of its own"]),
    Case(
      "misspelt phase", proposal(schools: #"[{"id": "a", "name": "A", "phase": ⟪"primry"⟫}]"#),
      ["schools[0].phase: \"primry\" is not a phase"], hints: ["did you mean 'primary'?"]),
    Case(
      "misspelt school key", proposal(schools: #"[⟪{⟫"id": "a", ⟪"nmae"⟫: "A"}]"#),
      ["schools[0].name: missing required key \"name\"", "schools[0].nmae: unknown key \"nmae\""],
      hints: ["add \"name\": a string", "did you mean 'name'?"]),
    // Partners.
    Case(
      "unknown partner kind", proposal(#", "partners": [{"kind": ⟪"university"⟫, "name": "U"}]"#),
      ["partners[0].kind: \"university\" is not a partner kind"],
      hints: ["use \"local-authority\", \"higher-education\", \"community\", \"other\""]),
    Case(
      "misspelt brokerage role",
      proposal(
        #", "partners": [{"kind": "local-authority", "name": "LA", "brokerage": [⟪"resource"⟫]}]"#),
      ["partners[0].brokerage[0]: \"resource\" is not a brokerage role"],
      hints: ["did you mean 'resources'?"]),
    Case(
      "partner without a name", proposal(#", "partners": [⟪{⟫"kind": "community"}]"#),
      ["partners[0].name: missing required key \"name\""], hints: ["add \"name\": a string"]),
    // Leadership.
    Case(
      "unknown leadership model", proposal(#", "leadership": {"model": ⟪"shared"⟫}"#),
      ["leadership.model: \"shared\" is not a leadership model"],
      hints: ["use \"single\", \"co-leadership\", \"distributed\""]),
    Case(
      "leader from no member school",
      proposal(#", "leadership": {"leaders": [{"name": "L", "school": ⟪"c"⟫}]}"#),
      ["leadership.leaders[0].school: \"c\" is not a member school"],
      hints: ["the member schools are: a, b; or add the school to \"schools\""]),
    Case(
      "leader school misspelt",
      proposal(
        #", "leadership": {"leaders": [{"name": "L", "school": ⟪"riverside"⟫}]}"#,
        schools: #"[{"id": "riversid", "name": "A"}]"#),
      ["leadership.leaders[0].school: \"riverside\" is not a member school"],
      hints: ["did you mean 'riversid'? Otherwise add the school to \"schools\""]),
    Case(
      "negative days",
      proposal(#", "leadership": {"leaders": [{"name": "L", "daysPerMonth": ⟪-2⟫}]}"#),
      ["leadership.leaders[0].daysPerMonth: -2 is less than 0"], hints: ["use a number (0 or more)"]
    ),
    Case(
      "days as text",
      proposal(#", "leadership": {"leaders": [{"name": "L", "daysPerMonth": ⟪"2"⟫}]}"#),
      ["leadership.leaders[0].daysPerMonth: expected a number (0 or more), found a string \"2\""],
      hints: ["write the number without quotes: 2"]),
    Case(
      "days with a unit",
      proposal(#", "leadership": {"leaders": [{"name": "L", "daysPerMonth": ⟪"2 days"⟫}]}"#),
      [
        "leadership.leaders[0].daysPerMonth: expected a number (0 or more), found a string \"2 days\""
      ],
      hints: ["write the number alone: 2"]),
    Case(
      "days in words",
      proposal(#", "leadership": {"leaders": [{"name": "L", "daysPerMonth": ⟪"two"⟫}]}"#),
      ["leadership.leaders[0].daysPerMonth: expected a number (0 or more), found a string \"two\""],
      hints: ["write the number in figures, without quotes: 2"]),
    Case(
      "management plan as text", proposal(#", "leadership": {"managementPlan": ⟪"true"⟫}"#),
      ["leadership.managementPlan: expected true or false, found a string \"true\""],
      hints: ["write true without quotes"]),
    // Knots.
    Case(
      "misspelt knot type",
      proposal(#", "knots": [{"name": "K", "type": ⟪"colaborative-enquiry"⟫}]"#),
      ["knots[0].type: \"colaborative-enquiry\" is not a knot type"],
      hints: ["did you mean 'collaborative-enquiry'?"]),
    Case(
      "knot without a type", proposal(#", "knots": [⟪{⟫"name": "K"}]"#),
      ["knots[0].type: missing required key \"type\""],
      hints: [
        "add \"type\": one of \"joint-work\", \"collective-planning\", \"mutual-problem-solving\", \"collaborative-enquiry\", \"shared-professional-development\""
      ]),
    Case(
      "knot with no schools",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "schools": ⟪[]⟫}]"#),
      ["knots[0].schools: the array is empty; at least 1 item is needed"],
      hints: ["add one, such as [\"school-id\"], or leave the key out"]),
    Case(
      "knot naming a school that is not a member",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "schools": ["a", ⟪"z"⟫]}]"#),
      ["knots[0].schools[1]: \"z\" is not a member school"],
      hints: ["the member schools are: a, b; or add the school to \"schools\""]
    ),
    Case(
      "knot naming a school by its name rather than its id",
      proposal(
        #", "knots": [{"name": "K", "type": "joint-work", "schools": ["a", ⟪"hill"⟫]}]"#,
        schools: #"[{"id": "a", "name": "A"}, {"id": "hill-school", "name": "Hill"}]"#),
      ["knots[0].schools[1]: \"hill\" is not a member school"],
      hints: ["that is the name of the school whose id is \"hill-school\": write its id here"]
    ),
    Case(
      "knot naming a school twice",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "schools": ["a", ⟪"a"⟫]}]"#),
      ["knots[0].schools[1]: \"a\" is listed twice"], hints: ["list each item once"]),
    Case(
      "meetings not whole",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "meetingsPerYear": ⟪2.5⟫}]"#),
      ["knots[0].meetingsPerYear: 2.5 is not a whole number"],
      hints: ["use a whole number (0 or more)"]),
    Case(
      "months zero", proposal(#", "knots": [{"name": "K", "type": "joint-work", "months": ⟪0⟫}]"#),
      ["knots[0].months: 0 is less than 1"], hints: ["use a whole number (1 or more)"]),
    Case(
      "negative meetings",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "meetingsPerYear": ⟪-1⟫}]"#),
      ["knots[0].meetingsPerYear: -1 is less than 0"], hints: ["use a whole number (0 or more)"]),
    Case(
      "facilitated as text",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "facilitated": ⟪"false"⟫}]"#),
      ["knots[0].facilitated: expected true or false, found a string \"false\""],
      hints: ["write false without quotes"]),
    Case(
      "facilitated as yes",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "facilitated": ⟪"yes"⟫}]"#),
      ["knots[0].facilitated: expected true or false, found a string \"yes\""],
      hints: ["write true without quotes"]),
    Case(
      "facilitated as no",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "facilitated": ⟪"No"⟫}]"#),
      ["knots[0].facilitated: expected true or false, found a string \"No\""],
      hints: ["write false without quotes"]),
    Case(
      "a type in brackets",
      proposal(#", "knots": [{"name": "K", "type": ⟪["joint-work"]⟫}]"#),
      [
        "knots[0].type: expected one of \"joint-work\", \"collective-planning\", \"mutual-problem-solving\", \"collaborative-enquiry\", \"shared-professional-development\", found an array [\"joint-work\"]"
      ],
      hints: ["write it without the brackets: \"joint-work\""]),
    Case(
      "unknown process",
      proposal(
        #", "knots": [{"name": "K", "type": "joint-work", "processes": [⟪"learning-about"⟫]}]"#),
      ["knots[0].processes[0]: \"learning-about\" is not a learning process"],
      hints: ["did you mean 'learning-from'?"]),
    Case(
      "levels not in an array",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "levels": ⟪"pupil"⟫}]"#),
      ["knots[0].levels: expected an array of levels of learning, found a string \"pupil\""],
      hints: ["put it in an array: [\"pupil\"]"]),
    Case(
      "levels in one string",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "levels": ⟪"pupil, adult"⟫}]"#),
      ["knots[0].levels: expected an array of levels of learning, found a string \"pupil, adult\""],
      hints: ["write each in double quotes, in an array: [\"pupil\", \"adult\"]"]),
    Case(
      "high-yield activity twice",
      proposal(
        #", "knots": [{"name": "K", "type": "joint-work", "highYield": ["shared-pd-planning", ⟪"shared-pd-planning"⟫]}]"#
      ),
      ["knots[0].highYield[1]: \"shared-pd-planning\" is listed twice"],
      hints: ["list each item once"]),
    Case(
      "unknown character",
      proposal(#", "knots": [{"name": "K", "type": "joint-work", "character": ⟪"flexible"⟫}]"#),
      ["knots[0].character: \"flexible\" is not a knot character"],
      hints: ["use \"architectural\", \"fluid\""]),
    // Participation and principles.
    Case(
      "unknown participation key", proposal(#", "participation": {⟪"where"⟫: "x"}"#),
      ["participation.where: unknown key \"where\""],
      hints: ["the keys of a participation are: who, why, how, when, purposes, duration"]),
    Case(
      "principle with an underscore", proposal(#", "principles": {⟪"moral_purpose"⟫: "x"}"#),
      ["principles.moral_purpose: unknown key \"moral_purpose\""],
      hints: ["did you mean 'moral-purpose'?"]),
    // Several at once, in the order they stand.
    Case(
      "three mistakes at once",
      #"{"format": "network-proposal/1", "name": "N", "geography": ⟪"linkd"⟫, "schools": [{"id": "a", "name": "A"}], "knots": [{"name": "K", "type": ⟪"enquiry"⟫, "schools": [⟪"b"⟫]}]}"#,
      [
        "geography: \"linkd\" is not a geography", "knots[0].type: \"enquiry\" is not a knot type",
        "knots[0].schools[0]: \"b\" is not a member school",
      ],
      hints: [
        "did you mean 'linked'?", "did you mean 'collaborative-enquiry'?",
        "the member schools are: a; or add the school to \"schools\"",
      ]),
    Case(
      "duplicate keys and a wrong type together",
      proposal(#", "knots": [], ⟪"knots"⟫: [], "partners": ⟪{}⟫"#),
      ["duplicate key \"knots\"", "partners: expected an array of partners, found an object {}"],
      hints: [
        "each key may appear once in an object",
        "put it in square brackets, as an array of one: [{…}]",
      ]),
  ]

  @Test func thereAreEnoughCases() { #expect(Self.cases.count >= 40) }

  @Test(arguments: cases)
  func refused(_ test: Case) {
    switch ProposalDocument.read(Array(test.text.utf8), name: "p.json") {
    case .success:
      Issue.record("the proposal was accepted")
    case .failure(let error):
      let diagnostics = error.diagnostics
      #expect(diagnostics.map(\.message) == test.messages)
      #expect(diagnostics.map(\.hint) == test.hints)
      #expect(diagnostics.allSatisfy { $0.hint?.isEmpty == false }, "every problem has a hint")
      #expect(diagnostics.map { $0.location?.range } == test.ranges)
    }
  }

  @Test func locationsPrintAsLineAndColumn() {
    let text =
      "{\n  \"format\": \"network-proposal/1\",\n  \"name\": \"N\",\n  \"geography\": \"linkd\",\n  \"schools\": [{\"id\": \"a\", \"name\": \"A\"}]\n}\n"
    guard case .failure(let error) = ProposalDocument.read(Array(text.utf8), name: "p.json") else {
      Issue.record("accepted")
      return
    }
    #expect(
      DiagnosticRenderer().render(error.diagnostics) == """
        p.json:4:16: error: geography: "linkd" is not a geography
            4 |   "geography": "linkd",
              |                ^~~~~~~
              = hint: did you mean 'linked'?
              = fix-it: replace '"linkd"' with '"linked"'

        """)
  }

  /// The README's example of a refused proposal is what the tool prints for it.
  @Test func theReadmeShowsWhatTheToolPrints() throws {
    let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
    let command = "$ network-advisor assess valley.json\n"
    let start = try #require(readme.range(of: command)).upperBound
    let end = try #require(readme[start...].range(of: "```")).lowerBound
    let folder = Fixtures.temporaryFolder()
    try """
    {
      "format": "network-proposal/1",
      "name": "Valley Network",
      "geography": "linkd",
      "schools": [
        { "id": "ash", "name": "Ash Primary", "phase": "primary" },
        { "id": "beech", "name": "Beech Primary", "phase": "primary" }
      ],
      "knots": [
        { "name": "Reading team", "type": "enquiry", "schools": ["ash", "birch"] }
      ]
    }

    """.write(toFile: folder + "/valley.json", atomically: false, encoding: .utf8)
    let result = Fixtures.run(["assess", folder + "/valley.json"])
    #expect(result.status == .invalidInput)
    #expect(result.errors.replacingOccurrences(of: folder + "/", with: "") == readme[start..<end])
  }

  @Test func byteOrderMarkIsAccepted() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.proposal().utf8)
    let result = try ProposalDocument.read(bytes, name: "p.json").get()
    #expect(result.proposal.schools.count == 2)
  }

  @Test func invalidUTF8IsRefused() {
    let bytes = Array(#"{"name": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
    guard case .failure(let error) = ProposalDocument.read(bytes, name: "p.json") else {
      Issue.record("accepted")
      return
    }
    #expect(
      error.diagnostics.first?.message
        == "the file is not UTF-8 text (an invalid byte at offset 10)")
  }

  @Test func validProposalsAreAccepted() throws {
    #expect(throws: Never.self) {
      try ProposalDocument.read(Array(Self.proposal().utf8), name: "p").get()
    }
    let all = Self.proposal(
      #", "knots": [{"name": "K", "type": "joint-work", "schools": ["a", "b"], "months": 1, "meetingsPerYear": 0}]"#
    )
    #expect(throws: Never.self) { try ProposalDocument.read(Array(all.utf8), name: "p").get() }
  }
}
