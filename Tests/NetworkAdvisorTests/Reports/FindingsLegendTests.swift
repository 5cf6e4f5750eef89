import Foundation
import Testing

@testable import NetworkAdvisor

/// What the reports say once, to readers who are not the tool's: before Findings, what each
/// severity word shown means, in the words the rules declare for it; under Areas, which held
/// areas have no gap of their own.
@Suite struct FindingsLegendTests {
  /// On every scenario and generated design, the legend gives exactly the severities shown
  /// in brackets beside the checks, in the framework's order, each with its declared
  /// meaning, and every report format prints it.
  @Test func theLegendSaysEachSeverityShown() {
    var weighed = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let legend = ReportFormatting.findingsLegend(assessment)
      let shown = Set(
        assessment.findings.filter(\.rule.isEssential).compactMap(\.rule.severityLabel))
      let expected = assessment.framework.severities.filter { shown.contains($0.id) }
      #expect(legend.weights.map(\.word) == expected.map(\.id), "\(subject.name)")
      for (weight, severity) in zip(legend.weights, expected) {
        #expect(weight.meaning.lowercased() == severity.meaning.lowercased())
      }
      #expect((legend.weightsIntro != nil) == !expected.isEmpty)
      weighed += legend.weights.count
      let text = ReportPresentationTests.flat(TextReport().render(assessment))
      let findings = text.range(of: " Findings ")
      #expect(findings != nil, "\(subject.name)")
      if let findings, let intro = legend.weightsIntro {
        #expect(text[findings.upperBound...].hasPrefix(intro), "\(subject.name)")
      }
    }
    #expect(weighed > 200)
  }

  /// Eight areas held by two gaps in short-lived-project: the note says until which item
  /// each is not scored, so that they are not read as eight weak areas; where a held area
  /// has a gap of its own besides (two-islands), it says that such gaps have items of their
  /// own, and where none has (short-lived-project, the officer's network), it names none.
  @Test func heldAreasAreSaidToBeHeldByTheGap() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "short-lived-project")
    let note = try #require(
      ReportFormatting.heldNote(AreaChecks.all(in: assessment), in: assessment))
    #expect(
      note
        == "Areas shown as “–” are not scored until the items that hold them are done: “Purpose and design”, “Focus on pupil learning”, “Adult learning”, “Leadership and management”, “Networked learning knots”, “High-yield activities” and “Participation” until item 1, and Principles and model of learning until item 2."
    )
    // Where a held area has a gap of its own besides, the note says it has an item.
    let islands = try RuleInapplicableTests.assessment(of: "two-islands")
    #expect(
      ReportFormatting.heldNote(AreaChecks.all(in: islands), in: islands)
        == "Areas shown as “–” are not scored until the items that hold them are done: Purpose and design until items 1 to 3; “Focus on pupil learning”, “Size and membership” and “Principles and model of learning” until item 2; Adult learning until items 2 and 3; Leadership and management until items 4, 5 and 11; Networked learning knots until items 2, 3, 8, 10 and 12; High-yield activities until items 3 and 7 to 9; and Participation until items 2 and 6. Other gaps in them have items of their own."
    )
    // Where the held areas have no gap of their own besides, the note names none.
    let officer = try RuleInapplicableTests.assessment(of: "local-authority-officer-leads")
    #expect(
      ReportFormatting.heldNote(AreaChecks.all(in: officer), in: officer)
        == "Areas shown as “–” are not scored until item 1 is done."
    )
    let riverside = try RuleInapplicableTests.assessment(of: "riverside")
    #expect(ReportFormatting.heldNote(AreaChecks.all(in: riverside), in: riverside) == nil)
  }

  /// Where an area's letter is below the overall grade, the notes say that the areas'
  /// letters are not averaged into the grade: on every subject, exactly then.
  @Test func anAreaBelowTheGradeIsExplained() throws {
    var said = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let framework = assessment.framework
      // Held areas show no letter in the text table: only the letters shown count.
      let below = assessment.areas.contains { area in
        ReportFormatting.shownScore(area, in: assessment) != nil
          && (area.grade.map {
            framework.rank(of: $0.letter) > framework.rank(of: assessment.grade.letter)
          } ?? false)
      }
      let text = ReportPresentationTests.flat(TextReport().render(assessment))
      #expect(text.contains("not by an average of the areas") == below, "\(subject.name)")
      if below { said += 1 }
    }
    #expect(said >= 10)
    // The officer's network (C): its leadership area, 57 by its checks, is held by item 1
    // and shows no letter, so no letter shown is below the grade.
    let officer = try RuleInapplicableTests.assessment(of: "local-authority-officer-leads")
    #expect(ReportFormatting.areaGradesNote(officer) == nil)
    let islands = try RuleInapplicableTests.assessment(of: "two-islands")
    #expect(ReportFormatting.areaGradesNote(islands) == nil)
    let briefing = try RuleInapplicableTests.assessment(of: "heads-briefing-not-a-group")
    #expect(ReportFormatting.areaGradesNote(briefing) != nil)
  }

  /// A check that fails along with the gap it depends on is marked as failing, "counted
  /// under" that item, in every format, and counted among its area's failures, not its
  /// waits; a check that only waits stays a wait.
  @Test func aCheckThatFailsWithItsGapIsMarkedFailing() throws {
    var seen = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let text = TextReport(width: 1000).render(assessment)
      for finding in assessment.findings where finding.dependsOn != nil {
        let label = ReportFormatting.outcomeLabel(finding)
        #expect(label == (finding.failsWithGap ? "fails" : "waits"), "\(subject.name)")
        if finding.failsWithGap {
          seen += 1
          #expect(
            text.contains("FAIL  \(finding.rule.title)"), "\(subject.name): \(finding.rule.id)")
        }
      }
      for area in AreaChecks.all(in: assessment) {
        let own = assessment.findings.filter {
          $0.rule.areaIndex == assessment.framework.areas.firstIndex { $0.id == area.area.area.id }
        }
        #expect(area.waiting == own.filter { $0.dependsOn != nil && !$0.failsWithGap }.count)
      }
    }
    #expect(seen >= 20)
  }

  /// A check that fails counted under another item says why it fails, where its rule says
  /// (`because`), after the item, in every format but JSON, whose message holds it too; in
  /// heads-briefing-not-a-group, the school whose teachers the network's answer promises.
  @Test func aCheckCountedUnderAnItemSaysWhyItFails() throws {
    var said = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let text = ReportPresentationTests.flat(TextReport(width: 1000).render(assessment))
      let markdown = MarkdownReport.render(assessment)
      for finding in assessment.findings where finding.failsWithGap {
        guard let because = finding.because, let basis = finding.dependsOn else { continue }
        said += 1
        let item = try #require(ReportFormatting.item(of: basis, in: assessment))
        #expect(
          text.contains(
            "counted under What to do first, \(item): \(ReportPresentationTests.flat(because)); "),
          "\(subject.name): \(finding.rule.id)")
        #expect(markdown.contains(MarkdownReport.escape(because)), "\(subject.name)")
        #expect(finding.message.contains(because), "\(subject.name)")
      }
    }
    #expect(said >= 40)
    let conference = try RuleInapplicableTests.assessment(of: "conference-only-members")
    let answer = try #require(
      conference.findings.first { $0.rule.id == "participation.who-in-the-work" })
    #expect(answer.failsWithGap)
    #expect(
      answer.waitReason?.hasPrefix(
        "Dale Infants, Elm Grove Primary, Holt CE Primary and Ivy Bank Primary have no staff in a group that meets through the year, though the network says"
      ) == true)
  }

  /// Where one gap alone holds the grade and its rule says why it fails, the grade sentence
  /// says it, so that a broker asked "why C?" answers from the report.
  @Test func theGradeSentenceSaysWhyOneGapHoldsIt() throws {
    var said = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      guard assessment.cappedBy.count == 1, let sentence = ReportFormatting.capSentence(assessment)
      else { continue }
      let holder = try #require(
        assessment.findings.first { $0.rule.id == assessment.cappedBy[0].id })
      guard let because = holder.because else { continue }
      if sentence.contains("because of item") {
        said += 1
        #expect(sentence.contains("(\(because)): "), "\(subject.name): \(sentence)")
      }
    }
    #expect(said >= 3)
    let officer = try RuleInapplicableTests.assessment(of: "local-authority-officer-leads")
    #expect(
      ReportFormatting.capSentence(officer)
        == "Grade C, because of item 1 (no member school leads the network: its one leader is from outside the member schools): on its own, this gap holds any design at C until it is closed."
    )
  }

  /// Where one gap holds the grade and its rule caps lower than its severity does, the grade
  /// sentence says that the gap alone holds any design there; otherwise it does not: on
  /// every subject.
  @Test func aGapThatHoldsTheGradeOnItsOwnSaysSo() {
    var said = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let framework = assessment.framework
      let sentence = ReportFormatting.capSentence(assessment) ?? ""
      let held = assessment.cappedBy
      let own =
        held.count == 1 && ReportFormatting.isHeld(assessment)
        && held[0].cap.map { cap in
          framework.severities.first { $0.id == held[0].severity }?.cap.map {
            framework.rank(of: cap) > framework.rank(of: $0)
          } ?? true
        } == true
      #expect(
        sentence.contains("on its own, this gap holds any design at") == own,
        "\(subject.name): \(sentence)")
      if own { said += 1 }
    }
    #expect(said >= 5)
  }
}
