import Foundation
import Testing

@testable import NetworkAdvisor

/// `counted with`: two rules whose failures a facilitator would set as one condition. Each
/// keeps its own item and its part of the score; the verdict and the grade caps count the
/// two once. The loader refuses a partner that is not a rule, or the rule itself.
@Suite struct CountedWithTests {
  static let cases: [LoaderDiagnosticTests.Case] = [
    .init(
      PresumptionTests.rule("x.a", " counted with ⟪purpose.ide⟫"), "unknown-rule",
      "the rule 'x.a' is counted with 'purpose.ide', which is not a rule"),
    .init(
      PresumptionTests.rule("x.a", " counted with ⟪x.a⟫"), "counted-with-itself",
      "the rule 'x.a' is counted with itself"),
  ]

  @Test(arguments: cases)
  func refusedAtTheClause(_ test: LoaderDiagnosticTests.Case) {
    LoaderDiagnosticTests().located(test)
  }

  /// Two moderate rules that both fail, under a verdict that refuses two moderate
  /// failures: counted with each other they are one condition, and the network is ready
  /// with it; declared apart they are two, and it is not.
  @Test(arguments: [true, false])
  func twoFailuresCountedWithEachOtherAreOneCondition(declared: Bool) throws {
    func rule(_ id: String, countedWith: String?) -> String {
      """
      rule \(id)
        title "T"
        area knots
        severity moderate
        source "Networked learning activity"
      \(countedWith.map { "  counted with \($0)\n" } ?? "")  passes when size(knots) > 0
        advice "A"
        example pass { "knots": [ { "name": "K", "type": "joint-work" } ] }
        example fail { }
      end

      """
    }
    let text = """
      framework "Test"
      area knots "Knots" weight 1
      grade A "Good" from 50
      grade B "Weak" from 0
      severity moderate "a condition of approval"
      verdict not-ready when failures.moderate >= 2
      verdict ready-with-conditions when failures.moderate >= 1
      verdict ready otherwise
      section "Networked learning activity"

      """
      + rule("x.a", countedWith: declared ? "x.b" : nil) + rule("x.b", countedWith: nil)
    let framework = try FrameworkLoader.load(
      [RuleSource(name: "t", files: [SourceFile(name: "local.rules", text: text)])],
      subject: ProposalSubject()
    ).framework
    let proposal = """
      { "format": "network-proposal/1", "name": "T", "geography": "linked",
        "schools": [ { "id": "a", "name": "A" } ] }
      """
    let fields = try ProposalDocument.read(Array(proposal.utf8), name: "t.json").get().fields
    let assessment = Assessment(framework: framework, subjectName: "t", fields: fields)
    #expect(assessment.recommendations.map(\.rule.id).sorted() == ["x.a", "x.b"])
    #expect(assessment.verdict == (declared ? "ready-with-conditions" : "not-ready"))
  }

  /// On every scenario and generated design in which both rules of a pair counted with each
  /// other fail, the first's failure moves no count the verdict or the caps read: the counts
  /// are those with it passed. Where only the first fails, it counts on its own. The pairs:
  /// the heads' learning group and the planning group (both ask the same heads to meet), and
  /// leadership shared between schools and the leaders' time (one co-leader from another
  /// school with days of their own closes both).
  @Test(arguments: [
    ("high-yield.headteacher-learning-group", "high-yield.shared-pd-planning"),
    ("leadership.shared-across-schools", "leadership.enough-time"),
  ])
  func aPairCountedWithEachOtherIsOneCondition(_ first: String, _ second: String) throws {
    let framework = Fixtures.framework
    let heads = try #require(framework.ruleIndex(of: first))
    let planning = try #require(framework.ruleIndex(of: second))
    func failures(_ outcomes: [Outcome], of assessment: Assessment) -> Value? {
      AssessmentFacts.values(
        AssessmentFacts.Input(
          framework: framework, outcomes: outcomes, score: assessment.score,
          uncappedScore: assessment.uncappedScore, grade: assessment.grade,
          uncappedGrade: assessment.uncappedGrade)
      ).last
    }
    var together = 0
    var alone = 0
    for subject in ReportPresentationTests.subjects() {
      // As scored: a failure that depends on another gap is counted there, not here.
      let outcomes = subject.assessment.findings.map {
        $0.dependsOn == nil ? $0.outcome : .notApplicable
      }
      guard outcomes[heads] == .fail else { continue }
      var passed = outcomes
      passed[heads] = .pass
      let same =
        failures(outcomes, of: subject.assessment) == failures(passed, of: subject.assessment)
      if outcomes[planning] == .fail {
        together += 1
        #expect(same, "\(subject.name)")
      } else {
        alone += 1
        #expect(!same, "\(subject.name)")
      }
    }
    #expect(together >= 1 && alone >= 3, "both cases are met: \(together), \(alone)")
  }

  /// Where the two gaps of a pair hold the grade, each is said to hold it, though closing
  /// either alone would lift nothing: two-islands is E because of items 1 to 5, its
  /// leadership pair among them, not because of items 1 to 3 with 4 and 5 only "also needed".
  @Test func aPairThatHoldsTheGradeIsNamedWhole() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "two-islands")
    let held = Set(assessment.cappedBy.map(\.id))
    #expect(held.contains("leadership.shared-across-schools"))
    #expect(held.contains("leadership.enough-time"))
    let text = ReportPresentationTests.flat(TextReport(width: 1000).render(assessment))
    #expect(text.contains("Grade E, because of items 1 to 5, taken together"), "\(text)")
  }

  /// With two pairs, each reason stands beside its own pair, not both after both.
  @Test func twoPairsEachSayWhy() throws {
    let assessment = try RuleInapplicableTests.assessment(of: "two-islands")
    func item(_ id: String) throws -> Int {
      try #require(assessment.recommendations.first { $0.rule.id == id }).priority
    }
    let leadership = try [
      item("leadership.shared-across-schools"), item("leadership.enough-time"),
    ].sorted()
    let heads = try [
      item("high-yield.headteacher-learning-group"), item("high-yield.shared-pd-planning"),
    ].sorted()
    let text = ReportPresentationTests.flat(TextReport(width: 1000).render(assessment))
    let expected =
      "items \(leadership[0]) and \(leadership[1]) can be met together, since a co-leader from "
      + "another school, with enough days of their own, closes both; so can items \(heads[0]) "
      + "and \(heads[1]), since both ask the heads, who meet in no group yet, to meet through "
      + "the year, and the two groups can meet on the same days"
    #expect(text.contains(expected), "\(text)")
    // The legend says what being met together means for the count.
    #expect(
      text.contains("Two items that can be met together, as the list above says, count as one gap.")
    )
  }

  /// Where both are listed among the conditions, the report says they count as one, so that
  /// a reader does not count five items against "five or more conditions together".
  @Test func theReportSaysWhichItemsCountAsOne() throws {
    for scenario in ["two-islands", "only-fluid-knots"] {
      let assessment = try RuleInapplicableTests.assessment(of: scenario)
      let heads = try #require(
        assessment.recommendations.first {
          $0.rule.id == "high-yield.headteacher-learning-group"
        })
      let planning = try #require(
        assessment.recommendations.first { $0.rule.id == "high-yield.shared-pd-planning" })
      let pair = [heads.priority, planning.priority].sorted()
      let said = TextReport(width: 1000).render(assessment)
      let why =
        ", since both ask the heads, who meet in no group yet, to meet through the year, and the two groups can meet on the same days"
      let flat = ReportPresentationTests.flat(said)
      // The first pair says "can be met together"; a second says "so can" (two-islands).
      #expect(
        flat.contains("items \(pair[0]) and \(pair[1]) can be met together\(why)")
          || flat.contains("so can items \(pair[0]) and \(pair[1])\(why)"), "\(scenario)")
    }
    let riverside = try RuleInapplicableTests.assessment(of: "riverside")
    #expect(ReportFormatting.countedAsOne([1, 2, 3], in: riverside) == "")
  }
}
