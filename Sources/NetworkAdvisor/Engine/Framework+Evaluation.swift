/// What one rule made of one subject.
package enum Outcome: String, Sendable, Equatable {
  case pass, fail
  case notApplicable = "not-applicable"
}

/// What one rule made of one subject, with what a failure says and earns: the advice with its
/// values filled in for a failure, or for a rule that does not apply the reason it gives
/// (`nil` for a pass, or without one), and the share of the rule's weight a failure still
/// earns through its `partial credit` (0 unless it failed), and for a failure of a rule that
/// says why it fails (`because "…"`), that reason filled in.
package typealias RuleResult = (
  outcome: Outcome, advice: String?, credit: Double, because: String?
)

extension Framework {
  /// Evaluates every rule against a subject's fields, in rule order.
  /// - Returns: each rule's outcome, and for failures the advice with its values filled in
  ///   and the partial credit earned.
  /// - Complexity: the rules' compiled form (see ``RuleProgram``); nested membership
  ///   quantifiers cost the sum, not the product, of their lists' lengths.
  ///
  /// A record whose own fields are not the subject's (see ``shallowLayoutProblem(of:)``)
  /// is not read: every rule is not applicable to it. ``evaluateWithinBudget(_:)`` checks
  /// the whole record and refuses it.
  package func evaluate(_ fields: [Value]) -> [RuleResult] {
    guard shallowLayoutProblem(of: fields) == nil else {
      return rules.map { _ in (.notApplicable, nil, 0, nil) }
    }
    var frame = program.frame(for: facts.apply(to: fields))
    return rules.indices.map { index in
      let outcome = program.outcome(of: index, in: &frame)
      if outcome == .notApplicable {
        return (outcome, program.reason(of: index, rules[index], in: &frame), 0, nil)
      }
      guard outcome == .fail else { return (outcome, nil, 0, nil) }
      return (
        outcome, program.advice(of: index, rules[index], in: &frame),
        program.credit(of: index, in: &frame), program.because(of: index, rules[index], in: &frame)
      )
    }
  }

  /// Evaluates every rule as ``evaluate(_:)`` does, counting the ``EvaluationBudget``: a
  /// located refusal instead when evaluating the rules on these fields takes more steps, or
  /// builds longer lists, than an assessment may (they stop as soon as it is spent). Any
  /// network of up to 2,000 schools stays within it.
  package func evaluateWithinBudget(_ fields: [Value]) -> Result<[RuleResult], Diagnostic> {
    if let problem = layoutProblem(of: fields) {
      return .failure(
        Diagnostic(FrameworkProblem.wrongRecord(problem), at: nil))
    }
    let applied = facts.applyCounting(to: fields)
    if let fact = applied.exhaustedBy {
      return .failure(
        overBudget(
          "the fact '\(fact.name)'", built: applied.built,
          at: SourceRange(fact.location.file, fact.node.range), subject: applied.fields))
    }
    var frame = program.frame(for: applied.fields)
    frame.steps = applied.steps
    frame.built = applied.built
    var results: [RuleResult] = []
    for index in rules.indices {
      let outcome = program.outcome(of: index, in: &frame)
      let failed = outcome == .fail && !frame.isOverBudget
      let advice =
        failed
        ? program.advice(of: index, rules[index], in: &frame)
        : outcome == .notApplicable && !frame.isOverBudget
          ? program.reason(of: index, rules[index], in: &frame) : nil
      let credit = failed ? program.credit(of: index, in: &frame) : 0
      let because = failed ? program.because(of: index, rules[index], in: &frame) : nil
      guard frame.isOverBudget else {
        results.append((outcome, advice, credit, because))
        continue
      }
      let rule = rules[index]
      let node = program.costs[index].costliest ?? rule.condition
      return .failure(
        overBudget(
          "the rule '\(rule.id)'", built: frame.built,
          at: SourceRange(rule.location.file, node.range), subject: applied.fields))
    }
    return .success(results)
  }

  /// The refusal of an assessment whose facts or rules used up the ``EvaluationBudget``,
  /// located at the costliest part of what did.
  private func overBudget(_ what: String, built: Int, at location: SourceRange, subject: [Value])
    -> Diagnostic
  {
    let cost =
      built > EvaluationBudget.builtItems
      ? "builds lists of more than \(EvaluationBudget.builtItems) items"
      : "takes more than \(EvaluationBudget.steps) steps"
    return Diagnostic(
      FrameworkProblem.overBudget(
        what: what, cost: cost, listLength: EvaluationBudget.listLength,
        longestList: Self.longestList(in: .list(subject))),
      at: location)
  }

  /// The refusal of ``evaluateWithinBudget(_:)``, or `nil` when the rules stay within the
  /// budget on these fields.
  package func budgetRefusal(for fields: [Value]) -> Diagnostic? {
    if case .failure(let refusal) = evaluateWithinBudget(fields) { return refusal }
    return nil
  }

  /// The length of the longest list in a value, nested lists and records included.
  static func longestList(in value: Value) -> Int {
    switch value {
    case .list(let items):
      return items.reduce(items.count) { max($0, longestList(in: $1)) }
    case .record(let fields):
      return fields.reduce(0) { max($0, longestList(in: $1)) }
    default: return 0
    }
  }

  /// Every rule's outcome and the partial credit of each failure, without advice: what
  /// scoring reads.
  package func scoredOutcomes(_ fields: [Value]) -> (outcomes: [Outcome], credits: [Double]) {
    guard shallowLayoutProblem(of: fields) == nil else {
      return (rules.map { _ in .notApplicable }, rules.map { _ in 0 })
    }
    var frame = program.frame(for: facts.apply(to: fields))
    var outcomes: [Outcome] = []
    var credits: [Double] = []
    for index in rules.indices {
      let outcome = program.outcome(of: index, in: &frame)
      outcomes.append(outcome)
      credits.append(outcome == .fail ? program.credit(of: index, in: &frame) : 0)
    }
    return (outcomes, credits)
  }

  /// Every rule's outcome, without advice.
  package func outcomes(_ fields: [Value]) -> [Outcome] {
    guard shallowLayoutProblem(of: fields) == nil else { return rules.map { _ in .notApplicable } }
    var frame = program.frame(for: facts.apply(to: fields))
    return rules.indices.map { program.outcome(of: $0, in: &frame) }
  }

  /// One rule's outcome, with an evaluator that may be recording a trace.
  package static func outcome(of rule: Rule, with evaluator: inout Evaluator) -> Outcome {
    if let applicability = rule.applicability, !evaluator.evaluate(applicability).boolValue {
      return .notApplicable
    }
    return evaluator.evaluate(rule.condition).boolValue ? .pass : .fail
  }

  /// The share of its weight a failed rule still earns, with an evaluator that may be
  /// recording a trace: its `partial credit` held to 0 to 1; 0 without one.
  package static func credit(of rule: Rule, with evaluator: inout Evaluator) -> Double {
    guard let partialCredit = rule.partialCredit else { return 0 }
    return Rule.heldToShare(evaluator.evaluate(partialCredit).numberValue)
  }

  /// The rule's advice with its interpolations filled in.
  package static func advice(of rule: Rule, with evaluator: inout Evaluator) -> String {
    render(rule.advice, with: &evaluator)
  }

  /// The reason the rule does not apply, with its interpolations filled in; `nil` when the
  /// rule gives none.
  package static func reason(of rule: Rule, with evaluator: inout Evaluator) -> String? {
    rule.reason.isEmpty ? nil : render(rule.reason, with: &evaluator)
  }

  /// Why the rule fails, with its interpolations filled in; `nil` when the rule does not
  /// say (`because`).
  package static func because(of rule: Rule, with evaluator: inout Evaluator) -> String? {
    rule.because.isEmpty ? nil : render(rule.because, with: &evaluator)
  }

  private static func render(_ parts: [Rule.AdvicePart], with evaluator: inout Evaluator)
    -> String
  {
    var text = ""
    for part in parts {
      switch part {
      case .text(let literal): text += literal
      case .value(let node): text += plainText(of: evaluator.evaluate(node), as: node.type)
      }
    }
    return text
  }

  /// A value in words: enumerated values by their descriptions ("headteacher learning
  /// groups" rather than `headteacher-learning-group`).
  static func plainText(of value: Value, as type: ValueType) -> String {
    let enumeration: EnumerationType?
    switch type {
    case .enumeration(let found), .list(.enumeration(let found)): enumeration = found
    default: enumeration = nil
    }
    guard let enumeration else { return value.plainText }
    func describe(_ item: Value) -> Value {
      let text = item.stringValue
      return .string(enumeration.cases.first { $0.value == text }?.summary ?? text)
    }
    if case .list(let items) = value { return Value.list(items.map(describe)).plainText }
    return describe(value).plainText
  }

  /// Runs every rule's examples; a diagnostic for each example whose outcome is not the
  /// one it declares, and for each failing example on which the rule's `partial credit` is
  /// not a share from 0 to 1.
  package func checkExamples() -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for rule in rules {
      for example in rule.examples {
        let fields = example.fieldsWithFacts()
        var evaluator = Evaluator(subject: fields, localSlots: localSlots)
        let outcome = Self.outcome(of: rule, with: &evaluator)
        let expected: Outcome =
          switch example.expectation {
          case .pass: .pass
          case .fail: .fail
          case .notApplicable: .notApplicable
          }
        if outcome == .fail, let partialCredit = rule.partialCredit {
          let share = evaluator.evaluate(partialCredit).numberValue
          if !(0...1).contains(share) {
            problems.append(
              Diagnostic(
                FrameworkProblem.partialCreditOutOfRange(
                  rule: rule.id, share: Value.number(share).plainText),
                at: SourceRange(rule.location.file, partialCredit.range)))
          }
        }
        if outcome != expected {
          problems.append(
            Diagnostic(
              FrameworkProblem.exampleMismatch(rule: rule.id, expected: expected, actual: outcome),
              at: example.location,
              notes: TraceReport.exampleNotes(rule, fields: fields, localSlots: localSlots)
                .map { Diagnostic.Note($0) }))
        }
      }
    }
    return problems
  }
}
