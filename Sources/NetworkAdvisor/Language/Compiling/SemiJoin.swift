/// A nested membership quantifier that the compiler evaluates as a join:
/// `exists k in inner: e in f(k) and rest(k)` where the inner list and `rest` stay the same
/// while the key `e` changes from one item of an enclosing loop to the next.
///
/// - Directly under another quantifier, `Q s in outer: exists k in inner: e(s) in f(k) and
///   rest(k)` (``init(outer:body:)``), it becomes a semi-join: one pass over the inner items
///   collecting what they hold, and one pass over the outer items probing it with `e(s)`.
/// - Anywhere inside a loop, as `exists` or as `size([k for k in inner where …])`
///   (``init(hoisting:list:body:)``), it is hoisted out of the loop: which keys some `k`
///   meeting `rest` holds, and how many such `k` hold each key, is worked out once per subject
///   and probed with `e`. A fact for each school over the knots then costs the schools plus
///   the knots' members, not their product.
struct SemiJoin {
  let inner: Int
  let innerList: Node
  /// The key, read from the outer item.
  let element: Node
  /// The list each inner item holds.
  let held: Node
  /// The other conjuncts, about the inner item alone.
  let rest: [Node]

  /// The parts of `body` for an outer loop binding `outer`; `nil` for any other shape.
  init?(outer: Int, body: Node) {
    guard case .exists(let inner, let innerList, let innerBody) = body.kind,
      !ClosureCompiler.uses(innerList, slot: outer)
    else { return nil }
    var conjuncts = ClosureCompiler.conjuncts(innerBody)
    guard
      let probe = conjuncts.firstIndex(where: { node in
        guard case .contains(let element, let held) = node.kind else { return false }
        return ClosureCompiler.uses(element, slot: outer)
          && !ClosureCompiler.uses(element, slot: inner)
          && !ClosureCompiler.uses(held, slot: outer)
      }), case .contains(let element, let held) = conjuncts[probe].kind
    else { return nil }
    conjuncts.remove(at: probe)
    guard !conjuncts.contains(where: { ClosureCompiler.uses($0, slot: outer) }) else { return nil }
    (self.inner, self.innerList, self.element, self.held, rest) = (
      inner, innerList, element, held, conjuncts
    )
  }
}

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
  /// `all s in outer: exists k in inner: e(s) in f(k) and rest(k)` (or `exists s …`) as one
  /// pass over `inner` collecting the items of `f(k)` for the `k` that meet `rest`, and one
  /// pass over `outer` probing that set with `e(s)`; `nil` when the body has another shape.
  /// Short lists keep the nested loops, which are then faster.
  mutating func semiJoin(outer: Int, list: Node, body: Node, all: Bool) -> BoolCode? {
    guard let join = SemiJoin(outer: outer, body: body) else { return nil }
    let outerItems = value(list)
    let (key, pass) = parts(of: join, countingHeld: false)
    return { frame in
      let outerList = outerItems(&frame).listValue
      guard let candidates = pass(&frame) else { return false }
      let held = candidates.reduce(0) { $0 + $1.count }
      frame.lists[outer] = outerList
      if outerList.count * held < Self.hashCost * (outerList.count + held) {
        // Few pairs: search the candidates' lists for each outer item's key.
        for index in outerList.indices {
          frame.positions[outer] = index
          frame.steps &+= held
          guard frame.step() else { return false }
          let wanted = key(&frame)
          if candidates.contains(where: { Self.holds($0, wanted) }) != all { return !all }
        }
        return all
      }
      // Many: one set of what the candidates hold, probed once per outer item.
      var found: Set<Value> = []
      found.reserveCapacity(held)
      for items in candidates { found.formUnion(items) }
      frame.steps &+= held
      for index in outerList.indices {
        frame.positions[outer] = index
        guard frame.step() else { return false }
        if found.contains(key(&frame)) != all { return !all }
      }
      return all
    }
  }

  /// Whether `items` holds `wanted`; strings compared without wrapping each in a value.
  static func holds(_ items: [Value], _ wanted: Value) -> Bool {
    guard case .string(let needle) = wanted else { return items.contains(wanted) }
    for index in items.indices {
      if case .string(let text) = items[index], same(text, needle) { return true }
    }
    return false
  }

  /// The compiled parts of a join: its key, and a pass over the inner items that gives the
  /// lists held by those that meet `rest`, or `nil` when the budget ran out. The key, `rest`
  /// and the held lists are compiled as inside a loop. With `countingHeld`, the pass counts
  /// each list's items as steps as it collects them (the hoisted forms, which collect once
  /// per subject); without, the caller counts them as it searches them.
  private mutating func parts(of join: SemiJoin, countingHeld: Bool) -> (
    key: ValueCode, pass: (inout Frame) -> [[Value]]?
  ) {
    let inner = join.inner
    let innerItems = value(join.innerList)
    loopDepth += 1
    let key = value(join.element)
    let rest = join.rest.map { bool($0) }
    let heldItems = value(join.held)
    loopDepth -= 1
    let pass: (inout Frame) -> [[Value]]? = { frame in
      var candidates: [[Value]] = []
      let list = innerItems(&frame).listValue
      frame.lists[inner] = list
      for index in list.indices {
        frame.positions[inner] = index
        guard frame.step() else { return nil }
        if rest.allSatisfy({ $0(&frame) }) {
          let items = heldItems(&frame).listValue
          if countingHeld { frame.steps &+= items.count }
          candidates.append(items)
        }
      }
      return candidates
    }
    return (key, pass)
  }

  /// `exists`: the keys some inner item holds, as a set built once per subject.
  mutating func hoistedExists(_ join: SemiJoin) -> BoolCode {
    let slot = claimSetSlot()
    let (key, pass) = parts(of: join, countingHeld: true)
    return { frame in
      if frame.sets[slot] == nil {
        guard let candidates = pass(&frame) else { return false }
        var found: Set<Value> = []
        for items in candidates { found.formUnion(items) }
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
    let (key, pass) = parts(of: join, countingHeld: true)
    return { frame in
      if frame.counts[slot] == nil {
        guard let candidates = pass(&frame) else { return 0 }
        var counts: [Value: Int] = [:]
        for items in candidates {
          for item in Set(items) { counts[item, default: 0] += 1 }
        }
        frame.counts[slot] = counts
      }
      guard frame.step() else { return 0 }
      let wanted = key(&frame)
      return Double(frame.counts[slot]?[wanted] ?? 0)
    }
  }
}
