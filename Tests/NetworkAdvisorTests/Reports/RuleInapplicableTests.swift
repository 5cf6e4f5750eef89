import Foundation
import Testing

@testable import NetworkAdvisor

/// A rule's `inapplicable` reason: a rule that does not apply says why, in every report,
/// so that no report shows a bare "n/a" for a rule of the default framework.
@Suite struct RuleInapplicableTests {
  /// Every default rule with an `applies when` gives the reason a report shows when it is
  /// false.
  @Test func everyDefaultRuleThatMayNotApplySaysWhy() {
    let silent = Fixtures.framework.rules.filter {
      $0.applicability != nil && ($0.inapplicable ?? "").isEmpty
    }
    #expect(silent.map(\.id) == [])
  }

  @Test func theParserReadsTheReason() throws {
    let file = SourceFile(
      name: "reason.rules",
      text: "rule x.y\n title \"T\"\n applies when true\n inapplicable \"no knots\"\nend\n")
    let (declarations, problems) = Parser.parse(file)
    #expect(problems.isEmpty)
    guard case .rule(let rule)? = declarations.first else {
      Issue.record("no rule")
      return
    }
    let reason = try #require(rule.inapplicable)
    #expect(reason.text == "no knots")
    #expect(file.text(of: reason.location.range) == "\"no knots\"")
  }

  /// Over every scenario and 200 generated designs: each rule that does not apply by its
  /// own `applies when` (not waiting on another rule) gives its reason in the finding's
  /// message (JSON, Markdown, HTML) and under its line in the text report.
  @Test func everyRuleThatDoesNotApplySaysWhyInEveryReport() throws {
    var seen = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let text = ReportPresentationTests.flat(TextReport().render(assessment))
      let markdown = MarkdownReport.render(assessment)
      for finding in assessment.findings
      where finding.outcome == .notApplicable && finding.dependsOn == nil {
        let reason = try #require(finding.rule.inapplicable, "\(finding.rule.id)")
        seen += 1
        #expect(finding.message == "Does not apply: \(reason).", "\(subject.name)")
        #expect(
          text.contains("[\(finding.rule.id)] does not apply: \(reason)"),
          "\(subject.name): \(finding.rule.id)")
        #expect(
          markdown.contains(MarkdownReport.escape("Does not apply: \(reason).")),
          "\(subject.name): \(finding.rule.id)")
      }
    }
    #expect(seen > 100)
  }
}
