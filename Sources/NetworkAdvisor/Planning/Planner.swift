/// Finds the cheapest set of changes to a proposal that reaches a target, assessing every
/// candidate with the real framework.
///
/// ```swift
/// let planner = Planner(framework: framework)
/// if let plan = planner.plan(proposalJSON, target: .verdict("ready")) {
///   for step in plan.steps { print(step.description, step.assessment.grade.letter) }
/// }
/// ```
///
/// Candidates come from the failing rules: the operators that change what a failing rule
/// reads (`EditCatalogue`). The search runs in three stages, all bounded by `maxChanges`
/// and a work budget counted in assessments: following the recommendations in order (a
/// first plan, and the bound the answer never exceeds), a beam search ranked by distance to
/// the target, then a search by cost that proves the cheapest when it finishes within the
/// budget. The answer is then pruned until no change can be dropped. When the target is out
/// of reach, the changes to the closest proposal found are pruned the same way, until each
/// is needed for where the plan ends (so that no step shown is one that does not help).
package struct Planner: Sendable {
  /// The framework that judges every candidate.
  package let framework: Framework
  /// What each change costs.
  package let costs: EditCosts
  /// The most changes a plan may have.
  package let maxChanges: Int
  /// The most proposals the search may assess.
  package let budget: Int
  /// How many candidates the beam stage keeps at each depth.
  package let beamWidth: Int

  /// Makes a planner.
  /// - Parameters:
  ///   - maxChanges: the most changes a plan may have (`--max-changes`).
  ///   - budget: the most proposals assessed in the search.
  package init(
    framework: Framework, costs: EditCosts = .embedded, maxChanges: Int = 8,
    budget: Int = 1000, beamWidth: Int = 6
  ) {
    self.framework = framework
    self.costs = costs
    self.maxChanges = maxChanges
    self.budget = budget
    self.beamWidth = beamWidth
  }

  /// The cheapest plan found from `proposal` to `target`; `nil` when the proposal does not
  /// read as a valid proposal.
  package func plan(_ proposal: JSONValue, target: PlanTarget) -> Plan? {
    let search = PlanSearch(planner: self, target: target)
    guard let root = search.node(proposal, edits: [], cost: 0, ignoringBudget: true) else {
      return nil
    }
    if search.isMet(root) {
      return search.finish(root: root, best: root, certainty: .provenCheapest)
    }
    var best = search.followingRecommendations(from: root)
    best = search.beam(from: root, best: best)
    let proven = search.cheapestFirst(from: root, best: &best)
    guard let found = best else {
      return search.finish(root: root, best: nil, certainty: .notReached)
    }
    let minimal = search.minimised(found.edits, from: root, keeping: search.isMet)
    return search.finish(
      root: root, best: search.replay(minimal.edits, from: root) ?? found,
      certainty: proven ? .provenCheapest : .bestFound, isMinimal: minimal.isMinimal)
  }

  /// The plan that follows the recommendations in order: for the first recommendation some
  /// change can mend, the cheapest change that makes its rule pass; again until the
  /// target is met or no recommendation can be followed. `nil` when it does not reach the
  /// target within `maxChanges`.
  package func followingRecommendations(_ proposal: JSONValue, target: PlanTarget) -> (
    edits: [ProposalEdit], cost: Int
  )? {
    let search = PlanSearch(planner: self, target: target)
    guard let root = search.node(proposal, edits: [], cost: 0, ignoringBudget: true),
      let found = search.followingRecommendations(from: root)
    else { return nil }
    return (found.edits, found.cost)
  }
}
