import Foundation
import Testing

@testable import NetworkAdvisor

@Suite struct ReportTests {
  static let proposals = ["riverside", "two-islands", "hostile-names"]
  static let formats = ["text", "markdown", "json", "html"]

  static func report(_ proposal: String, _ format: String) -> String {
    let result = Fixtures.run([
      "assess", Fixtures.path("scenarios/proposals/\(proposal).proposal.json"), "--format", format,
    ])
    #expect(result.status == .success, "\(result.errors)")
    return result.output
  }

  /// A report as its golden file holds it, with the given rules (the default if none), whose
  /// digest is `digest` when the caller has it.
  static func goldenInput(
    _ proposal: String, _ format: String, rules: String? = nil, digest known: String? = nil
  ) -> String {
    let result = Fixtures.run(
      [
        "assess", Fixtures.path("scenarios/proposals/\(proposal).proposal.json"), "--format",
        format,
      ]
        + (rules.map { ["--rules", $0] } ?? []))
    #expect(result.status == .success, "\(result.errors)")
    let digest =
      known ?? rules.map { Self.framework(rules: $0).digest } ?? Fixtures.framework.digest
    return Golden.normalised(result.output, digest: digest)
  }

  static func framework(rules folder: String) -> Framework {
    try! FrameworkLoader.load(
      try! RuleSource.layers(forFolders: [folder]), subject: ProposalSubject()
    ).framework
  }

  @Test(arguments: proposals, formats)
  func matchesItsGoldenFile(_ proposal: String, _ format: String) {
    let ending = ["text": "txt", "markdown": "md", "json": "json", "html": "html"][format]!
    Golden.check(
      Self.goldenInput(proposal, format), against: "Reports/Golden/\(proposal).\(ending)")
  }

  /// A comment in a rule file changes the rules' digest and nothing else: the golden files
  /// do not need recording again.
  @Test(arguments: formats)
  func aCommentInTheRulesChangesNoGoldenFile(_ format: String) throws {
    let folder = Fixtures.temporaryFolder()
    for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("rules")) {
      var text = try String(contentsOfFile: Fixtures.path("rules/" + name), encoding: .utf8)
      if name.hasSuffix(".rules") { text = "# A comment that changes nothing.\n" + text }
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    let commented = Self.framework(rules: folder)
    #expect(commented.digest != Fixtures.framework.digest)
    for proposal in Self.proposals {
      #expect(
        Self.goldenInput(proposal, format, rules: folder, digest: commented.digest)
          == Self.goldenInput(proposal, format))
    }
  }

  static let hostileNames = [
    "<script>alert(\"network\")</script> & Partners' \"Learning\" Network\nsecond line",
    "<img src=x onerror=alert(1)> Primary",
    "O'Brien & Sons \"Academy\"",
    "A School With A Very Long Name That Goes On And On Well Past Any Sensible Length For A Label In A Picture Or A Table Cell",
    "Ünïcødé Schüle — 学校",
    "</svg><svg onload=alert(2)>",
    "<iframe src=javascript:alert(3)>",
    "_underscores_ and **asterisks** & <em>tags</em>",
  ]

  @Test func htmlEscapesHostileNamesAndKeepsThemIntact() {
    let html = Self.report("hostile-names", "html")
    // Escaped, the names stay text: no tag from them can open.
    for dangerous in ["<script", "<img", "<iframe", "<svg onload", "<em>", "</svg><svg"] {
      let count = html.components(separatedBy: dangerous).count - 1
      #expect(count == 0, "\(dangerous) appears unescaped")
    }
    let text = Self.unescapeHTML(html)
    for name in Self.hostileNames {
      #expect(text.contains(name), "\(name) is not shown intact")
    }
  }

  /// The page reads on a phone: what to do first comes before the detail, tables have
  /// explicit roles and a label for each cell (they stack on a narrow screen), and the one
  /// region that may scroll sideways can take keyboard focus and is labelled.
  @Test(arguments: proposals)
  func htmlReadsOnAPhone(_ proposal: String) throws {
    let html = Self.report(proposal, "html")
    let order = [
      "id=\"summary\"", "id=\"recommendations\"", "id=\"areas\"", "id=\"network\"",
      "id=\"findings\"",
    ].map { html.range(of: $0)?.lowerBound }
    #expect(order.allSatisfy { $0 != nil })
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    #expect(!html.contains("class=\"table-scroll\""))
    #expect(
      html.components(separatedBy: "<table").count
        == html.components(separatedBy: "role=\"table\"").count)
    let cells = html.components(separatedBy: "<td").count - 1
    #expect(cells == html.components(separatedBy: "<td role=\"cell\" data-label=\"").count - 1)
    #expect(cells > 0)
    // Only the picture scrolls, and it is focusable and labelled.
    #expect(html.contains("<div class=\"figure\" tabindex=\"0\" role=\"region\" aria-label=\""))
    #expect(html.components(separatedBy: "class=\"figure\"").count == 2)
    #expect(html.contains("@media (max-width: 40rem)"))
    #expect(
      html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
  }

  /// Every region of either HTML page that may scroll sideways can take keyboard focus and
  /// is labelled (axe-core's scrollable-region-focusable).
  @Test(arguments: [
    ["assess", "scenarios/proposals/two-islands.proposal.json", "--format", "html"],
    ["compare", "scenarios/proposals", "--format", "html"],
  ])
  func scrollRegionsAreFocusableAndLabelled(_ arguments: [String]) throws {
    let words = arguments.map { $0.hasPrefix("scenarios/") ? Fixtures.path($0) : $0 }
    let html = Fixtures.run(words).output
    let regions = try Regex(#"<div class="(table-scroll|figure)"[^>]*>"#)
    let found = html.matches(of: regions).map { String(html[$0.range]) }
    #expect(!found.isEmpty)
    for region in found {
      #expect(region.contains(" tabindex=\"0\" role=\"region\" aria-label=\""), "\(region)")
    }
  }

  @Test func htmlIsSelfContained() {
    let html = Self.report("riverside", "html")
    for outside in ["<script", "<link", "<img", " src=", "url(", "@import"] {
      #expect(!html.contains(outside), "\(outside)")
    }
    // Links lead only within the page, from a finding to its item.
    #expect(!html.contains(" href=\"") || html.contains(" href=\"#"))
    #expect(html.ranges(of: " href=\"").count == html.ranges(of: " href=\"#").count)
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
    #expect(html.contains("<h1>Riverside Learning Network</h1>"))
    #expect(html.contains("role=\"img\""))
    #expect(html.contains("<caption>Areas:"))
  }

  @Test func markdownEscapesHostileNames() {
    let markdown = Self.report("hostile-names", "markdown")
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("<img"))
    #expect(
      markdown.contains(
        "# &lt;script&gt;alert(\"network\")&lt;/script&gt; &amp; Partners' \"Learning\" Network second line\n"
      ))
    #expect(
      markdown.contains(
        "\\_underscores\\_ and \\*\\*asterisks\\*\\* &amp; &lt;em&gt;tags&lt;/em&gt;"))
    // Table rows stay one line each: a name's line break and pipe cannot break the table.
    for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
      #expect(line.hasSuffix("|"))
    }
  }

  @Test(arguments: [
    ("<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;"),
    ("plain", "plain"),
  ])
  func htmlEscape(_ text: String, _ expected: String) {
    #expect(HTML.escape(text) == expected)
  }

  @Test(arguments: [
    ("a|b", "a\\|b"), ("*x*", "\\*x\\*"), ("<x>", "&lt;x&gt;"), ("a\nb", "a b"),
    ("[l](u)", "\\[l\\](u)"),
  ])
  func markdownEscape(_ text: String, _ expected: String) {
    #expect(MarkdownReport.escape(text) == expected)
  }

  @Test func textReportHasNoColourUnlessAsked() {
    let assessment = Assessment(
      framework: Fixtures.framework, subjectName: "N", fields: Fixtures.riverside.fields)
    #expect(!TextReport(usesColour: false).render(assessment).contains("\u{1B}["))
    #expect(TextReport(usesColour: true).render(assessment).contains("\u{1B}["))
  }

  @Test func colourFollowsTheTerminalAndNoColor() {
    let make = { (terminal: Bool, environment: [String: String]) in
      Console(
        writeOutput: { _ in }, writeError: { _ in }, readLine: { nil },
        readAll: { _ in .success([]) },
        environment: environment, isOutputTerminal: terminal, isInputTerminal: false)
    }
    #expect(make(true, [:]).usesColour)
    #expect(!make(true, ["NO_COLOR": "1"]).usesColour)
    #expect(!make(false, [:]).usesColour)
  }

  /// The text of an HTML document with its entities decoded, tags left in place.
  static func unescapeHTML(_ html: String) -> String {
    html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
