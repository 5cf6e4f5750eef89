import Foundation
import Testing

@testable import NetworkAdvisor

/// How the text, Markdown and HTML reports present the score, the conditions, the areas and
/// the priorities, over every scenario of the suite and hundreds of generated designs: each
/// piece of advice is printed once and referred to by number elsewhere; a held score says it
/// is held; a condition says it is one; an area that waits on another shows no grade; the
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

  /// Every subject: the scenarios, then the generated designs.
  static func subjects() -> [Subject] {
    scenarioPaths.map(scenario) + seeds.map(generated)
  }

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
    let assessment = subject.assessment
    return [
      ("text", flat(TextReport().render(assessment)), { flat($0) }),
      ("markdown", flat(MarkdownReport.render(assessment)), { flat(MarkdownReport.escape($0)) }),
      (
        "html", flat(HTMLReport.render(assessment, facts: subject.facts)),
        { flat(HTML.escape($0)) }
      ),
    ]
  }

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

  /// A failed finding whose advice is printed elsewhere refers to it by number.
  @Test func failedFindingsReferToTheirItem() {
    for subject in Self.subjects().prefix(80) {
      let assessment = subject.assessment
      let markdown = MarkdownReport.render(assessment)
      for recommendation in assessment.recommendations {
        let finding = assessment.findings.first { $0.rule.id == recommendation.rule.id }!
        let text = ReportFormatting.findingText(finding, in: assessment)
        #expect(text == "See What to do first, \(recommendation.priority).", "\(subject.name)")
        #expect(markdown.contains(MarkdownReport.escape(text)), "\(subject.name)")
      }
    }
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
  /// condition, the rest that they are worth doing; never the tool's scoring.
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
              ? "also a condition of approval" : "worth doing"
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

  /// An area with no failure of its own some of whose rules wait on a gap counted in another
  /// area shows what it waits on, never a grade letter, in every format; an area with a
  /// failure of its own is never shown as waiting: it shows its score and grade, and says
  /// how many of its rules wait.
  @Test func waitingAreasShowNoGrade() {
    var (waiting, scoredWhileWaiting) = (0, 0)
    for subject in Self.subjects() {
      let assessment = subject.assessment
      let text = TextReport().render(assessment)
      let markdown = MarkdownReport.render(assessment)
      let html = HTMLReport.render(assessment, facts: subject.facts)
      for area in assessment.areas {
        let title = area.area.title
        let textLine = text.split(separator: "\n").first { $0.hasPrefix("  \(title) ") }
        let markdownRow = markdown.split(separator: "\n").first {
          $0.hasPrefix("| \(MarkdownReport.escape(title)) |")
        }
        let cells = markdownRow.map {
          $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if area.failed > 0 {
          #expect(!area.isWaiting, "\(subject.name): \(title)")
          #expect(textLine?.hasSuffix("waits") == false, "\(subject.name): \(title)")
        }
        guard area.isWaiting else {
          if let letter = area.grade?.letter {
            #expect(textLine?.hasSuffix("  \(letter)") == true, "\(subject.name): \(title)")
            #expect(cells?[2].hasPrefix(letter) == true, "\(subject.name): \(title)")
          }
          if area.score != nil, !area.waitsOn.isEmpty {
            scoredWhileWaiting += 1
            let wait = area.waitingRules == 1 ? "1 check waits" : "\(area.waitingRules) checks wait"
            let on = Value.sentenceList(area.waitsOn.map(\.title))
            // The area's note may first say that a gap of its own holds its grade, and it
            // may follow other areas' notes in the same parenthesis.
            let flat = Self.flat(text)
            let notes = flat.ranges(of: "\(title): ").map { flat[$0.upperBound...].prefix(200) }
            #expect(
              notes.contains { $0.contains("scored on the checks made so far; \(wait) on \(on)") },
              "\(subject.name): \(title)")
            #expect(
              cells?[2].contains(MarkdownReport.escape("\(wait) on \(on)")) == true,
              "\(subject.name): \(title)")
          }
          continue
        }
        waiting += 1
        let words = ReportFormatting.waitsOn(area.waitsOn)
        #expect(
          textLine?.hasSuffix("  waits") == true, "\(subject.name): \(String(textLine ?? ""))")
        #expect(
          Self.flat(text).contains(" on \(Value.sentenceList(area.waitsOn.map(\.title)))"),
          "\(subject.name): \(title)")
        #expect(cells?[2] == MarkdownReport.escape(words), "\(subject.name): \(title)")
        #expect(
          html.contains("data-label=\"Grade\">\(HTML.escape(words))</td>"),
          "\(subject.name): \(title)")
        for letter in Fixtures.framework.grades.map(\.letter) {
          #expect(cells?[2] != letter, "\(subject.name): \(title)")
        }
      }
    }
    #expect(waiting >= 10, "areas that wait: \(waiting)")
    #expect(scoredWhileWaiting >= 10, "areas scored while some rules wait: \(scoredWhileWaiting)")
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
        let by = ReportFormatting.items(numbers)
        #expect(
          text.contains("\(area.area.title): held at \(grade.letter) by \(by)"),
          "\(subject.name): \(area.area.title)")
        #expect(
          markdown.contains("| \(grade.letter), held by \(by)"),
          "\(subject.name): \(area.area.title)")
      }
    }
    #expect(held >= 20, "areas held by a gap of their own: \(held)")
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
            sentence.contains("goes from \(assessment.verdict) to \(first.verdict) (grade "),
            "\(subject.name): \(sentence)")
        }
      } else {
        waiting += 1
        let flat = Self.flat(sentence)
        #expect(!flat.contains("(grade "), "\(subject.name): \(sentence)")
        #expect(
          flat.contains(
            ", unless the checks that wait on \(ReportFormatting.items(waited)) find another gap once "
          ),
          "\(subject.name): \(sentence)")
        #expect(flat.contains(" done, the "), "\(subject.name): \(sentence)")
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
        let others = ((done.count + 1)...total).filter { !done.stillNeeded.contains($0) }
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
