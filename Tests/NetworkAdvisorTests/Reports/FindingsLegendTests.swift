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

  /// Seven areas held at D by one gap in short-lived-project: the note says the gap holds
  /// them until it is done, whatever else their checks find, so that they are not read as
  /// seven weak areas.
  @Test func heldAreasAreSaidToBeHeldByTheGap() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "short-lived-project")
    let note = try #require(
      ReportFormatting.heldNote(AreaChecks.all(in: assessment), in: assessment))
    #expect(
      note.hasPrefix(
        "Some areas are graded down until an item is done, whatever else their checks find, and show “–” in place of a score: “Purpose and design”"
      ))
    #expect(note.contains("are graded D until item 1 is done"))
    let riverside = try RuleInapplicableTests.assessment(of: "riverside")
    #expect(ReportFormatting.heldNote(AreaChecks.all(in: riverside), in: riverside) == nil)
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
}
