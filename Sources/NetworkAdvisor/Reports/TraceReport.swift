/// Explains one rule's outcome for one proposal: each sub-expression with its value, and
/// for quantifiers and filters how many items matched ("0 of 6").
package struct TraceReport {
  let rule: Rule
  let file: SourceFile
  let recorder: TraceRecorder

  /// Evaluates `rule` against `fields` with a recorder and renders the trace; `nil` when
  /// `fields` is not a record of the framework's subject (see
  /// ``Framework/layoutProblem(of:)``), which nothing is read from.
  package static func explain(_ rule: Rule, in framework: Framework, fields: [Value]) -> String? {
    guard framework.layoutProblem(of: fields) == nil else { return nil }
    let recorder = TraceRecorder()
    var evaluator = Evaluator(
      subject: framework.facts.apply(to: fields), localSlots: framework.localSlots,
      recorder: recorder)
    let outcome = Framework.outcome(of: rule, with: &evaluator)
    // No assessment numbers the items here: a reference to another rule is said by its title.
    let advice =
      outcome == .fail
      ? framework.namingReferences(Framework.advice(of: rule, with: &evaluator)) : nil
    let reason =
      outcome == .notApplicable
      ? Framework.reason(of: rule, with: &evaluator).map(framework.namingReferences) : nil
    let report = TraceReport(rule: rule, file: rule.location.file, recorder: recorder)
    var text = "Rule \(rule.id): \(rule.title)\n"
    text += rule.aim.map { "Aim: \($0)\n" } ?? ""
    text += (reason ?? rule.inapplicable).map { "When it does not apply: \($0)\n" } ?? ""
    text +=
      "Area: \(framework.areas[rule.areaIndex].title); weight \(NumberText.plain(rule.weight))"
    text += rule.severity.map { "; severity \($0)" } ?? ""
    text += rule.cap.map { "; a failure caps the grade at \($0)" } ?? ""
    text += "\nSource: \(rule.source)\n"
    text += "Outcome: \(outcome.rawValue)\n"
    if let applicability = rule.applicability {
      text += "\n" + report.section("applies when", applicability)
    }
    if outcome != .notApplicable {
      text += "\n" + report.section("passes when", rule.condition)
    }
    if let advice { text += "\nAdvice: \(advice)\n" }
    text += factsSection(for: rule, in: framework)
    return text
  }

  /// The facts the rule reads, and the facts those read in turn, each with its meaning
  /// and how it is computed, in the order the framework computes them.
  static func factsSection(for rule: Rule, in framework: Framework) -> String {
    let facts = framework.facts.facts
    let wanted = framework.namesRead(by: rule)
    let used = facts.filter { wanted.contains($0.name) }
    guard !used.isEmpty else { return "" }
    var text = "\nFacts it reads, as the framework defines them:\n"
    for fact in used {
      let scope = fact.scope.isEmpty ? "" : " (\(fact.scope))"
      text += "  \(fact.name)\(scope): \(fact.summary)\n    = \(fact.definition)\n"
    }
    return text
  }

  /// `passes when SOURCE` and its value, then the parts below it.
  func section(_ heading: String, _ node: Node) -> String {
    var text = "\(heading) \(source(of: node))\n"
    text += "  → \(recorder.values[node.id].map(show) ?? "not evaluated")"
    if let counts = recorder.loopCounts[node.id] { text += "  (\(describe(node, counts)))" }
    text += "\n"
    for child in parts(of: node) { text += lines(for: child, depth: 2) }
    return text
  }

  /// A value as a trace shows it: a list of records by its length only.
  func show(_ value: Value) -> String {
    if case .list(let items) = value, case .record? = items.first {
      return "\(items.count) item\(items.count == 1 ? "" : "s")"
    }
    return value.literalText
  }

  /// The nodes worth showing below `node`: for loops only the list, since the body takes a
  /// value per item.
  private func parts(of node: Node) -> [Node] {
    switch node.kind {
    case .exists(_, let list, _), .all(_, let list, _), .comprehension(_, let list, _, _),
      .aggregate(_, _, let list, _, _):
      [list]
    default: node.children
    }
  }

  func source(of node: Node) -> String {
    file.text(of: node.range).split(whereSeparator: \.isNewline).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.joined(separator: " ")
  }

  /// A line per evaluated node, children indented below their parent.
  func lines(for node: Node, depth: Int) -> String {
    // A whole record says nothing a reader can use; its fields appear where rules read them.
    guard let value = recorder.values[node.id], !value.isRecord else { return "" }
    if case .constant(let constant) = node.kind,
      source(of: node) == constant.literalText || source(of: node).hasPrefix("\"")
        || Double(source(of: node)) != nil
    {
      return ""  // a literal says its own value
    }
    let pad = String(repeating: "  ", count: depth)
    var text = "\(pad)\(source(of: node)) = \(show(value))"
    if let counts = recorder.loopCounts[node.id] {
      text += "  (\(describe(node, counts)))"
    }
    text += "\n"
    for child in parts(of: node) { text += lines(for: child, depth: depth + 1) }
    return text
  }

  private func describe(_ node: Node, _ counts: (matched: Int, total: Int)) -> String {
    switch node.kind {
    case .exists(_, _, let body), .all(_, _, let body):
      return "\(counts.matched) of \(counts.total) match \(source(of: body))"
    case .comprehension(_, _, _, let condition?), .aggregate(_, _, _, _, let condition?):
      return "\(counts.matched) of \(counts.total) match \(source(of: condition))"
    default:
      return "\(counts.total) item\(counts.total == 1 ? "" : "s")"
    }
  }
}
