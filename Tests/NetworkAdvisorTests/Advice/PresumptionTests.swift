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
    #expect(
      framework.presumedIndices[sustained].map { framework.rules[$0].id } == [
        "knots.planned-for-the-commitment"
      ])
  }

  /// The rules that look only at what knots that count carry presume that some knot counts,
  /// whatever their area: with none, they are one gap.
  static let restOnWorkingKnots = [
    "adult-learning.professional-learning-community", "pupil-learning.carried-by-teachers",
    "processes.all-four", "processes.learning-with-in-enquiry", "levels.all-six",
    "principles.distributed-leadership", "principles.enquiry-based-practice",
    "principles.model-of-learning", "high-yield.headteacher-learning-group",
    "high-yield.shared-pd-planning", "high-yield.monitoring-evaluation-dissemination",
    "participation.lasting", "participation.many-roles", "purpose.form-and-structure",
    "membership.working-core",
  ]

  @Test(arguments: restOnWorkingKnots)
  func aRuleOnWhatWorkingKnotsCarryPresumesOne(_ id: String) throws {
    let rule = try #require(Fixtures.framework.rules.first { $0.id == id })
    #expect(rule.presumes.contains("knots.networked-learning-happens"))
  }

  /// A missing purpose is a gap of its own, whatever levels of learning a knot serves and
  /// however long it runs, except where every group must be planned afresh for the
  /// network's commitment: that plan begins with what each group is for, so the missing
  /// purposes are counted under it (short-lived-project), and its advice asks for them first.
  @Test func aMissingPurposeIsAGapOfItsOwnUnlessThePlanOfTheYearsAsksForIt() throws {
    let rule = try #require(Fixtures.framework.rules.first { $0.id == "knots.purposeful" })
    #expect(rule.presumes == ["knots.planned-for-the-commitment"])
    let shortLived = try RuleInapplicableTests.assessment(of: "short-lived-project")
    let purposes = shortLived.findings.first { $0.rule.id == "knots.purposeful" }
    #expect(purposes?.failsWithGap == true)
    #expect(purposes?.dependsOn?.id == "knots.planned-for-the-commitment")
    let plan = shortLived.recommendations.first {
      $0.rule.id == "knots.planned-for-the-commitment"
    }
    #expect(
      plan?.advice.contains("plan what it is for (for Reading enquiry team, its question)") == true)
    #expect(
      plan?.advice.contains(
        "Every group is planned for 6 months, and no group yet says what it is for"
      ) == true, "\(plan?.advice ?? "")")
    var document = Document(path: "scenarios/proposals/riverside.proposal.json")
    document.knots[1].removeValue(forKey: "purpose")
    let finding = document.assessment().findings.first { $0.rule.id == "knots.purposeful" }
    #expect(finding?.outcome == .fail)
    #expect(finding?.dependsOn == nil)
    #expect(finding?.message.contains("Heads' learning group") == true)
  }

  /// Where no knot counts, every rule of another area that rests on working knots and fails
  /// depends on that one gap, brings no recommendation, and its area counts nothing for it.
  @Test(arguments: seeds)
  func noWorkingKnotIsOneGapAcrossAreas(_ seed: UInt64) {
    var document = DesignGenerator.design(seed: seed)
    document.knots = document.knots.map { knot in
      var knot = knot
      knot["months"] = 6
      return knot
    }
    let assessment = document.assessment()
    let root = assessment.findings.first { $0.rule.id == "knots.networked-learning-happens" }
    guard root?.outcome == .fail else { return }
    let recommended = Set(assessment.recommendations.map(\.rule.id))
    #expect(recommended.contains("knots.networked-learning-happens"), "seed \(seed)")
    for finding in assessment.findings where Self.restOnWorkingKnots.contains(finding.rule.id) {
      #expect(finding.outcome != .fail, "seed \(seed): \(finding.rule.id) fails on its own")
      #expect(!recommended.contains(finding.rule.id), "seed \(seed): \(finding.rule.id)")
    }
    for id in ["processes", "levels"] {
      let area = assessment.areas.first { $0.area.id == id }
      #expect(area?.failed == 0, "seed \(seed): \(id)")
    }
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
    // Folded failures, not the rules that did not apply and wait on a gap too.
    let folded = assessment.findings.indices.filter {
      assessment.findings[$0].dependsOn != nil && raw[$0] == .fail
    }.count
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
    let original = document.assessment()
    let before = knotRecommendations(original)
    // A gap folded into another before may stand on its own once the calendar, and with it
    // the gap it was folded into, is gone: it is not new.
    let folded = Set(original.findings.filter { $0.dependsOn != nil }.map(\.rule.id))
    document.knots = document.knots.map { knot in
      var knot = knot
      knot.removeValue(forKey: "meetingsPerYear")
      knot.removeValue(forKey: "months")
      return knot
    }
    let after = document.assessment()
    let added = knotRecommendations(after).subtracting(before).subtracting(folded)
    #expect(added.count <= 1, "seed \(seed): \(added.sorted())")
    let dependents = after.findings.filter { $0.dependsOn != nil }.map(\.rule.id)
    // With no calendar nobody is shown to meet at all: the first knots rule holds the gap.
    let roots: Set = ["knots.people-meet-across-schools", "knots.networked-learning-happens"]
    #expect(
      after.findings.contains { roots.contains($0.dependsOn?.id ?? "") }
        || dependents.isEmpty || !before.isDisjoint(with: roots))
  }

  /// Every report format points a dependent of another area to the gap it depends on.
  @Test(arguments: ReportTests.formats)
  func everyFormatPointsToTheGapAcrossAreas(_ format: String) throws {
    var document = Document(path: "scenarios/proposals/riverside.proposal.json")
    document.knots = document.knots.map { knot in
      var knot = knot
      knot["months"] = 6
      return knot
    }
    // With no commitment stated, groups of six months are not yet the network's work.
    document["participation", "duration"] = nil
    let file = Fixtures.temporaryFolder() + "/short.proposal.json"
    let data = try JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    try data.write(to: URL(fileURLWithPath: file))
    let result = Fixtures.run(["assess", file, "--format", format])
    #expect(result.status == .success, "\(result.errors)")
    // A check waits on the gap, or fails with it and is counted under it.
    let (expected, alternative) =
      switch format {
      case "json": ("\"dependsOn\": \"knots.networked-learning-happens\"", "")
      // The gap waited on is named by its item in text, and by its aim or title elsewhere.
      case "text": ("waits on What to do first, 1:", "counted under What to do first, 1:")
      default: ("Waits on “Some knot does the network", "Counted under “Some knot does the network")
      }
    #expect(result.output.contains(expected))
    let output = result.output.replacingOccurrences(of: "<wbr>", with: "")
    for dependent in ["levels.all-six", "processes.all-four", "participation.lasting"] {
      #expect(output.contains(dependent), "\(format): \(dependent)")
    }
    let dependents =
      result.output.components(separatedBy: expected).count - 1
      + (alternative.isEmpty ? 0 : result.output.components(separatedBy: alternative).count - 1)
    #expect(dependents >= 10, "\(format): fewer dependents than expected")
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
    let presumed = try #require(
      assessment.recommendations.first { $0.rule.id == "knots.people-meet-across-schools" })
    #expect(text.contains("waits on What to do first, \(presumed.priority):"))
    let json = JSONReport.render(assessment)
    #expect(json.contains("\"dependsOn\": \"knots.people-meet-across-schools\""))
    #expect(!assessment.recommendations.contains { $0.rule.id == "knots.sustained" })
  }
}
