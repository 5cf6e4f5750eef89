/// Disjoint sets over the positions `0..<count`: which positions are joined, directly or
/// through others. Used for groups that share members (who meets whom through knots).
struct UnionFind {
  private var parent: [Int]

  /// `count` positions, each on its own.
  init(count: Int) { parent = Array(0..<count) }

  /// Adds one more position, on its own; returns it.
  mutating func add() -> Int {
    parent.append(parent.count)
    return parent.count - 1
  }

  /// The representative of a position's group: the smallest position in it.
  mutating func root(_ position: Int) -> Int {
    var node = position
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  /// Joins the groups of two positions.
  mutating func join(_ first: Int, _ second: Int) {
    let (a, b) = (root(first), root(second))
    if a != b { parent[Swift.max(a, b)] = Swift.min(a, b) }
  }

  /// The groups, each a list of positions in order, in order of their first position.
  mutating func groups() -> [[Int]] {
    var members: [Int: [Int]] = [:]
    var order: [Int] = []
    for position in parent.indices {
      let group = root(position)
      if members[group] == nil { order.append(group) }
      members[group, default: []].append(position)
    }
    return order.map { members[$0, default: []] }
  }
}
