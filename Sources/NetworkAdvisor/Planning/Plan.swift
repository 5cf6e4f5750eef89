/// The cheapest set of changes to a proposal found to reach a target, each verified by
/// re-assessing the changed proposal with the framework.
package struct Plan: Sendable {
  /// One change, with the assessment of the proposal after it and every change before it.
  package struct Step: Sendable {
    /// The change.
    package let edit: ProposalEdit
    /// The change in plain language, naming the knot, school or field.
    package let description: String
    /// What the change costs a network, from the cost file.
    package let cost: Int
    /// The assessment after this step.
    package let assessment: Assessment
  }

  /// How sure the plan is of being the cheapest.
  package enum Certainty: String, Sendable {
    /// Every set of suggested changes cheaper than the plan was assessed: none reaches
    /// the target.
    case provenCheapest = "proven-cheapest"
    /// The search stopped at its work budget: the cheapest found, perhaps not the cheapest.
    case bestFound = "best-found"
    /// The target was not reached.
    case notReached = "not-reached"
  }

  /// What the plan aims for.
  package let target: PlanTarget
  /// The proposal's assessment before any change.
  package let before: Assessment
  /// The changes, in order; empty when the proposal already meets the target, or when it
  /// cannot be reached.
  package let steps: [Step]
  /// The proposal with every change made.
  package let planned: JSONValue
  /// The JSON merge patch (RFC 7386) that turns the proposal into the planned one.
  package let patch: JSONValue
  /// How sure the plan is of being the cheapest.
  package let certainty: Certainty
  /// When the target is not reached, the failing rules that stand in the way of the closest
  /// proposal found, each with why no change mended it.
  package let blockers: [Blocker]
  /// The closest proposal found's assessment when the target is not reached.
  package let closest: Assessment?
  /// The changes that lead to the closest proposal found, when the target is not reached.
  package let closestSteps: [Step]
  /// Whether no step can be dropped: for a plan that reaches the target, with the target
  /// still met; for one that falls short, with the closest proposal as good in everything a
  /// reader sees. `false` only when pruning stopped at the work budget.
  package let isMinimal: Bool
  /// How many proposals the search assessed.
  package let assessments: Int
  /// The largest number of changes the search allowed.
  package let maxChanges: Int

  /// A failing rule that keeps the target out of reach.
  package struct Blocker: Sendable {
    /// The rule.
    package let rule: Rule
    /// Why the plan could not mend it.
    package let why: String
  }

  /// Whether the planned proposal meets the target.
  package var isReached: Bool { certainty != .notReached }

  /// The total cost of the changes.
  package var cost: Int { steps.reduce(0) { $0 + $1.cost } }

  /// The assessment after the last change (the one before when there is none).
  package var after: Assessment { steps.last?.assessment ?? before }
}
