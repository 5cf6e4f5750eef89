/// Joins hoisted out of loops: `exists k in L: e in f(k) and rest(k)`, or `size([k for k in L
/// where rest(k) and e in f(k)])`, inside a loop, where only the key `e` reads the enclosing
/// loops' variables.
///
/// What the inner loop finds then does not change from one outer item to the next: which
/// keys some `k` meeting `rest` holds, and how many such `k` hold each key. The compiled
/// form works that out once per subject and probes it with `e`, so a fact for each school
/// over the knots costs the schools plus the knots' members, not their product.
extension SemiJoin {
  /// The parts of `exists inner in list: body` inside a loop, for hoisting; `nil` for any
  /// other shape, or when more than the key reads the enclosing loops' variables.
  init?(hoisting inner: Int, list: Node, body: Node) {
    guard !ClosureCompiler.usesLocals(list) else { return nil }
    var conjuncts = ClosureCompiler.conjuncts(body)
    guard
      let probe = conjuncts.firstIndex(where: { node in
        guard case .contains(let element, let held) = node.kind else { return false }
        return ClosureCompiler.usesLocals(element)
          && !ClosureCompiler.uses(element, slot: inner)
          && !ClosureCompiler.usesLocals(held, bound: [inner])
      }), case .contains(let element, let held) = conjuncts[probe].kind
    else { return nil }
    conjuncts.remove(at: probe)
    guard conjuncts.allSatisfy({ !ClosureCompiler.usesLocals($0, bound: [inner]) }) else {
      return nil
    }
    (self.inner, innerList, self.element, self.held, rest) = (
      inner, list, element, held, conjuncts
    )
  }
}

extension ClosureCompiler {
  /// The compiled parts of a join: the key, and a pass over the inner items that calls
  /// `visit` with the list each one meeting `rest` holds; `false` when the budget ran out.
  private mutating func parts(of join: SemiJoin) -> (
    key: ValueCode, pass: (inout Frame, ([Value]) -> Void) -> Bool
  ) {
    let key = value(join.element)
    let innerItems = value(join.innerList)
    let inner = join.inner
    let rest = join.rest.map { bool($0) }
    let heldItems = value(join.held)
    let pass: (inout Frame, ([Value]) -> Void) -> Bool = { frame, visit in
      let list = innerItems(&frame).listValue
      frame.lists[inner] = list
      for index in list.indices {
        frame.positions[inner] = index
        guard frame.step() else { return false }
        if rest.allSatisfy({ $0(&frame) }) {
          let items = heldItems(&frame).listValue
          frame.steps &+= items.count
          visit(items)
        }
      }
      return true
    }
    return (key, pass)
  }

  /// `exists`: the keys some inner item holds, as a set built once per subject.
  mutating func hoistedExists(_ join: SemiJoin) -> BoolCode {
    let slot = claimSetSlot()
    let (key, pass) = parts(of: join)
    return { frame in
      if frame.sets[slot] == nil {
        var found: Set<Value> = []
        guard pass(&frame, { found.formUnion($0) }) else { return false }
        frame.sets[slot] = found
      }
      guard frame.step() else { return false }
      let wanted = key(&frame)
      return frame.sets[slot]?.contains(wanted) ?? false
    }
  }

  /// `size`/`count`: how many inner items hold each key, counted once per subject (an item
  /// that holds a key twice counts once, as the loop would count it).
  mutating func hoistedCount(_ join: SemiJoin) -> NumberCode {
    let slot = claimSetSlot()
    let (key, pass) = parts(of: join)
    return { frame in
      if frame.counts[slot] == nil {
        var counts: [Value: Int] = [:]
        guard pass(&frame, { for item in Set($0) { counts[item, default: 0] += 1 } }) else {
          return 0
        }
        frame.counts[slot] = counts
      }
      guard frame.step() else { return 0 }
      let wanted = key(&frame)
      return Double(frame.counts[slot]?[wanted] ?? 0)
    }
  }
}
