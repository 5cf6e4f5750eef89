import Foundation
import Testing

@testable import NetworkAdvisor

/// `compare` as a broker's batch: valid, invalid and same-named proposals in folders, in
/// every format, with each network's own report.
@Suite struct PortfolioTests {
  static let awkwardName = "Valley, \"North\"\r\nNetwork, with \"quotes\""
  static let formulaName = "=HYPERLINK(\"http://example.com\",\"x\")"

  /// The spec's example under another name.
  static func riverside(named name: String) -> String {
    let text = try! String(
      contentsOfFile: Fixtures.path("scenarios/proposals/riverside.proposal.json"),
      encoding: .utf8)
    return text.replacingOccurrences(
      of: "\"name\": \"Riverside Learning Network\"", with: "\"name\": \(JSONWriter.quoted(name))")
  }

  /// Writes files (paths may name subfolders) into a fresh folder.
  static func folder(_ files: [String: String]) -> String {
    let folder = Fixtures.temporaryFolder()
    for (name, text) in files {
      let path = folder + "/" + name
      try! FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try! text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// An inbox: two proposals with the same file name in different folders, one with a
  /// name full of commas, quotes and a line break; hostile names; a name that looks like a
  /// formula; a file with a syntax error and one with a misspelt key; files that are not
  /// proposals or are hidden, which are left out.
  static func inbox() -> String {
    let hostile = try! String(
      contentsOfFile: Fixtures.path("scenarios/proposals/hostile-names.proposal.json"),
      encoding: .utf8)
    return folder([
      "autumn/riverside.json": riverside(named: "Riverside Learning Network"),
      "spring/riverside.json": riverside(named: awkwardName),
      "hostile.json": hostile,
      "formula.json": riverside(named: formulaName),
      "broken.json": "{\"format\": \"network-proposal/1\", \"name\": ",
      "misspelt.json": riverside(named: "Misspelt").replacingOccurrences(
        of: "\"geography\"", with: "\"geografy\""),
      "notes.txt": "not a proposal",
      ".drafts/draft.json": "{",
    ])
  }

  /// The inbox's proposal files in the order `compare` takes them.
  static let order = [
    "autumn/riverside.json", "broken.json", "formula.json", "hostile.json", "misspelt.json",
    "spring/riverside.json",
  ]

  static let formats = ["text", "markdown", "json", "csv", "html"]

  @Test(arguments: formats)
  func aBatchSurvivesBadFiles(_ format: String) {
    let inbox = Self.inbox()
    let result = Fixtures.run(["compare", inbox, "--format", format])
    #expect(result.status == .invalidInput)
    // Every problem of every refused file is on standard error, as for one file.
    #expect(result.errors.contains("broken.json:1:42: error: malformed JSON"))
    #expect(result.errors.contains("misspelt.json:9:3: error: geografy: unknown key \"geografy\""))
    #expect(result.errors.contains("= hint: did you mean 'geography'?"))
    #expect(result.errors.contains("2 of 6 files were refused; the others were compared.\n"))
    #expect(!result.errors.contains("draft.json"))
    // Every row shows its file; the refused ones too.
    for file in Self.order {
      #expect(result.output.contains(file), "\(file) is missing from the \(format) output")
    }
    #expect(result.output.contains("refused"))
  }

  @Test func jsonHasARowPerFileInNameOrderAndTheRefusedFilesProblems() throws {
    let inbox = Self.inbox()
    let result = Fixtures.run(["compare", inbox, "--format", "json"])
    let json = try JSONReader.parse(result.output)
    guard case .array(let networks)? = json["networks"]?.kind else {
      Issue.record("no networks")
      return
    }
    #expect(networks.map { $0["file"]?.kind } == Self.order.map { .string(inbox + "/" + $0) })
    let statuses = networks.map { $0["status"]?.kind }
    #expect(
      statuses
        == ["assessed", "refused", "assessed", "assessed", "refused", "assessed"].map {
          .string($0)
        })
    #expect(
      networks[1]["problem"]?.kind
        == .string(
          inbox
            + "/broken.json:1:42: malformed JSON: unexpected end of the document; expected a value")
    )
    #expect(networks[4]["problems"]?.kind == .number(2))
    #expect(networks[5]["network"]?.kind == .string(Self.awkwardName))
    #expect(json["summary"]?["refused"]?.kind == .number(2))
    #expect(json["summary"]?["assessed"]?.kind == .number(4))
  }

  /// The summary of weaknesses agrees with the networks' own findings, whatever the rules.
  @Test func commonWeaknessesCountTheNetworksThatFailEachRule() throws {
    let inbox = Self.inbox()
    let result = Fixtures.run(["compare", inbox, "--format", "json"])
    let json = try JSONReader.parse(result.output)
    var failing: [String: [String]] = [:]
    for name in Self.order {
      let path = inbox + "/" + name
      guard
        let read = try? ProposalDocument.read(
          Array(FileManager.default.contents(atPath: path)!), name: path
        ).get()
      else { continue }
      let assessment = Assessment(
        framework: Fixtures.framework, subjectName: read.proposal.name, fields: read.fields)
      for finding in assessment.findings where finding.outcome == .fail {
        failing[finding.rule.id, default: []].append(path)
      }
    }
    guard case .array(let weaknesses)? = json["commonWeaknesses"]?.kind else {
      Issue.record("no commonWeaknesses")
      return
    }
    #expect(weaknesses.count == failing.count)
    var previous = Int.max
    for weakness in weaknesses {
      guard case .string(let rule)? = weakness["rule"]?.kind,
        case .number(let count)? = weakness["count"]?.kind,
        case .array(let networks)? = weakness["networks"]?.kind
      else {
        Issue.record("a weakness without rule, count or networks")
        continue
      }
      #expect(Int(count) == failing[rule]?.count)
      #expect(networks.map { $0["file"]?.kind } == (failing[rule] ?? []).map { .string($0) })
      #expect(Int(count) <= previous, "most common first")
      previous = Int(count)
    }
  }

  @Test func csvReadsBackWithEveryNameIntact() throws {
    let inbox = Self.inbox()
    let result = Fixtures.run(["compare", inbox, "--format", "csv"])
    #expect(result.output.hasSuffix("\r\n"))
    let records = try CSVParser.parse(result.output)
    #expect(records.first == ComparisonReport.csvColumns)
    #expect(records.count == 1 + Self.order.count)
    for record in records { #expect(record.count == ComparisonReport.csvColumns.count) }
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
    #expect(rows.map { $0["file"] } == Self.order.map { inbox + "/" + $0 })
    #expect(rows[5]["network"] == Self.awkwardName)
    // A name that a spreadsheet would run as a formula is kept as text.
    #expect(rows[2]["network"] == "'" + Self.formulaName)
    #expect(rows[3]["network"]?.contains("<script>alert(\"network\")</script> & Partners'") == true)
    #expect(rows[1]["verdict"] == "refused")
    #expect(rows[1]["problem"]?.hasPrefix(inbox + "/broken.json:1:42: malformed JSON") == true)
    #expect(rows[4]["problem"]?.contains("misspelt.json:") == true)
    for row in rows where row["verdict"] != "refused" {
      let score = try #require(Double(row["score"] ?? ""))
      #expect((0...100).contains(score))
      // The spec's example has 7 schools and 6 knots; the hostile one 6 and 2.
      let isHostile = row["file"]?.hasSuffix("hostile.json") == true
      #expect(Int(row["schools"] ?? "") == (isHostile ? 6 : 7))
      #expect(Int(row["knots"] ?? "") == (isHostile ? 2 : 6))
      // The verdict's reasons or conditions, one a line, as the assessment gives them.
      let path = try #require(row["file"])
      let read = try ProposalDocument.read(
        Array(FileManager.default.contents(atPath: path)!), name: path
      ).get()
      let assessment = Assessment(
        framework: Fixtures.framework, subjectName: read.proposal.name, fields: read.fields)
      let points = (assessment.reasons + assessment.conditions).map {
        "\($0.message) [\($0.rule.id)]"
      }
      #expect(row["conditions or reasons"] == points.joined(separator: "\n"))
      #expect(row["verdict"] == assessment.verdict)
    }
  }

  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""), ("cr\r", "\"cr\r\""), ("", ""), ("=1+2", "'=1+2"),
    ("-3", "'-3"), ("@sum", "'@sum"), ("+x,y", "\"'+x,y\""),
  ])
  func csvField(_ text: String, _ expected: String) {
    #expect(CSV.field(text) == expected)
  }

  /// Any fields written as a record read back as written (with the apostrophe before a
  /// formula), over hundreds of seeded random records.
  @Test func csvRecordsRoundTrip() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let alphabet: [String] = [
      "a", "Z", ",", "\"", "\r", "\n", "\r\n", " ", "=", "-", "é", "学", "'",
    ]
    for _ in 0..<500 {
      let fields = (0..<(1 + next(6))).map { _ in
        (0..<next(8)).map { _ in alphabet[next(alphabet.count)] }.joined()
      }
      let records = try CSVParser.parse(CSV.record(fields))
      let expected = fields.map { field in
        field.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true
          ? "'" + field : field
      }
      #expect(records == [expected], "\(fields)")
    }
  }

  @Test func htmlEscapesEveryNameAndIsSelfContained() {
    let inbox = Self.inbox()
    let html = Fixtures.run(["compare", inbox, "--format", "html"]).output
    // The page's own script is the only one; no tag from a name can open.
    #expect(html.components(separatedBy: "<script").count - 1 == 1)
    for dangerous in ["<img", "<iframe", "<svg onload", "<em>", "</svg><svg"] {
      #expect(!html.contains(dangerous), "\(dangerous) appears unescaped")
    }
    let text = ReportTests.unescapeHTML(html)
    // The page shows networks' names (the hostile one's schools and knots show only in
    // the advice that names them, escaped like everything else).
    for name in [ReportTests.hostileNames[0], Self.formulaName, Self.awkwardName] {
      #expect(text.contains(name), "\(name) is not shown intact")
    }
    // The formula name holds an address, shown as text; nothing else points outside.
    // Hostile names show as escaped text (advice names the schools concerned), so they are
    // taken out before looking for anything that would load from outside.
    var page = html.replacingOccurrences(of: HTML.escape(Self.formulaName), with: "")
    for name in ReportTests.hostileNames {
      page = page.replacingOccurrences(of: HTML.escape(name), with: "")
    }
    for outside in ["<link", " src=", "http://", "https://", "url(", "@import"] {
      #expect(!page.contains(outside), "\(outside)")
    }
    #expect(html.contains("Content-Security-Policy"))
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
  }

  @Test func htmlTableIsSortableAndTheChartHasItsNumbers() throws {
    let html = Fixtures.run(["compare", Self.inbox(), "--format", "html"]).output
    let table = try #require(html.range(of: "<table class=\"portfolio sortable\">"))
    let headings = html[table.upperBound...].components(separatedBy: "</thead>")[0]
      .components(separatedBy: "<th ").dropFirst()
    #expect(headings.count == 9)
    for heading in headings { #expect(heading.contains("<button type=\"button\">")) }
    #expect(headings.filter { $0.contains("aria-sort=\"descending\"") }.count == 1)
    #expect(html.contains("role=\"img\""))
    #expect(html.contains("<tr><th scope=\"row\">refused</th><td class=\"number\">2</td></tr>"))
    #expect(html.contains("<h2 id=\"weaknesses\">Most common weaknesses</h2>"))
    #expect(html.contains("<h2 id=\"verdict-points\">Reasons and conditions</h2>"))
  }

  @Test func allValidGivesStatusZeroAndFailBelowGivesOne() throws {
    let folder = Self.folder([
      "a.json": Self.riverside(named: "A"),
      "b.json": try String(
        contentsOfFile: Fixtures.path("scenarios/proposals/two-islands.proposal.json"),
        encoding: .utf8),
    ])
    #expect(Fixtures.run(["compare", folder]).status == .success)
    // The expected status comes from the assessments themselves, not from a calibration.
    let grades = ["a.json", "b.json"].map { name -> String in
      let read = try! ProposalDocument.read(
        Array(FileManager.default.contents(atPath: folder + "/" + name)!), name: name
      ).get()
      return Assessment(
        framework: Fixtures.framework, subjectName: "", fields: read.fields
      ).grade.letter
    }
    let best = grades.min { Fixtures.framework.rank(of: $0) < Fixtures.framework.rank(of: $1) }!
    let result = Fixtures.run(["compare", folder, "--fail-below", best])
    #expect(result.status == (Set(grades).count > 1 ? .shortfall : .success))
    let worst = grades.max { Fixtures.framework.rank(of: $0) < Fixtures.framework.rank(of: $1) }!
    #expect(Fixtures.run(["compare", folder, "--fail-below", worst]).status == .success)
    #expect(Fixtures.run(["compare", folder, "--fail-below", "Q"]).status == .invalidInput)
  }

  @Test func reportsAreWrittenOnePerProposalAndLinked() throws {
    let inbox = Self.inbox()
    let out = Fixtures.temporaryFolder()
    let result = Fixtures.run([
      "compare", inbox, "--format", "html", "--output", out + "/portfolio.html", "--reports",
      out + "/reports",
    ])
    #expect(result.status == .invalidInput)  // two files were refused
    let written = try FileManager.default.contentsOfDirectory(atPath: out + "/reports").sorted()
    #expect(
      written == [
        "autumn-riverside.html", "formula.html", "hostile.html", "spring-riverside.html",
      ])
    let page = try String(contentsOfFile: out + "/portfolio.html", encoding: .utf8)
    for name in written { #expect(page.contains("href=\"reports/\(name)\"")) }
    let report = try String(contentsOfFile: out + "/reports/spring-riverside.html", encoding: .utf8)
    #expect(report.contains("<h1>Valley, &quot;North&quot;"))

    let markdown = Fixtures.run([
      "compare", inbox, "--format", "markdown", "--reports", out + "/md", "--report-format",
      "markdown",
    ])
    #expect(markdown.output.contains("](\(ComparisonReport.linkTarget(out + "/md/hostile.md"))"))
    #expect(FileManager.default.fileExists(atPath: out + "/md/autumn-riverside.md"))
  }

  @Test func aReportIsNeverWrittenOverAnInput() throws {
    let folder = Self.folder([
      "a.json": Self.riverside(named: "A"), "a.html": Self.riverside(named: "Also a proposal"),
    ])
    let before = try String(contentsOfFile: folder + "/a.html", encoding: .utf8)
    let result = Fixtures.run([
      "compare", folder + "/a.json", folder + "/a.html", "--reports", folder,
    ])
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("is an input of this command; it was not overwritten"))
    #expect(try String(contentsOfFile: folder + "/a.html", encoding: .utf8) == before)
  }

  @Test func aMissingPathIsARowOfItsOwn() throws {
    let folder = Self.folder(["a.json": Self.riverside(named: "A")])
    let result = Fixtures.run([
      "compare", folder + "/missing.json", folder, "--format", "csv",
    ])
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("error: no such file or folder '\(folder)/missing.json'"))
    let records = try CSVParser.parse(result.output)
    #expect(records.count == 3)
    #expect(records[1][0] == folder + "/missing.json")
    #expect(records[1][6] == "refused")
    #expect(records[2][1] == "A")
  }

  @Test func reportFormatNeedsReports() {
    let result = Fixtures.run(["compare", Self.inbox(), "--report-format", "markdown"])
    #expect(result.status == .invalidInput)
    #expect(result.errors.hasPrefix("Error: '--report-format' needs '--reports <dir>'."))
  }

  @Test(arguments: [
    (["x.json"], ["x.html"]),
    (["a/x.json", "b/x.json"], ["a-x.html", "b-x.html"]),
    (["a/b/x.json", "c/b/x.json", "y.json"], ["a-b-x.html", "c-b-x.html", "y.html"]),
    (["p/X.json", "p/x.json"], ["X.html", "x-2.html"]),
    (["r.proposal.json", "notes"], ["r.proposal.html", "notes.html"]),
  ])
  func reportNames(_ files: [String], _ expected: [String]) {
    #expect(ReportFolder.names(for: files, extension: "html") == expected)
  }

  @Test(arguments: [
    ("/a/reports/x.html", "/a/page.html", "reports/x.html"),
    ("/a/reports/x.html", "/a/out/page.html", "../reports/x.html"),
    ("/b/x.html", "/a/c/page.html", "../../b/x.html"),
  ])
  func relativePaths(_ target: String, _ page: String, _ expected: String) {
    #expect(ReportFolder.relativePath(to: target, from: page) == expected)
  }

  @Test(arguments: [
    ("reports/a b#1.html", "reports/a%20b%231.html"), ("x\"y.md", "x%22y.md"),
    ("é.html", "%C3%A9.html"),
  ])
  func linkTargets(_ path: String, _ expected: String) {
    #expect(ComparisonReport.linkTarget(path) == expected)
  }
}
