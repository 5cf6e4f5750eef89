/// The cheapest set of changes to a proposal found to reach a target, each verified by
/// re-assessing the changed proposal with the framework.
public struct Plan: Sendable {
  /// One change, with the assessment of the proposal after it and every change before it.
  public struct Step: Sendable {
    /// The change.
    public let edit: ProposalEdit
    /// The change in plain language, naming the knot, school or field.
    public let description: String
    /// What the change costs a network, from the cost file.
    public let cost: Int
    /// The assessment after this step.
    public let assessment: Assessment
  }

  /// How sure the plan is of being the cheapest.
  public enum Certainty: String, Sendable {
    /// Every set of suggested changes cheaper than the plan was assessed: none reaches
    /// the target.
    case provenCheapest = "proven-cheapest"
    /// The search stopped at its work budget: the cheapest found, perhaps not the cheapest.
    case bestFound = "best-found"
    /// The target was not reached.
    case notReached = "not-reached"
  }

  /// What the plan aims for.
  public let target: PlanTarget
  /// The proposal's assessment before any change.
  public let before: Assessment
  /// The changes, in order; empty when the proposal already meets the target, or when it
  /// cannot be reached.
  public let steps: [Step]
  /// The proposal with every change made.
  public let planned: JSONValue
  /// The JSON merge patch (RFC 7386) that turns the proposal into the planned one.
  public let patch: JSONValue
  /// How sure the plan is of being the cheapest.
  public let certainty: Certainty
  /// When the target is not reached, the failing rules that stand in the way of the closest
  /// proposal found, each with why no change mended it.
  public let blockers: [Blocker]
  /// The closest proposal found's assessment when the target is not reached.
  public let closest: Assessment?
  /// The changes that lead to the closest proposal found, when the target is not reached.
  public let closestSteps: [Step]
  /// How many proposals the search assessed.
  public let assessments: Int
  /// The largest number of changes the search allowed.
  public let maxChanges: Int

  /// A failing rule that keeps the target out of reach.
  public struct Blocker: Sendable {
    /// The rule.
    public let rule: Rule
    /// Why the plan could not mend it.
    public let why: String
  }

  /// Whether the planned proposal meets the target.
  public var isReached: Bool { certainty != .notReached }

  /// The total cost of the changes.
  public var cost: Int { steps.reduce(0) { $0 + $1.cost } }

  /// The assessment after the last change (the one before when there is none).
  public var after: Assessment { steps.last?.assessment ?? before }
}
