/// One search for a plan: the proposals assessed so far, and the stages of the search.
final class PlanSearch {
  /// What the search needs of an assessment: each rule's outcome, the score, the grade and
  /// the verdict (recommendations and verdict reasons are left for the plan's steps).
  struct Standing {
    let outcomes: [Outcome]
    /// The score the rules met, before any cap: it still moves while a cap holds the
    /// reported score at the top of its grade's band, so the search can tell nearer from
    /// farther.
    let score: Double
    /// The score a report shows: held within the band of the grade.
    let shownScore: Double
    let grade: String
    let verdict: String
  }

  /// What identifies the proposal a sequence of changes reaches: the changes as a set, and
  /// the order of those that append a knot, leader or partner (later changes name them by
  /// position). Cheaper to hash than the proposal itself.
  struct Key: Hashable {
    let edits: Set<ProposalEdit>
    let appended: [ProposalEdit]

    init(_ edits: [ProposalEdit]) {
      self.edits = Set(edits)
      appended = edits.filter {
        switch $0 {
        case .addKnot, .addLeader, .addPartner: true
        default: false
        }
      }
    }
  }

  /// A proposal reached by a sequence of changes, with where it stands.
  struct Node {
    let edits: [ProposalEdit]
    let json: JSONValue
    let key: Key
    /// The order the node was made in, to break ties the same way every run.
    let serial: Int
    let cost: Int
    let standing: Standing
    let distance: Double
  }

  let planner: Planner
  let target: PlanTarget
  let catalogue: EditCatalogue
  /// Standings by the set of changes made, so no proposal is assessed twice.
  private var assessed: [Key: Standing?] = [:]
  private var serial = 0
  /// The names each rule reads, by rule id.
  private var namesByRule: [String: Set<String>] = [:]
  /// How many proposals were assessed.
  private(set) var count = 0
  /// Whether the budget ran out at some point.
  private(set) var isOverBudget = false
  /// The node nearest the target seen, for explaining a target out of reach.
  private var nearest: Node?
  /// The severities whose failures only lower the score (a suggestion): no step is planned
  /// for them, since they hold no grade or verdict, and their changes would only widen the
  /// search.
  let scoreOnly: Set<String>

  init(planner: Planner, target: PlanTarget) {
    self.planner = planner
    self.target = target
    self.catalogue = EditCatalogue(framework: planner.framework)
    self.scoreOnly = planner.framework.scoreOnlySeverities
  }

  /// Whether the search plans changes for a failing rule: every rule but those whose
  /// failures only lower the score.
  func plansFor(_ rule: Rule) -> Bool {
    rule.severity.map { !scoreOnly.contains($0) } ?? true
  }

  /// The node for a proposal, assessed (or `nil` when it is invalid or the budget is spent).
  func node(_ json: JSONValue, edits: [ProposalEdit], cost: Int, ignoringBudget: Bool = false)
    -> Node?
  {
    let key = Key(edits)
    serial += 1
    let standing: Standing?
    if let known = assessed[key] {
      standing = known
    } else {
      guard ignoringBudget || count < planner.budget else {
        isOverBudget = true
        return nil
      }
      count += 1
      standing = self.standing(of: json)
      assessed[key] = standing
    }
    guard let standing else { return nil }
    let node = Node(
      edits: edits, json: json, key: key, serial: serial, cost: cost, standing: standing,
      distance: target.distance(of: standing, in: planner.framework))
    if let nearest, (nearest.distance, nearest.cost) <= (node.distance, node.cost) {
      return node
    }
    nearest = node
    return node
  }

  /// Where a proposal stands with the framework; `nil` when it is not a valid proposal.
  func standing(of json: JSONValue) -> Standing? {
    let read = ProposalReader.read(json, extensions: planner.framework.extensionFields)
    guard read.problems.isEmpty else { return nil }
    let results = planner.framework.evaluate(read.fields)
    let outcomes = planner.framework.resolvingPresumptions(results.map(\.outcome)).outcomes
    let scoring = Scoring(framework: planner.framework, credits: results.map(\.credit))
    let summary = scoring.summarise(outcomes)
    return Standing(
      outcomes: outcomes, score: summary.uncappedScore, shownScore: summary.score,
      grade: summary.grade.letter, verdict: scoring.verdict(for: summary, outcomes: outcomes))
  }

  /// The full assessment of a proposal, for a plan's steps.
  func assessment(of json: JSONValue) -> Assessment {
    let read = ProposalReader.read(json, extensions: planner.framework.extensionFields)
    return Assessment(
      framework: planner.framework, subjectName: read.proposal.name, fields: read.fields)
  }

  /// The rules that fail at a node.
  func failing(_ node: Node) -> [Rule] {
    zip(planner.framework.rules, node.standing.outcomes).filter { $0.1 == .fail }.map(\.0)
  }

  /// The names a rule reads, facts followed.
  func names(readBy rule: Rule) -> Set<String> {
    if let known = namesByRule[rule.id] { return known }
    let found = catalogue.names(readBy: rule)
    namesByRule[rule.id] = found
    return found
  }

  /// The changes the failing rules of a node suggest, cheapest first.
  func candidates(_ node: Node) -> [ProposalEdit] {
    var wanted = Set<String>()
    for rule in failing(node) where plansFor(rule) { wanted.formUnion(names(readBy: rule)) }
    return cheapestFirst(catalogue.edits(reading: wanted, for: node.json))
  }

  func cheapestFirst(_ edits: [ProposalEdit]) -> [ProposalEdit] {
    edits.enumerated().sorted {
      (planner.costs.cost(of: $0.element), $0.offset) < (
        planner.costs.cost(of: $1.element), $1.offset
      )
    }.map(\.element)
  }

  /// A node with one more change, or `nil` when it does not apply or cannot be assessed.
  func child(of node: Node, _ edit: ProposalEdit, ignoringBudget: Bool = false) -> Node? {
    guard let json = edit.applied(to: node.json) else { return nil }
    return self.node(
      json, edits: node.edits + [edit], cost: node.cost + planner.costs.cost(of: edit),
      ignoringBudget: ignoringBudget)
  }

  func isMet(_ node: Node) -> Bool {
    target.isMet(
      grade: node.standing.grade, verdict: node.standing.verdict, in: planner.framework)
  }

  /// Stage one: follow the recommendations in order (see `Planner.followingRecommendations`).
  func followingRecommendations(from root: Node) -> Node? {
    var node = root
    while !isMet(node), node.edits.count < planner.maxChanges {
      var next: Node?
      let recommendations = assessment(of: node.json).recommendations
      for recommendation in recommendations where next == nil && plansFor(recommendation.rule) {
        let edits = cheapestFirst(
          catalogue.edits(reading: names(readBy: recommendation.rule), for: node.json))
        let index = planner.framework.rules.firstIndex { $0.id == recommendation.rule.id }
        for edit in edits {
          guard let child = child(of: node, edit), let index else { continue }
          if child.standing.outcomes[index] != .fail, !Self.breaksAPass(from: node, to: child) {
            next = child
            break
          }
        }
      }
      guard let next else { return nil }
      node = next
    }
    return isMet(node) ? node : nil
  }

  /// Whether a change makes a rule that passed fail: following one recommendation must not
  /// undo another (adding middle leaders to the heads' own group makes it a planning group
  /// but no longer the heads' group).
  static func breaksAPass(from node: Node, to child: Node) -> Bool {
    zip(node.standing.outcomes, child.standing.outcomes).contains { $0 == .pass && $1 == .fail }
  }

  /// Stage two: a beam search, keeping at each depth the candidates nearest the target.
  func beam(from root: Node, best: Node?) -> Node? {
    var best = best
    var beam = [root]
    let budget = max(planner.budget / 2, 1)
    for _ in 0..<planner.maxChanges where !beam.isEmpty && count < budget {
      var next: [Key: Node] = [:]
      for node in beam {
        for edit in candidates(node) {
          guard count < budget, let child = child(of: node, edit) else { continue }
          if let best, child.cost >= best.cost { continue }
          if isMet(child) {
            best = child
          } else if next[child.key].map({ $0.cost > child.cost }) ?? true {
            next[child.key] = child
          }
        }
      }
      beam = Array(
        next.values.sorted { ($0.distance, $0.cost, $0.serial) < ($1.distance, $1.cost, $1.serial) }
          .prefix(planner.beamWidth))
    }
    return best
  }

  /// Stage three: every set of changes in order of cost, below the best so far, until the
  /// cheapest is found or the budget is spent. Returns whether the search finished (the
  /// best is then the cheapest the suggested changes allow).
  func cheapestFirst(from root: Node, best: inout Node?) -> Bool {
    var frontier = CostQueue<Node> { ($0.cost, $0.distance) < ($1.cost, $1.distance) }
    frontier.insert(root)
    var cheapest: [Key: Int] = [root.key: 0]
    while let node = frontier.removeFirst() {
      if let best, node.cost >= best.cost { return true }
      if isMet(node) {
        best = node
        return true
      }
      if node.edits.count >= planner.maxChanges { continue }
      for edit in candidates(node) {
        let cost = node.cost + planner.costs.cost(of: edit)
        if let best, cost >= best.cost { continue }
        guard let json = edit.applied(to: node.json) else { continue }
        guard let child = self.node(json, edits: node.edits + [edit], cost: cost) else {
          if isOverBudget { return false }
          continue
        }
        if let known = cheapest[child.key], known <= cost { continue }
        cheapest[child.key] = cost
        if isMet(child), best.map({ cost < $0.cost }) ?? true { best = child }
        frontier.insert(child)
      }
    }
    return true
  }

  /// The changes replayed from the root in order; `nil` when one no longer applies.
  func replay(_ edits: [ProposalEdit], from root: Node) -> Node? {
    var node = root
    for edit in edits {
      guard let next = child(of: node, edit, ignoringBudget: true) else { return nil }
      node = next
    }
    return node
  }

  /// The changes with every one dropped that `keeps` can do without, the most costly tried
  /// first, until none can be dropped or the pruning has assessed as many proposals as the
  /// planner's budget (at least the square of the number of changes, enough for a full pass).
  /// Returns the changes and whether none of them can be dropped.
  func minimised(
    _ edits: [ProposalEdit], from root: Node, keeping keeps: (Node) -> Bool
  ) -> (edits: [ProposalEdit], isMinimal: Bool) {
    var edits = edits
    let limit = count + max(planner.budget, edits.count * edits.count)
    var dropped = true
    while dropped {
      dropped = false
      let order = edits.indices.sorted {
        (planner.costs.cost(of: edits[$0]), $0) > (planner.costs.cost(of: edits[$1]), $1)
      }
      for index in order {
        guard count < limit else { return (edits, false) }
        var trial = edits
        trial.remove(at: index)
        if let node = replay(trial, from: root), keeps(node) {
          edits = trial
          dropped = true
          break
        }
      }
    }
    return (edits, true)
  }

  /// Whether a node stands no worse than `reference` in anything a reader of the plan sees:
  /// the target met if it was met there, the same verdict (or one nearer a verdict target),
  /// a grade as good, no rule failing that did not fail there, and a shown score as high.
  func isNoWorse(_ node: Node, than reference: Node) -> Bool {
    if isMet(reference), !isMet(node) { return false }
    let framework = planner.framework
    let (standing, other) = (node.standing, reference.standing)
    if standing.verdict != other.verdict {
      guard case .verdict(let id) = target else { return false }
      let order = framework.verdicts.map(\.id)
      func steps(_ verdict: String) -> Int {
        abs((order.firstIndex(of: id) ?? 0) - (order.firstIndex(of: verdict) ?? 0))
      }
      guard steps(standing.verdict) < steps(other.verdict) else { return false }
    }
    guard framework.rank(of: standing.grade) <= framework.rank(of: other.grade) else {
      return false
    }
    let newlyFailing = zip(standing.outcomes, other.outcomes).contains {
      $0.0 == .fail && $0.1 != .fail
    }
    return !newlyFailing
      && NumberText.rounded(standing.shownScore, decimals: 1)
        >= NumberText.rounded(other.shownScore, decimals: 1)
  }

  /// The changes that lead to the node nearest the target, with every change dropped that
  /// leaves it no worse in anything a reader sees (``isNoWorse(_:than:)``): a plan that
  /// falls short shows only the changes that take it as far as it goes.
  func closest(from root: Node) -> (node: Node, isMinimal: Bool) {
    let nearest = self.nearest ?? root
    let (edits, isMinimal) = minimised(nearest.edits, from: root) {
      self.isNoWorse($0, than: nearest)
    }
    return (replay(edits, from: root) ?? nearest, isMinimal)
  }

  /// The plan for the best node found, with a step per change; with none, the plan that
  /// falls short: the changes to the closest proposal found and what stays in the way.
  func finish(root: Node, best: Node?, certainty: Plan.Certainty, isMinimal: Bool = true)
    -> Plan
  {
    let before = assessment(of: root.json)
    guard let best else {
      let (closest, isMinimal) = self.closest(from: root)
      let steps = self.steps(closest.edits, from: root)
      return Plan(
        target: target, before: before, steps: [], planned: root.json,
        patch: MergePatch.between(root.json, root.json), certainty: certainty,
        blockers: blockers(of: closest), closest: steps.last?.assessment ?? before,
        closestSteps: steps, isMinimal: isMinimal, assessments: count,
        maxChanges: planner.maxChanges)
    }
    return Plan(
      target: target, before: before, steps: steps(best.edits, from: root), planned: best.json,
      patch: MergePatch.between(root.json, best.json), certainty: certainty, blockers: [],
      closest: nil, closestSteps: [], isMinimal: isMinimal, assessments: count,
      maxChanges: planner.maxChanges)
  }

  private func steps(_ edits: [ProposalEdit], from root: Node) -> [Plan.Step] {
    var node = root
    var steps: [Plan.Step] = []
    for edit in edits {
      guard let next = child(of: node, edit, ignoringBudget: true) else { break }
      steps.append(
        Plan.Step(
          edit: edit, description: edit.description(in: node.json),
          cost: planner.costs.cost(of: edit), assessment: assessment(of: next.json)))
      node = next
    }
    return steps
  }

  /// How many candidate changes are tried on each rule in the way, to name one that mends it.
  static let changesTriedPerBlocker = 12

  /// The failing rules in the way of the target at a node, each with why no change mended it.
  private func blockers(of node: Node) -> [Plan.Blocker] {
    let assessment = assessment(of: node.json)
    var rules = (assessment.reasons + assessment.conditions).map(\.rule)
    if rules.isEmpty { rules = assessment.cappedBy }
    if rules.isEmpty { rules = assessment.recommendations.prefix(3).map(\.rule) }
    return rules.map { rule in
      let names = names(readBy: rule)
      let why: String
      let edits = cheapestFirst(catalogue.edits(reading: names, for: node.json))
      let index = planner.framework.rules.firstIndex { $0.id == rule.id }
      let mending = edits.prefix(Self.changesTriedPerBlocker).first { edit in
        guard let index, let child = child(of: node, edit, ignoringBudget: true) else {
          return false
        }
        return child.standing.outcomes[index] != .fail
      }
      var limits = "\(planner.maxChanges) changes"
      if isOverBudget {
        limits += " and the search's limit of \(planner.budget) proposals assessed"
      }
      if EditCatalogue.operators(reading: names).isEmpty {
        why =
          "the planner has no change for what this rule looks at, so the network must change "
          + "the design itself"
      } else if edits.isEmpty {
        why = "every change the planner knows for it has been made, and it still fails"
      } else if let mending {
        why =
          "one more change would meet it (\(mending.description(in: node.json))), but not "
          + "within \(limits) together with the rest; a larger --max-changes may reach it"
      } else if edits.count > Self.changesTriedPerBlocker {
        why =
          "none of the \(Self.changesTriedPerBlocker) cheapest changes the planner knows for it "
          + "meets it alone: it may need several changes together, or a dearer one; a larger "
          + "--max-changes may reach it"
      } else {
        why =
          "no single change the planner knows meets it: it needs several changes together, or "
          + "one the planner never makes (such as a new member school)"
      }
      return Plan.Blocker(rule: rule, why: why)
    }
  }
}
