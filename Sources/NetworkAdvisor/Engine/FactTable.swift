/// The facts a framework computes once per subject, before any rule, in declaration order:
/// fields of the subject, or fields of each record of one of its lists.
///
/// Facts are how a framework states its definitions (what makes a knot "sustained", which
/// schools are passengers) as data beside their reasons, rather than in code; rules then
/// read them by name like any other field.
package struct FactTable: Sendable {
  /// One compiled fact.
  package struct Fact: Sendable {
    /// The field's name.
    package let name: String
    /// Whose field it is, as written: `"for k in knots"`, or `""` for the subject itself.
    package let scope: String
    /// What it means, as the rule file says.
    package let summary: String
    /// How it is computed, as written.
    package let definition: String
    /// The slots that lead from the subject to the list whose records gain the field;
    /// empty for a field of the subject itself.
    let path: [Int]
    /// For a field of the subject, its value; for a field of each record of a list, a
    /// comprehension that gives one value per record, in the list's order.
    let node: Node
    /// Where the fact is declared.
    let location: SourceRange
  }

  /// The fields with every fact added, and the work that took, counted as rules count it.
  struct Applied {
    var fields: [Value]
    /// Loop iterations and items searched, the facts together.
    var steps = 0
    /// Items of the lists the facts built.
    var built = 0
    /// The fact that used up the ``EvaluationBudget``, if one did; the facts after it are
    /// not computed.
    var exhaustedBy: Fact?
  }

  /// The facts compiled into closures, as rules are (see ``RuleProgram``).
  final class Program: @unchecked Sendable {
    let codes: [ValueCode]
    let setSlots: Int

    init(_ facts: [Fact]) {
      var compiler = ClosureCompiler()
      codes = facts.map { compiler.value($0.node) }
      setSlots = compiler.setSlots
    }
  }

  /// The facts, in the order they are computed.
  package let facts: [Fact]
  /// How many bound-variable slots the facts need.
  let localSlots: Int
  private let program: Program

  init(facts: [Fact], localSlots: Int) {
    self.facts = facts
    self.localSlots = localSlots
    program = Program(facts)
  }

  /// No facts.
  static let empty = FactTable(facts: [], localSlots: 0)

  /// The subject's fields with every fact added, each computed from the fields and the
  /// facts before it, by the compiled form (the tree-walking ``Evaluator`` gives the same
  /// values; a test checks this on generated proposals).
  /// A step behind ``Framework/evaluate(_:)`` and the other doors, which check the record's
  /// layout first.
  /// - Complexity: one evaluation of each fact, and one copy of each list that gains a field.
  func apply(to fields: [Value]) -> [Value] {
    applyCounting(to: fields).fields
  }

  /// ``apply(to:)``, counting the facts' work against the assessment's budget: it stops at
  /// the first fact that uses the budget up, so that a costly fact refuses the assessment
  /// as a costly rule does, instead of running on.
  func applyCounting(to fields: [Value]) -> Applied {
    var applied = Applied(fields: fields)
    // One frame for every fact: each fact's sets have slots of their own, so none serves
    // another fact, and the work done so far carries over. Between facts the frame lets go
    // of the subject and its loops' lists, so that the fields gain each fact in place.
    var frame = Frame(subject: [], localSlots: localSlots, setSlots: program.setSlots)
    for (fact, code) in zip(facts, program.codes) {
      frame.subject = applied.fields
      let value = code(&frame)
      frame.releaseSubject()
      applied.steps = frame.steps
      applied.built = frame.built
      if frame.isOverBudget {
        applied.exhaustedBy = fact
        return applied
      }
      if fact.path.isEmpty {
        applied.fields.append(value)
      } else {
        Self.add(value.listValue, along: fact.path[...], to: &applied.fields)
      }
    }
    return applied
  }

  /// The same as ``apply(to:)``, computed by the tree-walking evaluator and adding each fact
  /// by copying: the reference the compiled form is checked against.
  func applyByTreeWalking(to fields: [Value]) -> [Value] {
    var fields = fields
    for fact in facts {
      var evaluator = Evaluator(subject: fields, localSlots: localSlots)
      let value = evaluator.evaluate(fact.node)
      if fact.path.isEmpty {
        fields.append(value)
      } else {
        fields = Self.adding(value.listValue, along: fact.path[...], to: fields)
      }
    }
    return fields
  }

  /// Appends `values[i]` to the i-th record of the list at `path` inside `record`, copying
  /// what it changes: the plain reference for ``add(_:along:to:)``, which grows them in place.
  private static func adding(_ values: [Value], along path: ArraySlice<Int>, to record: [Value])
    -> [Value]
  {
    guard let slot = path.first, record.indices.contains(slot) else { return record }
    var record = record
    if path.count == 1 {
      let items = record[slot].listValue
      record[slot] = .list(
        zip(items, values).map { item, value in
          guard case .record(var fields) = item else { return item }
          fields.append(value)
          return .record(fields)
        })
    } else if case .record(let inner) = record[slot] {
      record[slot] = .record(adding(values, along: path.dropFirst(), to: inner))
    }
    return record
  }

  /// Appends `values[i]` to the i-th record of the list at `path` inside `record` (a list
  /// longer than `values` keeps its first `values.count` items). Each list and record is
  /// taken out while it grows, so that one held nowhere else grows in place.
  private static func add(
    _ values: [Value], along path: ArraySlice<Int>, to record: inout [Value]
  ) {
    guard let slot = path.first, record.indices.contains(slot) else { return }
    if path.count == 1 {
      var items = record[slot].listValue
      record[slot] = .bool(false)
      if items.count > values.count { items.removeLast(items.count - values.count) }
      for index in items.indices {
        guard case .record(var fields) = items[index] else { continue }
        items[index] = .bool(false)
        fields.append(values[index])
        items[index] = .record(fields)
      }
      record[slot] = .list(items)
    } else if case .record(var inner) = record[slot] {
      record[slot] = .bool(false)
      add(values, along: path.dropFirst(), to: &inner)
      record[slot] = .record(inner)
    }
  }
}
