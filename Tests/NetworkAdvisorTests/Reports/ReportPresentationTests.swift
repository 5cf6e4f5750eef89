import Foundation
import Testing

@testable import NetworkAdvisor

/// How the text, Markdown and HTML reports present the score, the conditions, the areas and
/// the priorities, over every scenario of the suite and hundreds of generated designs: each
/// piece of advice is printed once and referred to by number elsewhere; a held score says it
/// is held; a condition says it is one; every area says what its checks found; the
/// projection names the gaps its run leaves.
@Suite struct ReportPresentationTests {
  /// One report's subject: its assessment and the facts the HTML picture needs.
  struct Subject: CustomTestStringConvertible {
    let name: String
    let assessment: Assessment
    let facts: DerivedFacts
    var testDescription: String { name }
  }

  static let scenarioPaths: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("scenarios"))) ?? [])
    .filter { $0.hasSuffix(".scenario.json") }.sorted()

  static func scenario(_ file: String) -> Subject {
    let scenario = try! ScenarioReader.read(
      path: Fixtures.path("scenarios/\(file)"), framework: Fixtures.framework
    ).get()
    let assessment = Assessment(
      framework: Fixtures.framework, subjectName: scenario.proposal.proposal.name,
      fields: scenario.proposal.fields)
    return Subject(name: file, assessment: assessment, facts: scenario.proposal.facts)
  }

  static func generated(_ seed: UInt64) -> Subject {
    let document = DesignGenerator.design(seed: seed)
    let data = try! JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    let result = try! ProposalDocument.read(Array(data), name: "generated.json").get()
    let assessment = Assessment(
      framework: Fixtures.framework, subjectName: "test", fields: result.fields)
    return Subject(name: "seed \(seed)", assessment: assessment, facts: result.facts)
  }

  static let seeds: [UInt64] = Array(1...200)

  /// Every subject: the scenarios, then the generated designs. Assessed once for all the
  /// suites that read them.
  static func subjects() -> [Subject] { allSubjects }

  private static let allSubjects: [Subject] = scenarioPaths.map(scenario) + seeds.map(generated)

  /// A report read as one line, every run of white space one space: the text report wraps
  /// its lines anywhere.
  static func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func occurrences(of needle: String, in haystack: String) -> Int {
    guard !needle.isEmpty else { return 0 }
    return haystack.ranges(of: needle).count
  }

  /// The three reports of a subject, each read as one line, with how each writes an advice.
  static func reports(_ subject: Subject) -> [(
    format: String, text: String, advice: (String) -> String
  )] {
    let texts = renderedReports[subject.name] ?? rendered(subject)
    return [
      ("text", texts.text, { flat($0) }),
      ("markdown", texts.markdown, { flat(MarkdownReport.escape($0)) }),
      ("html", texts.html, { flat(HTML.escape($0)) }),
    ]
  }

  /// The three reports of a subject, each read as one line.
  private static func rendered(_ subject: Subject) -> (text: String, markdown: String, html: String)
  {
    let assessment = subject.assessment
    return (
      flat(TextReport().render(assessment)), flat(MarkdownReport.render(assessment)),
      flat(HTMLReport.render(assessment, facts: subject.facts))
    )
  }

  /// Every subject's reports, rendered once for the tests that read them all.
  private static let renderedReports: [String: (text: String, markdown: String, html: String)] =
    Dictionary(
      allSubjects.map { ($0.name, rendered($0)) }, uniquingKeysWith: { first, _ in first })

  @Test func everySubjectIsRead() {
    #expect(Self.scenarioPaths.count >= 40)
  }

  /// Each piece of advice is printed once, in full, in every format; the reasons and
  /// conditions, the cap and the findings refer to it by its number.
  @Test func eachAdviceIsPrintedOnce() {
    var checked = 0
    for subject in Self.subjects() {
      let assessment = subject.assessment
      for (format, text, written) in Self.reports(subject) {
        for recommendation in assessment.recommendations where !recommendation.advice.isEmpty {
          checked += 1
          let count = Self.occurrences(of: written(recommendation.advice), in: text)
          #expect(
            count == 1,
            "\(subject.name) \(format): advice of \(recommendation.rule.id) printed \(count) times")
        }
        // Every reason and condition is named with its number under What to do first.
        for point in assessment.reasons + assessment.conditions {
          let item = ReportFormatting.item(of: point.rule, in: assessment)
          #expect(item != nil, "\(subject.name): \(point.rule.id) has no item")
        }
      }
    }
    #expect(checked > 1000, "advice checked: \(checked)")
  }

  /// A failed finding whose advice is printed under What to do first refers to it by
  /// number; one whose item is brief (a gap worth closing in a network that is not ready)
  /// gives the advice itself; one met in part says so, as the Areas table does.
  @Test func failedFindingsReferToTheirItem() {
    var brief = 0
    for subject in Self.subjects().prefix(80) {
      let assessment = subject.assessment
      let markdown = MarkdownReport.render(assessment)
      for recommendation in assessment.recommendations {
        let finding = assessment.findings.first { $0.rule.id == recommendation.rule.id }!
        let text = ReportFormatting.findingText(finding, in: assessment)
        let isBrief = ReportFormatting.isBrief(recommendation, in: assessment)
        brief += isBrief ? 1 : 0
        let expected =
          switch (isBrief, finding.isMetInPart) {
          case (true, true):
            "Met in part; what remains is What to do first, \(recommendation.priority): \(recommendation.advice)"
          case (true, false):
            "What to do first, \(recommendation.priority): \(recommendation.advice)"
          case (false, true):
            "Met in part; what remains is What to do first, \(recommendation.priority)."
          case (false, false): "See What to do first, \(recommendation.priority)."
          }
        #expect(text == expected, "\(subject.name)")
        #expect(
          isBrief
            == (ReportFormatting.laterItemsAreBrief(assessment)
              && ReportFormatting.isOptional(recommendation, in: assessment)),
          "\(subject.name)")
        #expect(
          finding.isMetInPart
            == (assessment.credits[assessment.framework.ruleIndex(of: finding.rule.id)!] > 0))
        #expect(markdown.contains(MarkdownReport.escape(text)), "\(subject.name)")
        if isBrief {
          // A brief item says what to do: the opening of its advice, never the title.
          let headline = ReportFormatting.briefHeadline(of: recommendation)
          #expect(
            recommendation.advice.hasPrefix(headline + ":")
              && headline != recommendation.rule.headline,
            "\(subject.name): \(recommendation.rule.id)")
          // A suggestion is listed as one, so that the list and the sentence closing it agree.
          let line = ReportFormatting.briefLine(of: recommendation, in: assessment)
          let isThought =
            ReportFormatting.status(of: recommendation, in: assessment)
            == ReportFormatting.worthAThought
          #expect(line.hasPrefix("Worth a thought: ") == isThought, "\(subject.name)")
          #expect(
            markdown.contains("\(recommendation.priority). \(MarkdownReport.escape(line))\n"),
            "\(subject.name)")
        }
      }
    }
    #expect(brief >= 20, "items given by what to do alone: \(brief)")
  }

  /// What a brief item says: the advice up to the first colon that leads into its reason,
  /// not one inside a quotation or brackets.
  @Test(arguments: [
    (
      "Invite a university in as a partner: a bridge to research.",
      "Invite a university in as a partner"
    ),
    (
      "Say how (as \"Principles: one\" does) the network lives them: the seed.",
      "Say how (as \"Principles: one\" does) the network lives them"
    ),
    ("Join “Team: reading” and the forum: a knot.", "Join “Team: reading” and the forum"),
    ("Meet at 9:30 with the heads: they lead.", "Meet at 9:30 with the heads"),
  ])
  func aBriefItemIsTheOpeningOfItsAdvice(_ advice: String, _ clause: String) {
    #expect(ReportFormatting.openingClause(of: advice) == clause)
  }

  @Test(arguments: ["No colon at all.", ": starts on one.", "Only inside (a: b) brackets."])
  func adviceWithNoOpeningClauseHasNone(_ advice: String) {
    #expect(ReportFormatting.openingClause(of: advice) == nil)
  }

  /// A held score is not shown (it would be the top of the grade's band, not a measure),
  /// and the sentence about the cap speaks of the network's gaps, never of what the score
  /// alone would earn; an unheld score is shown.
  @Test func aHeldScoreIsNotShownAsAMeasure() {
    var held = 0
    for subject in Self.subjects() {
      let assessment = subject.assessment
      let line = ReportFormatting.scoreLine(assessment)
      let sentence = ReportFormatting.capSentence(assessment)
      if assessment.grade.letter != assessment.uncappedGrade.letter {
        held += 1
        #expect(line == nil, "\(subject.name): \(line ?? "")")
        #expect(sentence?.hasPrefix("Grade \(assessment.grade.letter), because of") == true)
        let shown = "Score \(ReportFormatting.score(assessment.score)) out of 100"
        for (format, text, _) in Self.reports(subject) where format != "json" {
          #expect(!text.contains("would earn"), "\(subject.name) \(format)")
          #expect(!text.contains("whatever the score"), "\(subject.name) \(format)")
          #expect(!Self.flat(text).contains(shown), "\(subject.name) \(format)")
        }
      } else {
        #expect(line?.hasPrefix("Score ") == true, "\(subject.name): \(line ?? "")")
        #expect(sentence == nil, "\(subject.name)")
      }
    }
    #expect(held >= 20, "held grades: \(held)")
  }

  /// What an item is says what it is to the network: a condition says it is one, a reason
  /// that it is needed, a gap that caps the grade beside the reasons that it is also a
  /// condition, a suggestion that weighs nothing that it is worth a thought, the rest that
  /// they are worth doing; never the tool's scoring.
  @Test func itemsSayWhatTheyAre() {
    var conditions = 0
    for subject in Self.subjects() {
      let assessment = subject.assessment
      let conditionIDs = Set(assessment.conditions.map(\.rule.id))
      let reasonIDs = Set(assessment.reasons.map(\.rule.id))
      for recommendation in assessment.recommendations {
        let effect = ReportFormatting.effect(of: recommendation, in: assessment)
        let id = recommendation.rule.id
        let expected =
          conditionIDs.contains(id)
          ? "condition of approval"
          : reasonIDs.contains(id)
            ? "needed before approval"
            : !reasonIDs.isEmpty && recommendation.rule.cap != nil
              ? "also a condition of approval"
              : recommendation.rule.weight == 0 ? "worth a thought" : "worth doing"
        if conditionIDs.contains(id) { conditions += 1 }
        #expect(effect.hasPrefix(expected), "\(subject.name) \(id): \(effect)")
        for word in ["shows in the score", "holds the grade", "nothing holds", "now", "points"] {
          #expect(!effect.contains(word), "\(subject.name) \(id): \(effect)")
        }
        if effect.contains("if fixed alone") {
          #expect(
            !effect.contains("grade \(assessment.grade.letter) if fixed alone"),
            "\(subject.name) \(id): \(effect)")
        }
      }
    }
    #expect(conditions >= 20, "conditions: \(conditions)")
  }

  /// What an area's checks found, counted from its findings: a check that waits (a finding
  /// with `dependsOn`) counts as waiting, unless it fails with that gap (then as failed, in
  /// the reports' words; the JSON keeps it not applicable); a failure with partial credit
  /// as met in part, one without as failed; checks that do not apply are not counted.
  struct Counts {
    var pass = 0
    var part = 0
    var fail = 0
    /// Failures of rules that weigh nothing: suggestions, worth a thought, not gaps.
    var thought = 0
    var wait = 0
    /// Checks that fail along with the gap they depend on, counted there.
    var failWithGap = 0
    /// The items under What to do first the waiting checks wait on.
    var waitsOn: [Int] = []

    init(_ assessment: Assessment, area: Assessment.AreaResult) {
      let index = assessment.framework.areas.firstIndex { $0.id == area.area.id }
      for (rule, finding) in assessment.findings.enumerated()
      where finding.rule.areaIndex == index {
        if finding.failsWithGap {
          failWithGap += 1
        } else if let basis = finding.dependsOn {
          wait += 1
          let item = assessment.recommendations.first { $0.rule.id == basis.id }?.priority
          // A check that waits on several gaps waits on each (the others' items).
          waitsOn.append(contentsOf: [item ?? 0] + finding.alsoItems)
        } else if finding.outcome == .pass {
          pass += 1
        } else if finding.outcome == .fail, finding.rule.weight == 0 {
          thought += 1
        } else if finding.outcome == .fail {
          if assessment.credits[rule] > 0 { part += 1 } else { fail += 1 }
        }
      }
    }

    /// The words every format gives them: "3 pass, 1 met in part, 1 fails, 1 worth a thought,
    /// 2 wait".
    var words: String {
      var parts: [String] = []
      if pass > 0 { parts.append("\(pass) pass") }
      if part > 0 { parts.append("\(part) met in part") }
      let failing = fail + failWithGap
      if failing > 0 { parts.append(failing == 1 ? "1 fails" : "\(failing) fail") }
      if thought > 0 { parts.append("\(thought) worth a thought") }
      if wait > 0 { parts.append(wait == 1 ? "1 waits" : "\(wait) wait") }
      return parts.isEmpty ? "none apply" : parts.joined(separator: ", ")
    }

    /// The words with where the waiting checks wait: "3 pass, 1 waits on item 1".
    var wordsWithWaits: String {
      wait == 0 ? words : "\(words) on \(ReportFormatting.items(waitsOn))"
    }
  }

  /// The text report's Areas table, a row per area in the framework's order: its score and
  /// grade cells, and what its checks found (carried on from the lines under it).
  static func textRows(_ text: String) -> [(cells: String, checks: String)] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: "Areas") else { return [] }
    var rows: [(cells: String, checks: String)] = []
    for line in lines[(start + 1)...].prefix(while: { !$0.isEmpty }) {
      let words = line.split(separator: "  ", omittingEmptySubsequences: true)
        .map { $0.trimmingCharacters(in: .whitespaces) }
      if line.contains(where: { "█░·▒".contains($0) }) {
        rows.append((words.dropLast().joined(separator: "  "), words.last ?? ""))
      } else if !rows.isEmpty {
        rows[rows.count - 1].checks += " " + (words.last ?? "")
      }
    }
    return rows
  }

  /// Every area says what its checks found, in the same words in the text, Markdown and
  /// HTML reports, counted as its findings are; the JSON's counts agree; an area with a
  /// score shows it and its grade, never "–", unless a gap holds its grade (then "–" and the
  /// grade, as for the overall score), and one with none shows "–".
  @Test func everyAreaSaysWhatItsChecksFound() throws {
    var (waitingScored, metInPart, unscored) = (0, 0, 0)
    for subject in Self.subjects() {
      let assessment = subject.assessment
      let rows = Self.textRows(TextReport().render(assessment))
      let narrowRows = Self.textRows(TextReport(width: 60).render(assessment))
      let markdown = MarkdownReport.render(assessment)
      let html = HTMLReport.render(assessment, facts: subject.facts)
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(JSONReport.render(assessment).utf8))
          as? [String: Any])
      let jsonAreas = try #require(json["areas"] as? [[String: Any]])
      #expect(rows.count == assessment.areas.count && narrowRows.count == rows.count)
      for (index, area) in assessment.areas.enumerated() {
        let title = area.area.title
        let counts = Counts(assessment, area: area)
        let where_ = "\(subject.name): \(title)"
        if area.score != nil, counts.wait > 0 { waitingScored += 1 }
        if counts.part > 0 { metInPart += 1 }
        if area.score == nil { unscored += 1 }
        #expect(rows[index].checks == counts.words, "\(where_): \(rows[index])")
        #expect(narrowRows[index].checks == counts.words, "\(where_): \(narrowRows[index])")
        // A score is shown unless none is made, a gap holds the grade (as for the overall),
        // or a gap that caps a grade is open in the area: its own failing check, or the gap
        // one of its checks waits on or fails with.
        let areaIndex = assessment.framework.areas.firstIndex { $0.id == area.area.id }
        let capping = Set(
          assessment.recommendations.filter { $0.rule.cap != nil }.map(\.priority))
        let open = assessment.findings.contains { finding in
          guard finding.rule.areaIndex == areaIndex else { return false }
          guard let basis = finding.dependsOn else {
            return finding.outcome == .fail && finding.rule.cap != nil
          }
          return basis.cap != nil || finding.alsoItems.contains(where: capping.contains)
        }
        let shown =
          area.score != nil && area.grade?.letter == area.uncappedGrade?.letter && !open
        #expect(rows[index].cells.contains("–") == !shown, "\(where_)")
        let cells = try #require(
          markdown.split(separator: "\n").first {
            $0.hasPrefix("| \(MarkdownReport.escape(title)) |")
          }
        ).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cells.count == 4, "\(where_): \(cells)")
        #expect(cells[3] == MarkdownReport.escape(counts.wordsWithWaits), "\(where_)")
        #expect((cells[1] == "–") == !shown, "\(where_)")
        // An area all of whose checks wait has no score, but a gap that caps still grades it.
        #expect(cells[2].hasPrefix("–") == (area.grade == nil), "\(where_)")
        let header = try #require(html.range(of: "rowheader\">\(HTML.escape(title))</th>"))
        let row = html[header.upperBound...].prefix { $0 != "\n" }
        #expect(
          row.contains("data-label=\"Checks\">\(HTML.escape(counts.wordsWithWaits))</td>"),
          "\(where_)")
        #expect(row.contains("data-label=\"Score\">–</td>") == !shown, "\(where_)")
        let entry = jsonAreas[index]
        #expect(entry["id"] as? String == area.area.id)
        #expect(entry["passed"] as? Int == counts.pass, "\(where_)")
        #expect(entry["failed"] as? Int == counts.part + counts.fail + counts.thought, "\(where_)")
        #expect(entry["metInPart"] as? Int == counts.part, "\(where_)")
        #expect((entry["score"] is NSNull) == (area.score == nil), "\(where_)")
      }
    }
    #expect(waitingScored >= 20, "areas scored while some of their checks wait: \(waitingScored)")
    #expect(metInPart >= 20, "areas with a check met in part: \(metInPart)")
    #expect(unscored >= 1, "areas with no check made: \(unscored)")
  }

  /// The notes under the text report's Areas table name every item a check waits on or
  /// fails counted under, and only items under What to do first; they name every area with a check met in part, with
  /// its items, and every held area with its grade and the items that hold it; and they say
  /// what "–" means exactly when an area shows it with no grade.
  @Test func theAreaNotesNameWhatChecksWaitOn() throws {
    var named = 0
    for subject in Self.subjects() {
      let assessment = subject.assessment
      let text = Self.flat(TextReport().render(assessment))
      let waits = assessment.areas.map { Counts(assessment, area: $0) }
      let failingWithGap = assessment.findings.filter(\.failsWithGap)
      guard
        let match = text.firstMatch(
          of:
            #/The (?:check|[a-z0-9]+ checks|checks) that depends? on (items? .+?) (?:is|are) looked at again once/#
        )
      else {
        #expect(waits.allSatisfy { $0.wait == 0 }, "\(subject.name)")
        #expect(failingWithGap.isEmpty, "\(subject.name)")
        continue
      }
      let listed = String(match.output.1)
      let countedUnder = failingWithGap.compactMap { finding in
        finding.dependsOn.flatMap { ReportFormatting.item(of: $0, in: assessment) }
      }
      let expected = Set(waits.flatMap(\.waitsOn) + countedUnder).sorted()
      #expect(
        listed == ReportFormatting.items(expected),
        "\(subject.name): \(listed)")
      #expect(
        expected.allSatisfy { (1...assessment.recommendations.count).contains($0) },
        "\(subject.name)")
      named += waits.filter { $0.wait > 0 }.count
      // Checks met in part are named in the areas that show a score; a held area ("–") is
      // not, since "part of its score" beside "not scored" read as a contradiction.
      let shown = assessment.areas.map { ReportFormatting.shownScore($0, in: assessment) }
      for (index, (area, counts)) in zip(assessment.areas, waits).enumerated()
      where counts.part > 0 && shown[index] == nil {
        #expect(!text.contains("\(area.area.title) (item"), "\(subject.name): \(area.area.title)")
      }
      for (index, (area, counts)) in zip(assessment.areas, waits).enumerated()
      where counts.part > 0 && shown[index] != nil {
        let items = assessment.findings.enumerated().filter {
          $0.element.rule.areaIndex
            == assessment.framework.areas.firstIndex { $0.id == area.area.id }
            && $0.element.outcome == .fail && $0.element.dependsOn == nil
            && assessment.credits[$0.offset] > 0
        }.compactMap { ReportFormatting.item(of: $0.element.rule, in: assessment) }
        #expect(
          text.contains("\(area.area.title) (\(ReportFormatting.items(items)))"),
          "\(subject.name): \(area.area.title)")
      }
      // An area with no grade is explained by the legend; each held area in the held note.
      let ungraded = assessment.areas.contains { $0.grade == nil }
      #expect(text.contains("An area shown as “–  –”") == ungraded, "\(subject.name)")
      for (index, area) in assessment.areas.enumerated()
      where area.grade != nil && shown[index] == nil {
        #expect(
          Self.heldClause(in: text, for: area.area.title) != nil,
          "\(subject.name): \(area.area.title)")
      }
    }
    #expect(named >= 20, "areas whose checks wait: \(named)")
  }

  /// No area holding a failed rule whose cap is X shows a grade above X, and an area whose
  /// grade such a failure holds below its score's says so, by the failure's item, in every
  /// format; the overall figures are those the area grades never entered.
  @Test func anAreaHoldingACapShowsNoGradeAboveIt() {
    var held = 0
    let framework = Fixtures.framework
    for subject in Self.subjects() {
      let assessment = subject.assessment
      let text = Self.flat(TextReport().render(assessment))
      let markdown = MarkdownReport.render(assessment)
      let wide = TextReport(width: 1000).render(assessment)
      for area in assessment.areas {
        guard let grade = area.grade, let uncapped = area.uncappedGrade else { continue }
        let failedCaps = assessment.findings.filter {
          $0.rule.areaIndex == framework.areas.firstIndex { $0.id == area.area.id }
            && $0.outcome == .fail
        }.compactMap(\.rule.cap)
        for cap in failedCaps {
          #expect(
            framework.rank(of: grade.letter)
              >= min(
                framework.rank(of: cap), framework.grades.count - 1),
            "\(subject.name): \(area.area.title) \(grade.letter) beside a failure capping \(cap)")
        }
        #expect(framework.rank(of: grade.letter) >= framework.rank(of: uncapped.letter))
        #expect(uncapped.letter == area.score.map(framework.grade(for:))?.letter)
        guard grade != uncapped else {
          #expect(area.cappedBy.isEmpty, "\(subject.name): \(area.area.title)")
          continue
        }
        held += 1
        let numbers = area.cappedBy.compactMap { ReportFormatting.item(of: $0, in: assessment) }
        #expect(!numbers.isEmpty, "\(subject.name): \(area.area.title)")
        // A check of the area that waits on a gap, or fails with several, holds it until they
        // are closed: those gaps that cap a grade are named too.
        let areaIndex = framework.areas.firstIndex { $0.id == area.area.id }
        let alsoHolding = assessment.findings.filter {
          $0.rule.areaIndex == areaIndex && $0.dependsOn != nil
        }.flatMap { finding in
          finding.alsoItems
            + [finding.dependsOn.flatMap { ReportFormatting.item(of: $0, in: assessment) }]
            .compactMap { $0 }
        }.filter { number in
          assessment.recommendations.first { $0.priority == number }?.rule.cap != nil
        }
        // So does each failing check of its own whose gap caps a grade.
        let ownCapping = assessment.findings.filter {
          $0.rule.areaIndex == areaIndex && $0.dependsOn == nil && $0.outcome == .fail
            && $0.rule.cap != nil
        }.compactMap { ReportFormatting.item(of: $0.rule, in: assessment) }
        let by = ReportFormatting.items(Array(Set(numbers + alsoHolding + ownCapping)).sorted())
        #expect(
          Self.heldClause(in: text, for: area.area.title) == by,
          "\(subject.name): \(area.area.title)")
        // Markdown and HTML, like the text table, give a held area no letter.
        #expect(
          markdown.contains("| – | held by \(by) |"),
          "\(subject.name): \(area.area.title)")
        // The text table shows a held area no letter, only "–" and what its checks found.
        let row = wide.split(separator: "\n").first {
          $0.hasPrefix("  \(area.area.title)  ") && $0.contains("▒")
        }
        #expect(
          row?.contains(#/▒   –  +[0-9]/#) == true, "\(subject.name): \(row ?? "no row")")
      }
    }
    #expect(held >= 20, "areas held by a gap of their own: \(held)")
  }

  /// The items the text report's held note says an area is not scored until they are done
  /// ("item 1", "items 1 and 3"): the one run of items that holds every "–" area ("… not
  /// scored until item 1 is done."), or the area's own clause where different items hold
  /// different areas ("… until the items that hold them are done: Adult learning
  /// until item 3, and “Size and membership” until item 1."); `nil` when the note does not
  /// name it.
  static func heldClause(in text: String, for title: String) -> String? {
    if let match = text.firstMatch(
      of: #/(?:is|are) not scored until (items? [0-9][^,.]*?) (?:is|are) done\./#)
    {
      return String(match.output.1)
    }
    let lead = "not scored until the items that hold them are done: "
    guard let start = text.range(of: lead) else { return nil }
    let note = text[start.upperBound...].prefix { $0 != "." }
    let clauses = note.replacing("; and ", with: "; ").replacing(", and ", with: "; ")
      .split(separator: "; ").map(String.init)
    for clause in clauses {
      guard let until = clause.range(of: " until ") else { continue }
      let names = String(clause[..<until.lowerBound])
      // Titles are quoted, all of them, when one holds "and" itself; else "a, b and c".
      let titles =
        names.contains("“")
        ? names.split(separator: "“").compactMap { $0.split(separator: "”").first }.map(String.init)
        : names.replacing(" and ", with: ", ").split(separator: ", ").map(String.init)
      if names == title || titles.contains(title) { return String(clause[until.upperBound...]) }
    }
    return nil
  }

  /// While some rules wait on a gap among the items to follow, or a followed item may bring
  /// a rule that does not apply now into play, the projection promises no grade, and the
  /// verdict only unless the checks that wait on those items find another gap; with nothing
  /// waiting on them it names the change with the grade. Items beyond the run are never
  /// named: their waiting rules still wait after it.
  @Test func noGradePromisedWhileRulesWait() {
    var (waiting, outright) = (0, 0)
    for subject in Self.subjects() {
      let assessment = subject.assessment
      guard let sentence = ReportFormatting.projectionSentence(assessment) else { continue }
      let first = assessment.projection[0]
      let last = assessment.projection.dropFirst().last
      let run = last.map { $0.count <= ReportFormatting.projectionReach ? $0 : first } ?? first
      let waited = ReportFormatting.waitedOnItems(assessment, run: run.count)
      #expect(waited.allSatisfy { $0 <= run.count }, "\(subject.name): \(sentence)")
      let basesInRun = assessment.findings.compactMap(\.dependsOn).compactMap { basis in
        assessment.recommendations.first { $0.rule.id == basis.id }?.priority
      }.filter { $0 <= run.count }
      if !basesInRun.isEmpty {
        #expect(!waited.isEmpty, "\(subject.name): \(sentence)")
      }
      if waited.isEmpty {
        outright += 1
        #expect(!sentence.contains("find another gap"), "\(subject.name): \(sentence)")
        if first.verdict != assessment.verdict {
          #expect(
            sentence.contains(
              "the network is \(first.verdict.replacingOccurrences(of: "-", with: " ")) (grade "),
            "\(subject.name): \(sentence)")
        }
      } else {
        waiting += 1
        let flat = Self.flat(sentence)
        #expect(!flat.contains("(grade "), "\(subject.name): \(sentence)")
        #expect(
          flat.contains(
            ", unless the checks looked at again after \(ReportFormatting.items(waited)) find another gap."
          ),
          "\(subject.name): \(sentence)")
      }
    }
    #expect(waiting >= 20 && outright >= 10, "waiting: \(waiting), outright: \(outright)")
  }

  /// The sentence about the cap names the gaps that hold the grade by their numbers, once,
  /// with no word of direction ("above", "below").
  @Test func theScoreLineAndTheCapSentenceAgree() {
    var held = 0
    for subject in Self.subjects() {
      let assessment = subject.assessment
      guard let sentence = ReportFormatting.capSentence(assessment), !assessment.cappedBy.isEmpty
      else { continue }
      held += 1
      let numbers = ReportFormatting.capRules(assessment).compactMap {
        ReportFormatting.item(of: $0, in: assessment)
      }
      let items = ReportFormatting.items(numbers)
      #expect(sentence.contains("of \(items)"), "\(subject.name): \(sentence)")
      for word in ["above", "below"] {
        #expect(
          !sentence.replacing("cannot rise above", with: "").contains(word),
          "\(subject.name): \(sentence)")
      }
    }
    #expect(held >= 20, "held grades: \(held)")
  }

  /// Where several gaps hold the grade only together, the sentence says the grade rises as
  /// they are closed, and neither it nor any of their items promises a grade for closing one:
  /// readers read "closing any one of them would lift it to D" as a promise they would not
  /// sign while the schools still work apart, and one item's "grade D if fixed alone" beside
  /// none on the others as a special route.
  @Test func aGradeHeldTogetherPromisesNoGradeForOneGap() throws {
    var together = 0
    for subject in Self.subjects() {
      let assessment = subject.assessment
      let sentence = ReportFormatting.capSentence(assessment) ?? ""
      let said = sentence.contains("taken together: the grade rises only as they are closed.")
      #expect(said == ReportFormatting.isHeldTogether(assessment), "\(subject.name): \(sentence)")
      guard said else { continue }
      together += 1
      #expect(assessment.cappedBy.count > 1)
      for recommendation in assessment.recommendations
      where assessment.cappedBy.contains(where: { $0.id == recommendation.rule.id }) {
        #expect(
          !ReportFormatting.effect(of: recommendation, in: assessment).contains("if fixed alone"),
          "\(subject.name): \(recommendation.rule.id)")
      }
    }
    #expect(together >= 5, "grades held by several gaps together: \(together)")
    let islands = try RuleInapplicableTests.assessment(of: "two-islands")
    #expect(
      ReportFormatting.capSentence(islands)?.hasPrefix(
        "Grade E, because of items 1 to 5, taken together: the grade rises only as they are closed."
      ) == true)
  }

  /// The projection names, by number, the gaps its run leaves: those the verdict after it
  /// still turns on, and the rest; and a reason the network is not ready is either in the
  /// run or named as still needed.
  @Test func theProjectionNamesTheGapsItLeaves() {
    var named = 0
    let best = FrameworkLoader.verdictIDs.first!
    for subject in Self.subjects() {
      let assessment = subject.assessment
      guard let sentence = ReportFormatting.projectionSentence(assessment),
        let first = assessment.projection.first
      else { continue }
      let total = assessment.recommendations.count
      let last = assessment.projection.dropFirst().last
      let done = last.map { $0.count <= ReportFormatting.projectionReach ? $0 : first } ?? first
      #expect(!sentence.contains("strengthen"), "\(subject.name): \(sentence)")
      if done.count < total {
        named += 1
        // Items worth a thought are not gaps, so the sentence leaves them to their items.
        let thoughts = Set(
          assessment.recommendations.filter(ReportFormatting.isThought).map(\.priority))
        let others = ((done.count + 1)...total).filter {
          !done.stillNeeded.contains($0) && !thoughts.contains($0)
        }
        if !done.stillNeeded.isEmpty {
          #expect(
            sentence.lowercased().contains(ReportFormatting.items(done.stillNeeded)),
            "\(subject.name): \(sentence)")
        }
        if !others.isEmpty {
          #expect(
            sentence.lowercased().contains(ReportFormatting.items(others) + " would still be"),
            "\(subject.name): \(sentence)")
        }
      }
      // Short of the best verdict, something is still needed, and it is named.
      if done.verdict != best && done.count < total {
        #expect(!done.stillNeeded.isEmpty, "\(subject.name): \(sentence)")
      }
      // Every reason the network is not ready is followed in the run or still needed
      // after it: the list of reasons and the projection never contradict each other.
      for reason in assessment.reasons {
        let item = ReportFormatting.item(of: reason.rule, in: assessment)!
        #expect(
          item <= done.count || done.stillNeeded.contains(item),
          "\(subject.name): reason \(item) neither done nor named: \(sentence)")
      }
    }
    #expect(named >= 20, "projections that leave gaps: \(named)")
  }

  /// Item numbers read as a reader counts them.
  @Test(arguments: [
    ([3], "item 3"), ([1, 4], "items 1 and 4"), ([1, 2], "items 1 and 2"),
    ([5, 6, 7, 8], "items 5 to 8"), ([2, 5, 7, 8, 9], "items 2, 5 and 7 to 9"),
    ([4, 4, 3], "items 3 and 4"),
  ])
  func itemNumbers(_ numbers: [Int], _ words: String) {
    #expect(ReportFormatting.items(numbers) == words)
  }
}
