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

  /// Seven areas held at D by one gap in short-lived-project: the note names the two with
  /// gaps of their own, so that the others are not read as weak.
  @Test func heldAreasWithoutGapsOfTheirOwnAreSaidSo() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "short-lived-project")
    let note = try #require(
      ReportFormatting.heldNote(AreaChecks.all(in: assessment), in: assessment))
    #expect(
      note.hasSuffix(
        " Of these, only “Networked learning knots” and “Principles and model of learning” have gaps of their own; the others' checks pass or wait, and they are judged again once the items holding them are done."
      ))
    let riverside = try RuleInapplicableTests.assessment(of: "riverside")
    #expect(ReportFormatting.heldNote(AreaChecks.all(in: riverside), in: riverside) == nil)
  }
}
