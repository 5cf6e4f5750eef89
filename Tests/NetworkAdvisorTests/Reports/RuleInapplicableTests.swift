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
    let (rule, file) = try Fixtures.onlyRule(
      "rule x.y\n title \"T\"\n applies when true\n inapplicable \"no knots\"\nend\n")
    let reason = try #require(rule.inapplicable)
    #expect(reason.text == "no knots")
    #expect(file.text(of: reason.location.range) == "\"no knots\"")
  }

  /// Over every scenario and 200 generated designs: each rule that does not apply by its
  /// own `applies when` (not waiting on another rule) gives its reason, filled in for the
  /// proposal with no braces left, in the finding's message (JSON, Markdown, HTML) and under
  /// its line in the text report.
  @Test func everyRuleThatDoesNotApplySaysWhyInEveryReport() throws {
    var seen = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let text = ReportPresentationTests.flat(TextReport().render(assessment))
      let markdown = MarkdownReport.render(assessment)
      for finding in assessment.findings
      where finding.outcome == .notApplicable && finding.dependsOn == nil {
        let reason = try #require(finding.reason, "\(finding.rule.id)")
        #expect(!reason.contains("{") && !reason.isEmpty, "\(finding.rule.id): \(reason)")
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

  /// A reason with values in braces gives, for each proposal, the one that holds: the hub
  /// is not judged in a two-school partnership for its size, and in a network its officer
  /// leads because no member school leads it.
  @Test(arguments: [
    ("two-school-partnership", "the network has two schools at most"),
    ("local-authority-officer-leads", "no member school leads the network yet"),
  ])
  func theReasonIsTheOneThatHolds(_ scenario: String, _ expected: String) throws {
    let (outcome, reason) = try FacilitatorReadingTests.outcome(
      of: "leadership.no-hub", on: scenario)
    #expect(outcome == .notApplicable)
    #expect(reason?.hasPrefix(expected) == true, "\(reason ?? "none")")
    #expect(reason?.contains(" or ") == false, "\(reason ?? "none")")
  }

  /// `inapplicable "…" waits on RULE-ID, …`: the rules a rule waits on when it does not
  /// apply, each where it is named.
  @Test func theParserReadsTheRulesItWaitsOn() throws {
    let (rule, file) = try Fixtures.onlyRule(
      "rule x.y\n title \"T\"\n applies when true\n inapplicable \"later\" waits on a.b, c.d\nend\n"
    )
    #expect(rule.awaits.map(\.id) == ["a.b", "c.d"])
    #expect(rule.awaits.map { file.text(of: $0.location.range) } == ["a.b", "c.d"])
  }

  /// The assessment of a scenario's proposal with the default rules.
  static func assessment(of scenario: String) throws -> Assessment {
    Assessment(
      framework: Fixtures.framework, subjectName: scenario,
      fields: try Fixtures.scenarioProposal(scenario).fields)
  }

  /// A rule that does not apply only because of a gap counted elsewhere waits on it: in
  /// two-islands, moral purpose (only the passengers' children are missed) waits on the
  /// membership gap; where a school that takes part is missed, it fails on its own.
  @Test func aRuleThatDoesNotApplyWaitsOnTheGapItNames() throws {
    let islands = try Self.assessment(of: "two-islands")
    let moral = try #require(islands.findings.first { $0.rule.id == "principles.moral-purpose" })
    #expect(moral.outcome == .notApplicable)
    #expect(moral.dependsOn?.id == "membership.working-core")
    let conference = try Self.assessment(of: "conference-only-members")
    let greys = try #require(
      conference.findings.first { $0.rule.id == "principles.moral-purpose" })
    #expect(greys.outcome == .fail)
    #expect(greys.dependsOn == nil)
  }
}
