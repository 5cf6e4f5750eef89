import Foundation
import Testing

@testable import NetworkAdvisor

/// A rule's `aim`: where a failed rule is named as something to do (the reasons and
/// conditions, What to do first, the gaps that hold the grade), the headline is the whole
/// requirement; the Findings keep the title, which says what was checked.
@Suite struct RuleAimTests {
  static let aimed = ["membership.most-schools-take-part", "knots.planned-for-the-commitment"]

  @Test(arguments: aimed)
  func theDefaultRulesDeclareTheAim(_ id: String) throws {
    let rule = try #require(Fixtures.framework.rules.first { $0.id == id })
    let aim = try #require(rule.aim)
    #expect(aim != rule.title)
    #expect(rule.headline == aim)
  }

  @Test func aRuleWithoutAnAimIsHeadlinedByItsTitle() throws {
    let rule = try #require(Fixtures.framework.rules.first { $0.id == "purpose.compelling-idea" })
    #expect(rule.aim == nil)
    #expect(rule.headline == rule.title)
  }

  @Test func theParserReadsTheAim() throws {
    let (rule, file) = try Fixtures.onlyRule(
      "rule x.y\n title \"T\"\n aim \"The whole requirement\"\n area knots\nend\n")
    #expect(rule.aim?.text == "The whole requirement")
    #expect(file.text(of: rule.aim!.location.range) == "\"The whole requirement\"")
  }

  /// Over every scenario and 200 generated designs: each failed rule with an aim is headed
  /// by its aim under What to do first and in the reasons and conditions, in the text,
  /// Markdown and HTML reports, and its finding keeps the title; JSON gives `aim` beside
  /// `title` for such a rule only.
  @Test func failedRulesAreHeadlinedByTheirAim() throws {
    var seen = 0
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let text = TextReport().render(assessment)
      let flat = ReportPresentationTests.flat(text)
      let (summary, findings) = try #require(Self.split(flat, at: " Findings "))
      let markdown = MarkdownReport.render(assessment)
      let html = HTMLReport.render(assessment, facts: subject.facts)
      for recommendation in assessment.recommendations {
        let rule = recommendation.rule
        guard let aim = rule.aim else { continue }
        seen += 1
        let marker = " \(recommendation.priority). \(aim) "
        #expect(summary.contains(marker), "\(subject.name): \(rule.id)")
        #expect(!summary.contains(" \(recommendation.priority). \(rule.title) "))
        // The finding keeps the title, followed by its severity or its id.
        #expect(
          findings.contains("\(rule.title) (") || findings.contains("\(rule.title) ["),
          "\(subject.name): \(rule.id)")
        #expect(!findings.contains(aim), "\(subject.name): \(rule.id)")
        #expect(
          markdown.contains("\(recommendation.priority). **\(MarkdownReport.escape(aim))**"),
          "\(subject.name): \(rule.id)")
        #expect(html.contains("<h3>\(HTML.escape(aim))</h3>"), "\(subject.name): \(rule.id)")
        let isPoint = (assessment.reasons + assessment.conditions).contains {
          $0.rule.id == rule.id
        }
        if isPoint {
          #expect(
            markdown.contains("- **\(recommendation.priority).** \(MarkdownReport.escape(aim))"),
            "\(subject.name): \(rule.id)")
        }
      }
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(JSONReport.render(assessment).utf8))
          as? [String: Any])
      for finding in json["findings"] as? [[String: Any]] ?? [] {
        let rule = try #require(
          assessment.framework.rules.first { $0.id == finding["rule"] as? String })
        #expect(finding["aim"] as? String == rule.aim)
        #expect(finding["title"] as? String == rule.title)
      }
      for recommendation in json["recommendations"] as? [[String: Any]] ?? [] {
        let rule = try #require(
          assessment.framework.rules.first { $0.id == recommendation["rule"] as? String })
        #expect(recommendation["aim"] as? String == rule.aim)
      }
    }
    #expect(seen >= 10, "failed rules with an aim: \(seen)")
  }

  /// `rules list`, `rules docs` and `explain` show the aim beside the title.
  @Test func theCatalogueShowsTheAim() throws {
    let rule = try #require(Fixtures.framework.rules.first { $0.id == Self.aimed[0] })
    let aim = try #require(rule.aim)
    let list = Fixtures.run(["rules", "list"])
    #expect(list.output.contains("aim: \(aim)"))
    let docs = Fixtures.run(["rules", "docs"])
    #expect(docs.output.contains("- Aim: \(MarkdownReport.escape(aim))"))
    let explained = Fixtures.run([
      "explain", Fixtures.path("scenarios/proposals/two-islands.proposal.json"), rule.id,
    ])
    #expect(explained.status == .success, "\(explained.errors)")
    #expect(explained.output.contains("\nAim: \(aim)\n"))
  }

  static func split(_ text: String, at marker: String) -> (String, String)? {
    guard let range = text.range(of: marker, options: .backwards) else { return nil }
    return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
  }
}
