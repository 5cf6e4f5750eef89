import Foundation
import Testing

@testable import NetworkAdvisor

@Suite struct PlannerTests {
  static let ready = PlanTarget.verdict("ready")

  /// Every scenario below `ready` gets a plan that reaches it or says what blocks it; a
  /// plan's patch, applied and assessed, gives the plan's final grade exactly.
  @Test(arguments: PlanFixtures.scenarios)
  func everyScenarioReachesReadyOrSaysWhyNot(_ name: String) throws {
    let proposal = PlanFixtures.scenarioProposal(name)
    let plan = try #require(PlanFixtures.planner().plan(proposal, target: Self.ready))
    if plan.before.verdict == "ready" {
      #expect(plan.steps.isEmpty && plan.isReached)
      return
    }
    if plan.isReached {
      #expect(!plan.steps.isEmpty)
      let patched = PlanFixtures.assess(MergePatch.apply(plan.patch, to: proposal))
      #expect(patched.verdict == "ready", "\(name)")
      #expect(patched.grade.letter == plan.after.grade.letter, "\(name)")
      #expect(abs(patched.score - plan.after.score) < 1e-9, "\(name)")
      #expect(
        MergePatch.plain(MergePatch.apply(plan.patch, to: proposal))
          == MergePatch.plain(plan.planned))
    } else {
      #expect(!plan.blockers.isEmpty, "\(name): not reached and nothing named in the way")
      let closest = try #require(plan.closest)
      for blocker in plan.blockers {
        let finding = closest.findings.first { $0.rule.id == blocker.rule.id }
        #expect(finding?.outcome == .fail, "\(name): \(blocker.rule.id) is not failing")
      }
      #expect(PlanReport.text(plan).contains("Still in the way"))
    }
  }

  /// The planner makes no step for a severity whose failures only lower the score: in the
  /// default rules that is `suggestion`, which no cap or verdict counts; `minor`, which a
  /// grade cap counts, is planned for.
  @Test func aSuggestionGetsNoStep() throws {
    #expect(Fixtures.framework.scoreOnlySeverities == ["suggestion"])
    let search = PlanSearch(planner: PlanFixtures.planner(budget: 250), target: Self.ready)
    let types = try #require(Fixtures.framework.rules.first { $0.id == "knots.all-types" })
    let higherEducation = try #require(
      Fixtures.framework.rules.first { $0.id == "brokerage.higher-education" })
    #expect(!search.plansFor(types))
    #expect(search.plansFor(higherEducation))
  }

  /// A weak network reaches `ready`, each step re-assessed; the text names knots and schools.
  @Test func aWeakNetworkReachesReady() throws {
    let proposal = PlanFixtures.scenarioProposal("unfacilitated.scenario.json")
    let plan = try #require(PlanFixtures.planner(budget: 250).plan(proposal, target: Self.ready))
    #expect(plan.before.verdict != "ready")
    #expect(plan.isReached)
    #expect(plan.after.verdict == "ready")
    for (index, step) in plan.steps.enumerated() {
      let json = try #require(
        PlanFixtures.replay(plan.steps.prefix(index + 1).map(\.edit), on: proposal))
      #expect(PlanFixtures.assess(json).grade.letter == step.assessment.grade.letter)
    }
    let text = PlanReport.text(plan)
    #expect(text.contains("After the plan: grade A"))
  }

  static let seeds: [UInt64] = Array(1...100)

  /// No change in a plan can be dropped with the target still met; a proposal at the target
  /// gets an empty plan; the plan costs no more than following the recommendations.
  @Test(arguments: seeds)
  func plansAreMinimalAndNoDearerThanTheRecommendations(_ seed: UInt64) throws {
    let proposal = PlanFixtures.design(seed: seed)
    let target = PlanTarget.grade(["B", "C", "A"][Int(seed % 3)])
    let planner = PlanFixtures.planner(budget: 20, maxChanges: 4)
    let plan = try #require(planner.plan(proposal, target: target))
    if target.isMet(by: plan.before) {
      #expect(plan.steps.isEmpty && plan.isReached, "seed \(seed)")
      return
    }
    let baseline = planner.followingRecommendations(proposal, target: target)
    if let baseline { #expect(plan.isReached && plan.cost <= baseline.cost, "seed \(seed)") }
    guard plan.isReached else { return }
    #expect(target.isMet(by: plan.after), "seed \(seed)")
    let edits = plan.steps.map(\.edit)
    for index in edits.indices {
      var fewer = edits
      fewer.remove(at: index)
      guard let json = PlanFixtures.replay(fewer, on: proposal) else { continue }
      #expect(
        !target.isMet(by: PlanFixtures.assess(json)),
        "seed \(seed): step \(index + 1) is not needed")
    }
    // The planned proposal is at the target: planning again changes nothing.
    let again = try #require(planner.plan(plan.planned, target: target))
    #expect(again.steps.isEmpty && again.isReached, "seed \(seed)")
    #expect(MergePatch.isEmpty(again.patch))
  }

  /// Following the recommendations never undoes one already met: no step makes a rule that
  /// passed fail (adding middle leaders to the heads' own group would make it a planning
  /// group, and no longer the heads' group).
  @Test(arguments: seeds)
  func followingTheRecommendationsBreaksNoPass(_ seed: UInt64) throws {
    let proposal = PlanFixtures.design(seed: seed)
    let planner = PlanFixtures.planner(budget: 20, maxChanges: 6)
    guard let found = planner.followingRecommendations(proposal, target: Self.ready) else {
      return
    }
    var before = PlanFixtures.assess(proposal)
    for (index, edit) in found.edits.enumerated() {
      let json = try #require(
        PlanFixtures.replay(Array(found.edits.prefix(index + 1)), on: proposal))
      let after = PlanFixtures.assess(json)
      for (old, new) in zip(before.findings, after.findings) {
        #expect(
          !(old.outcome == .pass && new.outcome == .fail),
          "seed \(seed): step \(index + 1) (\(edit)) breaks \(old.rule.id)")
      }
      before = after
    }
  }

  /// The README's example: following the recommendations takes two-schools-do-the-work to
  /// ready, by opening the heads' own group rather than turning it into a planning group.
  @Test func twoSchoolsDoTheWorkFollowsItsRecommendationsToReady() throws {
    let proposal = PlanFixtures.scenarioProposal("two-schools-do-the-work.scenario.json")
    let found = try #require(
      PlanFixtures.planner(budget: 1000).followingRecommendations(proposal, target: Self.ready))
    #expect(found.edits.count <= 4)
  }

  /// A target already met, and a lower one, give an empty plan and an empty patch.
  @Test func aProposalAtTheTargetGetsAnEmptyPlan() throws {
    let riverside = PlanFixtures.scenarioProposal("riverside.scenario.json")
    for target in [Self.ready, .grade("A"), .grade("D")] {
      let plan = try #require(PlanFixtures.planner().plan(riverside, target: target))
      #expect(plan.steps.isEmpty && plan.isReached && plan.certainty == .provenCheapest)
      #expect(MergePatch.isEmpty(plan.patch))
      #expect(PlanReport.text(plan).contains("nothing to change"))
    }
  }

  /// A target out of reach names what blocks it.
  @Test func aTargetOutOfReachNamesWhatBlocksIt() throws {
    let proposal = PlanFixtures.scenarioProposal("networking-without-purpose.scenario.json")
    let plan = try #require(
      PlanFixtures.planner(budget: 60, maxChanges: 2).plan(proposal, target: Self.ready))
    #expect(!plan.isReached && plan.certainty == .notReached)
    #expect(plan.steps.isEmpty && MergePatch.isEmpty(plan.patch))
    #expect(!plan.blockers.isEmpty)
    #expect(plan.blockers.allSatisfy { !$0.why.isEmpty })
    let json = PlanFixtures.document(PlanReport.json(plan))
    #expect(json["reached"]?.kind == .bool(false))
    #expect(!(json["blockers"]?.items.isEmpty ?? true))
  }

  /// The marker left for the network to write reads as an answer to the rules.
  @Test func theMarkerCountsAsGiven() throws {
    let proposal = PlanFixtures.scenarioProposal("participation-unanswered.scenario.json")
    let rule = "participation.questions-answered"
    let before = PlanFixtures.assess(proposal)
    #expect(before.findings.first { $0.rule.id == rule }?.outcome == .fail)
    let keys = ProposalFormat.participation.fields.map(\.name)
    let edited = try #require(
      ProposalEdit.markSectionToWrite(section: "participation", keys: keys).applied(to: proposal))
    let after = PlanFixtures.assess(edited)
    #expect(after.findings.first { $0.rule.id == rule }?.outcome == .pass)
    #expect(
      edited["participation"]?["who"]?.text?.hasPrefix("[to be written by the network:") == true)
  }

  /// Edits never remove a school, and each applies once.
  @Test(arguments: Array(UInt64(1)...40))
  func editsKeepEverySchool(_ seed: UInt64) {
    let proposal = PlanFixtures.design(seed: seed)
    let catalogue = EditCatalogue(framework: Fixtures.framework)
    let everything = Set(EditCatalogue.operatorsByName.keys)
    let schools = proposal["schools"]?.items.count
    for edit in catalogue.edits(reading: everything, for: proposal) {
      guard let edited = edit.applied(to: proposal) else {
        Issue.record("seed \(seed): \(edit) offered but does not apply")
        continue
      }
      #expect(edited["schools"]?.items.count == schools)
      #expect(
        edit.applied(to: edited) == nil || edit.operatorID == "add-knot",
        "seed \(seed): \(edit) applies twice")
    }
  }
}
