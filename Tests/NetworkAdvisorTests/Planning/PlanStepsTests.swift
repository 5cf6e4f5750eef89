import Foundation
import Testing

@testable import NetworkAdvisor

/// A plan shows no step that does not help: when the target is out of reach, only the
/// changes that take the proposal as far as it goes; a step that lowers the score says why;
/// and what stays in the way is named in words.
@Suite struct PlanStepsTests {
  /// Whether `assessment` stands worse than `reference` in anything a reader of the plan
  /// sees: another verdict, a lower grade, a rule failing that passed or was not judged
  /// there, or a lower score shown.
  static func isWorse(_ assessment: Assessment, than reference: Assessment) -> Bool {
    let framework = Fixtures.framework
    if assessment.verdict != reference.verdict { return true }
    if framework.rank(of: assessment.grade.letter) > framework.rank(of: reference.grade.letter) {
      return true
    }
    let newlyFailing = zip(assessment.findings, reference.findings).contains {
      $0.0.outcome == .fail && $0.1.outcome != .fail
    }
    return newlyFailing
      || NumberText.rounded(assessment.score, decimals: 1)
        < NumberText.rounded(reference.score, decimals: 1)
  }

  /// Over generated designs whose plans fall short of `ready`: no step of the way to the
  /// closest proposal can be dropped without leaving it worse; every step meets a rule,
  /// moves what a reader sees, or says that a later step needs it; every step that lowers
  /// the score says why; and what stays in the way is named by its headline.
  @Test func aPlanThatFallsShortShowsOnlyStepsThatHelp() throws {
    var shortWithSteps = 0
    var dropsTried = 0
    for seed in UInt64(1)...60 {
      let proposal = PlanFixtures.design(seed: seed)
      let plan = try #require(
        PlanFixtures.planner(budget: 30, maxChanges: 3).plan(proposal, target: .verdict("ready")))
      guard !plan.isReached else { continue }
      let closest = try #require(plan.closest)
      let edits = plan.closestSteps.map(\.edit)
      if !edits.isEmpty { shortWithSteps += 1 }
      #expect(plan.isMinimal, "seed \(seed)")
      for index in edits.indices {
        var fewer = edits
        fewer.remove(at: index)
        guard let json = PlanFixtures.replay(fewer, on: proposal) else { continue }
        dropsTried += 1
        let isWorse = Self.isWorse(PlanFixtures.assess(json), than: closest)
        #expect(isWorse, "seed \(seed): step \(index + 1) of the closest plan does not help")
      }
      Self.expectEveryStepAccountedFor(plan, plan.closestSteps, "seed \(seed)")
      let text = PlanReport.text(plan)
      for blocker in plan.blockers {
        #expect(text.contains(String(blocker.rule.headline.prefix(30))), "seed \(seed)")
      }
    }
    // The designs fall short often enough, with steps, for the checks to bite.
    #expect(shortWithSteps >= 10 && dropsTried >= 20, "\(shortWithSteps), \(dropsTried)")
  }

  /// Every step meets a rule, moves the grade, verdict or score shown, or says that a later
  /// step needs it; one that lowers the score says so and why, in the text and the JSON.
  static func expectEveryStepAccountedFor(
    _ plan: Plan, _ steps: [Plan.Step], _ label: String
  ) {
    let text = PlanReport.text(plan).replacingOccurrences(of: "\n     ", with: " ")
    let json = PlanFixtures.document(PlanReport.json(plan))
    let entries = (plan.isReached ? json["steps"] : json["closest"]?["steps"])?.items ?? []
    #expect(entries.count == steps.count, "\(label)")
    var previous = plan.before
    for (index, step) in steps.enumerated() {
      let now = step.assessment
      let before = NumberText.rounded(previous.score, decimals: 1)
      let after = NumberText.rounded(now.score, decimals: 1)
      let explanation = index < entries.count ? entries[index]["explanation"]?.text ?? "" : ""
      let meets = index < entries.count ? entries[index]["meets"]?.items ?? [] : []
      let moved =
        before != after || previous.grade.letter != now.grade.letter
        || previous.verdict != now.verdict
      #expect(
        !meets.isEmpty || moved || explanation.contains("On its own it meets no rule"),
        "\(label): step \(index + 1) is not accounted for")
      if after < before {
        let sentence =
          "The score falls from \(ReportFormatting.score(previous.score)) to "
          + ReportFormatting.score(now.score)
        #expect(explanation.contains(sentence), "\(label): step \(index + 1): \(explanation)")
        #expect(text.contains(sentence), "\(label): step \(index + 1)")
      }
      previous = now
    }
  }

  /// Plans that reach their target account for every step the same way.
  @Test(arguments: Array(UInt64(61)...100))
  func aPlanThatReachesItsTargetAccountsForEveryStep(_ seed: UInt64) throws {
    let proposal = PlanFixtures.design(seed: seed)
    let target = PlanTarget.grade(["B", "C"][Int(seed % 2)])
    let plan = try #require(
      PlanFixtures.planner(budget: 30, maxChanges: 4).plan(proposal, target: target))
    Self.expectEveryStepAccountedFor(
      plan, plan.isReached ? plan.steps : plan.closestSteps, "seed \(seed)")
  }

  /// Closing a gap that rules wait on lets them be judged; when they fail, the score falls,
  /// and the step says which rules now fail, what they waited on, and why the score fell.
  /// The plan of the knots with no planned meetings joins its separate clusters first: the
  /// rules that waited on the clusters are then judged, and some fail.
  @Test func aStepThatLowersTheScoreSaysWhy() throws {
    let proposal = PlanFixtures.scenarioProposal("unplanned-meetings.scenario.json")
    let planner = Planner(framework: Fixtures.framework)
    let plan = try #require(planner.plan(proposal, target: .verdict("ready")))
    let steps = plan.isReached ? plan.steps : plan.closestSteps
    let before = PlanFixtures.assess(proposal)
    var previous = before
    var falls = 0
    for (step, effect) in zip(steps, PlanReport.effects(of: steps, from: before)) {
      defer { previous = step.assessment }
      guard step.assessment.score < previous.score else { continue }
      falls += 1
      #expect(!effect.nowFailing.isEmpty)
      #expect(effect.nowFailing.allSatisfy { $0.move.waitedOn != nil })
      let sentences = PlanReport.sentences(
        effect, after: step.assessment, isMinimal: plan.isMinimal)
      #expect(sentences.contains { $0.hasPrefix("Now failing: “") }, "\(sentences)")
      #expect(
        sentences.contains {
          $0.hasPrefix("The score falls from ")
            && $0.contains("because the rules that waited on the gap this step closes are now")
        }, "\(sentences)")
      #expect(sentences.joined().contains("it waited on “"), "\(sentences)")
    }
    #expect(falls >= 1, "no step of the plan lowers the score")
  }
}
