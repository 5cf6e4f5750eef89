/// Facts computed once per proposal, which rules read by name (see ``ProposalSchema``):
/// who meets whom through knots, which schools are left out, and the unions of what the
/// knots are designed for.
public struct DerivedFacts: Sendable {
  /// For each school, in order, the indices of the knots it takes part in.
  public let knotsBySchool: [[Int]]
  /// Groups of school indices linked by shared knots (connected components), in order of
  /// their first school.
  public let islands: [[Int]]
  let proposal: Proposal

  /// Computes the facts of a proposal.
  public init(_ proposal: Proposal) {
    self.proposal = proposal
    var index: [String: Int] = [:]
    for (position, school) in proposal.schools.enumerated() where index[school.id] == nil {
      index[school.id] = position
    }
    var knotsBySchool = Array(repeating: [Int](), count: proposal.schools.count)
    var parent = Array(0..<proposal.schools.count)
    func root(_ node: Int) -> Int {
      var node = node
      while parent[node] != node {
        parent[node] = parent[parent[node]]
        node = parent[node]
      }
      return node
    }
    for (knotIndex, knot) in proposal.knots.enumerated() {
      let members = knot.schools.compactMap { index[$0] }
      for member in members { knotsBySchool[member].append(knotIndex) }
      for member in members.dropFirst() {
        let (a, b) = (root(members[0]), root(member))
        if a != b { parent[max(a, b)] = min(a, b) }
      }
    }
    var groups: [Int: [Int]] = [:]
    var order: [Int] = []
    for school in proposal.schools.indices {
      let group = root(school)
      if groups[group] == nil { order.append(group) }
      groups[group, default: []].append(school)
    }
    self.knotsBySchool = knotsBySchool
    self.islands = order.map { groups[$0]! }
  }

  /// The derived fields of the whole proposal, in ``ProposalSchema`` order.
  var proposalFields: [Value] {
    let knots = proposal.knots
    func union(_ lists: [[String]]) -> Value {
      var seen: Set<String> = []
      var result: [Value] = []
      for list in lists {
        for item in list where seen.insert(item).inserted { result.append(.string(item)) }
      }
      return .list(result)
    }
    let names = proposal.schools.map(\.name)
    let facilitated = knots.filter(\.isFacilitated).count
    return [
      .list(knotsBySchool.indices.filter { knotsBySchool[$0].isEmpty }.map { .string(names[$0]) }),
      .list(islands.map { .list($0.map { .string(names[$0]) }) }),
      .number(knots.isEmpty ? 0 : Double(facilitated) / Double(knots.count)),
      union(knots.map { [$0.type] }),
      union(knots.map { [$0.character] }),
      union(knots.map(\.highYield)),
      union(knots.map(\.processes)),
      union(knots.map(\.levels)),
      union(knots.map(\.knowledge)),
      union(proposal.partners.filter { $0.kind == "local-authority" }.map(\.brokerage)),
    ]
  }

  /// The derived fields of one school, in ``ProposalSchema`` order.
  func schoolFields(at index: Int) -> [Value] {
    let knots = knotsBySchool[index]
    return [.number(Double(knots.count)), .list(knots.map { .string(proposal.knots[$0].name) })]
  }
}
