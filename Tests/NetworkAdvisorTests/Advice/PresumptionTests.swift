import Foundation
import Testing

@testable import NetworkAdvisor

/// `presumes`: one absence is one finding. The loader refuses presumptions that cannot
/// hold, each at its clause; the assessment folds a dependent's failure into the rule it
/// presumes; and over generated designs the gap is counted once.
@Suite struct PresumptionTests {
  typealias Document = SeedCoverageTests.Document

  static func rule(_ id: String, _ clauses: String) -> String {
    """
    rule \(id)
     title "T"
     area knots
     source "Networked learning activity"
    \(clauses)
     passes when size(knots) > 1
     advice "Add knots."
     example pass { "knots": [ { "name": "K", "type": "joint-work" }, { "name": "L", "type": "joint-work" } ] }
     example fail {}
    end

    """
  }

  static let cases: [LoaderDiagnosticTests.Case] = [
    .init(
      rule("x.a", " presumes ⟪knots.som⟫"), "unknown-rule",
      "the rule 'x.a' presumes 'knots.som', which is not a rule"),
    .init(
      rule("x.a", " presumes ⟪x.a⟫"), "presumes-cycle", "the rule 'x.a' presumes itself"),
    .init(
      rule("x.a", " presumes x.b") + rule("x.b", " presumes ⟪x.a⟫"), "presumes-cycle",
      "the rule 'x.b' closes a circle of presumptions: 'x.a' presumes 'x.b' presumes 'x.a'"),
    .init(
      rule("x.a", " essential caps B\n presumes ⟪purpose.idea⟫"), "presumes-lower-cap",
      "the rule 'x.a' caps the grade at B but presumes 'purpose.idea', which caps nothing"),
  ]

  /// Each is refused at the clause, as every loader diagnostic is.
  @Test(arguments: cases)
  func refusedAtTheClause(_ test: LoaderDiagnosticTests.Case) {
    LoaderDiagnosticTests().located(test)
  }

  @Test func aDisabledPresumedRuleLetsThePresumptionLapse() throws {
    let local = SourceFile(
      name: "local.rules", text: "disable rule knots.networked-learning-happens\n")
    let framework = try FrameworkLoader.load(
      [.embedded, RuleSource(name: "local", files: [local])], subject: ProposalSubject()
    ).framework
    let sustained = try #require(framework.ruleIndex(of: "knots.sustained"))
    #expect(framework.presumedIndices[sustained].isEmpty)
  }

  /// Every presumption of the default rules joins two rules of one area.
  @Test func defaultPresumptionsStayWithinAnArea() {
    let framework = Fixtures.framework
    for (index, presumed) in framework.presumedIndices.enumerated() {
      for other in presumed {
        #expect(framework.rules[index].areaIndex == framework.rules[other].areaIndex)
      }
    }
    #expect(framework.presumedIndices.contains { !$0.isEmpty })
  }

  static let seeds: [UInt64] = Array(1...300)

  static func assessment(of document: Document) -> Assessment { document.assessment() }

  /// A dependent is one finding: it names a failed rule that depends on nothing, brings no
  /// recommendation, and excusing it never lowers an area's score or the overall score.
  @Test(arguments: seeds)
  func aDependentIsOneFindingCountedOnce(_ seed: UInt64) {
    let framework = Fixtures.framework
    let data = try! JSONSerialization.data(
      withJSONObject: DesignGenerator.design(seed: seed).root, options: [.sortedKeys])
    let fields = try! ProposalDocument.read(Array(data), name: "d.json").get().fields
    let raw = framework.evaluate(fields).map(\.outcome)
    let assessment = Assessment(framework: framework, subjectName: "d", fields: fields)
    let recommended = Set(assessment.recommendations.map(\.rule.id))
    for finding in assessment.findings {
      guard let basis = finding.dependsOn else { continue }
      #expect(finding.outcome == .notApplicable)
      #expect(!recommended.contains(finding.rule.id), "seed \(seed): \(finding.rule.id)")
      #expect(recommended.contains(basis.id), "seed \(seed): \(basis.id) is not recommended")
      #expect(assessment.findings.first { $0.rule.id == basis.id }?.dependsOn == nil)
    }
    let folded = assessment.findings.filter { $0.dependsOn != nil }.count
    #expect(assessment.recommendations.count == raw.filter { $0 == .fail }.count - folded)
    let scoring = Scoring(framework: framework)
    let (before, after) = (
      scoring.summarise(raw), scoring.summarise(framework.resolvingPresumptions(raw).outcomes)
    )
    #expect(after.score >= before.score - 1e-9, "seed \(seed)")
    for (old, new) in zip(before.areaScores, after.areaScores) {
      if let old, let new { #expect(new >= old - 1e-9, "seed \(seed)") }
    }
  }

  /// A missing meeting calendar (no knot says how often or how long it meets) is one gap in
  /// the knots area: at most one new recommendation there, whatever else the design has.
  @Test(arguments: seeds)
  func aMissingCalendarIsOneFindingInTheKnotsArea(_ seed: UInt64) {
    var document = DesignGenerator.design(seed: seed)
    let knotsArea = Fixtures.framework.areas.firstIndex { $0.id == "knots" }!
    func knotRecommendations(_ assessment: Assessment) -> Set<String> {
      Set(assessment.recommendations.filter { $0.rule.areaIndex == knotsArea }.map(\.rule.id))
    }
    let before = knotRecommendations(document.assessment())
    document.knots = document.knots.map { knot in
      var knot = knot
      knot.removeValue(forKey: "meetingsPerYear")
      knot.removeValue(forKey: "months")
      return knot
    }
    let after = document.assessment()
    let added = knotRecommendations(after).subtracting(before)
    #expect(added.count <= 1, "seed \(seed): \(added.sorted())")
    let dependents = after.findings.filter { $0.dependsOn != nil }.map(\.rule.id)
    #expect(
      after.findings.contains { $0.dependsOn?.id == "knots.networked-learning-happens" }
        || dependents.isEmpty || before.contains("knots.networked-learning-happens"))
  }

  @Test func theTextAndJSONReportsPointToThePresumedRule() throws {
    var document = Document(path: "scenarios/proposals/riverside.proposal.json")
    document.knots = document.knots.map { knot in
      var knot = knot
      knot.removeValue(forKey: "meetingsPerYear")
      return knot
    }
    let assessment = document.assessment()
    let text = TextReport().render(assessment)
    #expect(text.contains("depends on knots.networked-learning-happens"))
    let json = JSONReport.render(assessment)
    #expect(json.contains("\"dependsOn\": \"knots.networked-learning-happens\""))
    #expect(!assessment.recommendations.contains { $0.rule.id == "knots.sustained" })
  }
}
