import Foundation
import Testing

@testable import NetworkAdvisor

/// `network-advisor diff`: two versions of a proposal, or two portfolios. The tests bring
/// their own small framework so that what they check does not hang on the default rules'
/// weights and grades.
@Suite struct DiffTests {
  static let rules = """
    framework "Diff test"
    area knots "Knots" weight 1
    area leadership "Leadership" weight 1
    area purpose "Purpose" weight 1
    grade A "Good" from 50
    grade B "Weak" from 0
    verdict not-ready when failedEssential > 0
    verdict ready otherwise
    rule knots.facilitated
      title "Every knot is facilitated"
      area knots
      source "Networked learning activity"
      passes when size([k for k in knots where not k.facilitated]) == 0
      advice "Facilitate {[k.name for k in knots where not k.facilitated]}."
      example pass { "knots": [ { "name": "K", "type": "joint-work", "facilitated": true } ] }
      example fail { "knots": [ { "name": "K", "type": "joint-work" } ] }
    end
    rule leadership.time
      title "Leaders give two days a month"
      area leadership
      source "Four things effective networks do"
      passes when sum([l.daysPerMonth for l in leadership.leaders]) >= 2
      advice "Give the network two days a month."
      example pass { "leadership": { "leaders": [ { "name": "A", "daysPerMonth": 2 } ] } }
      example fail { }
    end
    rule purpose.idea
      title "A compelling idea"
      area purpose
      essential caps B
      source "Four things effective networks do"
      passes when given(purpose.idea)
      advice "Write the idea."
      example pass { "purpose": { "idea": "x" } }
      example fail { }
    end
    rule knots.three
      title "Three knots"
      area knots
      source "Networked learning activity"
      passes when size(knots) >= 3
      advice "Have three knots."
      example pass { "knots": [ { "name": "A", "type": "joint-work" }, { "name": "B", "type": "joint-work" }, { "name": "C", "type": "joint-work" } ] }
      example fail { }
    end

    """

  /// Last term's proposal: one knot unfacilitated, one day a month of leadership, an idea.
  static let before = """
    { "format": "network-proposal/1", "name": "Valley <b>*North*</b>", "geography": "linked",
      "purpose": { "idea": "Readers by eight" },
      "schools": [ { "id": "ash", "name": "Ash Primary" }, { "id": "oak", "name": "Oak Primary" } ],
      "leadership": { "leaders": [ { "name": "M. Green", "school": "ash", "daysPerMonth": 1 } ] },
      "partners": [ { "kind": "community", "name": "Library" } ],
      "knots": [ { "name": "Reading team", "type": "collaborative-enquiry", "levels": ["pupil"] },
                 { "name": "Heads group", "type": "collective-planning", "facilitated": true } ] }
    """

  /// This term's: both recommendations acted on (the knot facilitated, two days a month),
  /// and one thing broken (the idea left out); schools, knots and partners changed too.
  static let after = """
    { "format": "network-proposal/1", "name": "Valley <b>*North*</b>", "geography": "linked",
      "purpose": { "idea": "  " },
      "schools": [ { "id": "ash", "name": "Ash Primary School" }, { "id": "elm", "name": "Elm Primary" } ],
      "leadership": { "leaders": [ { "name": "M. Green", "school": "ash", "daysPerMonth": 2 } ] },
      "partners": [ { "kind": "community", "name": "Town Library" } ],
      "knots": [ { "name": "Reading team", "type": "collaborative-enquiry", "facilitated": true, "levels": ["adult", "pupil"] },
                 { "name": "Heads learning group", "type": "collective-planning", "facilitated": true } ] }
    """

  static func setUp(_ files: [String: String]) -> String {
    PortfolioTests.folder(files.merging(["rules/test.rules": rules]) { $1 })
  }

  static func run(_ arguments: [String], in folder: String) -> (
    status: ExitCode, output: String, errors: String
  ) {
    Fixtures.run(["diff"] + arguments.map { folder + "/" + $0 } + ["--rules", folder + "/rules"])
  }

  static func strings(_ value: JSONValue?, _ key: String = "rule") -> [String] {
    guard case .array(let elements)? = value?.kind else { return [] }
    return elements.compactMap {
      if case .string(let text)? = $0[key]?.kind { return text }
      return nil
    }
  }

  /// A knot that leaves out its schools takes in every member school: narrowing it to two
  /// schools removes the others, it does not add the two.
  @Test func aKnotNarrowedFromEverySchoolLosesTheOthers() throws {
    let schools =
      #""schools": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}]"#
    let old = try JSONReader.parse(
      "{\(schools), \"knots\": [{\"name\": \"K\", \"type\": \"joint-work\"}]}")
    let new = try JSONReader.parse(
      "{\(schools), \"knots\": [{\"name\": \"K\", \"type\": \"joint-work\", \"schools\": [\"a\", \"b\"]}]}"
    )
    let changes = ProposalChange.between(old, new)
    #expect(changes.count == 1)
    #expect(changes.first?.field == "schools")
    #expect(changes.first.map { JSONWriter.compact($0.old!) } == #"["a","b","c"]"#)
    // Left out in both versions, a knot's schools are not a change of the knot.
    #expect(ProposalChange.between(old, old).isEmpty)
  }

  @Test func actedOnTwoRecommendationsAndBrokeOneThing() throws {
    let folder = Self.setUp(["old.json": Self.before, "new.json": Self.after])
    let result = Self.run(["old.json", "new.json"], in: folder)
    #expect(result.status == .success, "\(result.errors)")
    let json = try JSONReader.parse(
      Fixtures.run([
        "diff", folder + "/old.json", folder + "/new.json", "--rules", folder + "/rules",
        "--format", "json",
      ]).output)
    #expect(json["format"]?.kind == .string("network-diff/1"))
    guard case .array(let pairs)? = json["pairs"]?.kind, let pair = pairs.first else {
      Issue.record("no pairs")
      return
    }
    #expect(pair["status"]?.kind == .string("compared"))
    #expect(Self.strings(pair["findings"]?["fixed"]) == ["knots.facilitated", "leadership.time"])
    #expect(Self.strings(pair["findings"]?["broken"]) == ["purpose.idea"])
    // Acted on: in the order they were recommended.
    #expect(
      Set(Self.strings(pair["recommendations"]?["actedOn"]))
        == ["knots.facilitated", "leadership.time"])
    #expect(Self.strings(pair["recommendations"]?["stillOpen"]) == ["knots.three"])
    #expect(Self.strings(pair["recommendations"]?["new"]) == ["purpose.idea"])
    #expect(pair["verdict"]?["old"]?.kind == .string("ready"))
    #expect(pair["verdict"]?["new"]?.kind == .string("not-ready"))
    #expect(Self.strings(pair["reasons"]?["new"]) == ["purpose.idea"])
    guard case .number(let old)? = pair["score"]?["old"]?.kind,
      case .number(let new)? = pair["score"]?["new"]?.kind,
      case .number(let change)? = pair["scoreChange"]?.kind
    else {
      Issue.record("no scores")
      return
    }
    #expect(abs(new - old - change) < 0.05)
    guard case .array(let changes)? = pair["proposal"]?.kind else {
      Issue.record("no proposal changes")
      return
    }
    let described = changes.map { change in
      ["section", "item", "change", "field"].map { key -> String in
        if case .string(let text)? = change[key]?.kind { return text }
        return "-"
      }.joined(separator: " ")
    }
    #expect(
      described == [
        "purpose - removed idea",
        "schools ash changed name",
        "schools elm added -",
        "schools oak removed -",
        "knots Reading team added facilitated",
        "knots Reading team changed levels",
        "knots Heads learning group renamed name",
        "leaders M. Green changed daysPerMonth",
        "partners Town Library renamed name",
      ])
  }

  @Test func textSaysWhatChangedAndWhatWasActedOn() {
    let folder = Self.setUp(["old.json": Self.before, "new.json": Self.after])
    let text = Self.run(["old.json", "new.json"], in: folder).output
    for line in [
      "  Verdict ready → not-ready\n",
      "    purpose: idea removed (was \"Readers by eight\")\n",
      "    schools \"ash\": name \"Ash Primary\" → \"Ash Primary School\"\n",
      "    schools: added \"elm\" (Elm Primary)\n",
      "    knots \"Reading team\": levels added adult\n",
      "    knots: renamed \"Heads group\" → \"Heads learning group\"\n",
      "    leaders \"M. Green\": daysPerMonth 1 → 2\n",
      "    ✓ Every knot is facilitated [knots.facilitated]\n",
      "    ✓ Leaders give two days a month [leadership.time]\n",
      "    1. ✗ A compelling idea [purpose.idea]\n         passed before\n         Write the idea.\n",
      "  Still open: recommended before, and still recommended (1)\n"
        + "    Numbered as in What to do first of the later report; item 1 is now failing\n"
        + "    (above).\n    2. Three knots [knots.three]\n",
    ] {
      #expect(text.contains(line), "missing: \(line)")
    }
  }

  @Test func markdownEscapesNames() {
    let folder = Self.setUp(["old.json": Self.before, "new.json": Self.after])
    let markdown = Fixtures.run([
      "diff", folder + "/old.json", folder + "/new.json", "--rules", folder + "/rules",
      "--format", "markdown",
    ]).output
    #expect(markdown.contains("## Valley &lt;b&gt;\\*North\\*&lt;/b&gt;\n"))
    #expect(!markdown.contains("<b>"))
    #expect(markdown.contains("| Verdict | ready | not-ready |"))
  }

  @Test func foldersAreMatchedByFileName() throws {
    let folder = Self.setUp([
      "autumn/valley.json": Self.before, "spring/valley.json": Self.after,
      "autumn/left.json": Self.before, "spring/joined.json": Self.after,
      "autumn/sub/broken.json": Self.before, "spring/sub/broken.json": "{",
    ])
    let result = Self.run(["autumn", "spring"], in: folder)
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("sub/broken.json:1:2: error: malformed JSON"))
    let json = try JSONReader.parse(
      Fixtures.run([
        "diff", folder + "/autumn", folder + "/spring", "--rules", folder + "/rules", "--format",
        "json",
      ]).output)
    guard case .array(let pairs)? = json["pairs"]?.kind else {
      Issue.record("no pairs")
      return
    }
    #expect(
      pairs.map { $0["status"]?.kind } == [
        .string("added"), .string("removed"), .string("refused"), .string("compared"),
      ])
    #expect(pairs[0]["old"]?.kind == .null)
    #expect(pairs[1]["new"]?.kind == .null)
    #expect(result.output.hasSuffix("4 networks: 1 compared, 1 added, 1 removed, 1 refused\n"))

    try FileManager.default.removeItem(atPath: folder + "/spring/sub")
    try FileManager.default.removeItem(atPath: folder + "/autumn/sub")
    #expect(Self.run(["autumn", "spring"], in: folder).status == .success)
  }

  @Test func aFileAndAFolderCannotBeCompared() {
    let folder = Self.setUp(["a/x.json": Self.before, "y.json": Self.after])
    let result = Self.run(["a", "y.json"], in: folder)
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("must both be files or both be folders"))
  }

  @Test func jsonIsTheSameEveryTime() {
    let folder = Self.setUp(["old.json": Self.before, "new.json": Self.after])
    let arguments = [
      "diff", folder + "/old.json", folder + "/new.json", "--rules", folder + "/rules",
      "--format", "json",
    ]
    #expect(Fixtures.run(arguments).output == Fixtures.run(arguments).output)
  }

  static func changes(_ old: String, _ new: String) throws -> [String] {
    try ProposalChange.between(JSONReader.parse(old), JSONReader.parse(new)).map {
      DiffReport.describe($0)
    }
  }

  @Test func orderOfPlainListsAndBlankStringsAreNoChange() throws {
    #expect(
      try Self.changes(
        #"{"knots": [{"name": "K", "levels": ["a", "b"]}], "purpose": {"idea": ""}}"#,
        #"{"knots": [{"name": "K", "levels": ["b", "a"]}]}"#
      ).isEmpty)
  }

  @Test func knotsOfTheSameNameAreMatchedInOrder() throws {
    #expect(
      try Self.changes(
        #"{"knots": [{"name": "K", "months": 1}, {"name": "K", "months": 2}]}"#,
        #"{"knots": [{"name": "K", "months": 1}, {"name": "K", "months": 3}]}"#
      ) == ["knots \"K\": months 2 → 3"])
  }

  @Test func theNetworksOwnFieldsAndOtherObjectsAreCompared() throws {
    #expect(
      try Self.changes(
        #"{"name": "A", "geography": "linked", "leadership": {"model": "single", "leaders": []}}"#,
        #"{"name": "B", "geography": "dispersed", "leadership": {"model": "distributed"}, "participation": {"who": "all staff"}}"#
      ) == [
        "network: name \"A\" → \"B\"", "network: geography \"linked\" → \"dispersed\"",
        "leadership: model \"single\" → \"distributed\"",
        "participation: who added: \"all staff\"",
      ])
  }

  /// A proposal compared with itself has no changes, over hundreds of generated proposals.
  @Test func aProposalComparedWithItselfHasNoChanges() throws {
    for seed in 1...200 {
      let text = ProposalGenerator.json(
        schools: 2 + seed % 7, knots: 1 + seed % 4, seed: UInt64(seed))
      let value = try JSONReader.parse(text)
      #expect(ProposalChange.between(value, value).isEmpty, "seed \(seed)")
    }
  }

  /// Between any two generated proposals assessed with the default rules, every rule that
  /// moved is counted once; the recommendations acted on are exactly the rules fixed; every
  /// earlier recommendation is acted on, no longer applies or is still open; the rules now
  /// failing are exactly the new recommendations; and the numbers of the items now failing
  /// and still open are together the later report's items, each once.
  @Test func movesAndRecommendationsAgree() throws {
    func assessed(_ seed: Int) throws -> Assessment {
      let text = ProposalGenerator.json(
        schools: 2 + seed % 9, knots: 1 + seed % 5, seed: UInt64(seed))
      let read = try ProposalDocument.read(Array(text.utf8), name: "generated").get()
      return Assessment(
        framework: Fixtures.framework, subjectName: read.proposal.name, fields: read.fields)
    }
    var fixed = 0
    var broken = 0
    var notJudged = 0
    for seed in 1...150 {
      let diff = NetworkDiff(
        old: .init(file: "old", assessment: try assessed(seed)),
        new: .init(file: "new", assessment: try assessed(seed * 7 + 3)), changes: [])
      let ids = { (moves: [NetworkDiff.Move]) in moves.map(\.rule.id) }
      let parts = ids(diff.fixed) + ids(diff.broken) + ids(diff.otherMoves)
      #expect(parts.sorted() == ids(diff.moves).sorted(), "seed \(seed)")
      #expect(Set(diff.actedOn.map(\.rule.id)) == Set(ids(diff.fixed)), "seed \(seed)")
      let old = diff.old?.assessment?.recommendations.map(\.rule.id) ?? []
      let accounted =
        diff.actedOn.map(\.rule.id) + diff.noLongerApply.map(\.rule.id)
        + diff.stillOpen.map(\.rule.id)
      #expect(accounted.sorted() == old.sorted(), "seed \(seed)")
      let new = diff.new?.assessment?.recommendations.map(\.rule.id) ?? []
      let later = diff.stillOpen.map(\.rule.id) + diff.newlyRecommended.map(\.rule.id)
      #expect(later.sorted() == new.sorted(), "seed \(seed)")
      let shown = ids(diff.fixed) + ids(diff.nowFailing) + ids(diff.judgedOrNot)
      #expect(shown.sorted() == ids(diff.moves).sorted(), "seed \(seed)")
      #expect(Set(ids(diff.broken)).isSubset(of: ids(diff.nowFailing)), "seed \(seed)")
      #expect(ids(diff.nowFailing).sorted() == diff.newlyRecommended.map(\.rule.id).sorted())
      let items = (diff.stillOpen + diff.newlyRecommended).map(\.priority).sorted()
      #expect(items == Array(1...max(new.count, 1)).prefix(new.count).map { $0 }, "seed \(seed)")
      fixed += diff.fixed.count
      broken += diff.broken.count
      notJudged += diff.nowFailing.filter(\.wasNotJudged).count
    }
    // The generated pairs differ enough for rules to move both ways, and for rules not
    // judged before to fail.
    #expect(fixed > 0 && broken > 0 && notJudged > 0)
  }
}
