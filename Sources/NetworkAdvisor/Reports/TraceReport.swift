/// Explains one rule's outcome for one proposal: each sub-expression with its value, and
/// for quantifiers and filters how many items matched ("0 of 6").
public struct TraceReport {
  let rule: Rule
  let file: SourceFile
  let recorder: TraceRecorder

  /// Evaluates `rule` against `fields` with a recorder and renders the trace.
  public static func explain(_ rule: Rule, in framework: Framework, fields: [Value]) -> String {
    let recorder = TraceRecorder()
    var evaluator = Evaluator(subject: fields, localSlots: framework.localSlots, recorder: recorder)
    let outcome = Framework.outcome(of: rule, with: &evaluator)
    let advice = outcome == .fail ? Framework.advice(of: rule, with: &evaluator) : nil
    let report = TraceReport(rule: rule, file: rule.location.file, recorder: recorder)
    var text = "Rule \(rule.id): \(rule.title)\n"
    text += "Area: \(framework.areas[rule.areaIndex].title); weight \(Value.format(rule.weight))"
    text += rule.cap.map { "; essential, caps the grade at \($0)" } ?? ""
    text += "\nSource: \(rule.source)\n"
    text += "Outcome: \(outcome.rawValue)\n"
    if let applicability = rule.applicability {
      text += "\napplies when \(report.source(of: applicability))\n"
      text += report.lines(for: applicability, depth: 1)
    }
    if outcome != .notApplicable {
      text += "\npasses when \(report.source(of: rule.condition))\n"
      text += report.lines(for: rule.condition, depth: 1)
    }
    if let advice { text += "\nAdvice: \(advice)\n" }
    return text
  }

  func source(of node: Node) -> String {
    file.text(of: node.range).split(whereSeparator: \.isNewline).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.joined(separator: " ")
  }

  /// A line per evaluated node, children indented below their parent.
  func lines(for node: Node, depth: Int) -> String {
    guard let value = recorder.values[node.id] else { return "" }
    if case .constant(let constant) = node.kind,
      source(of: node) == constant.literalText || source(of: node).hasPrefix("\"")
        || Double(source(of: node)) != nil
    {
      return ""  // a literal says its own value
    }
    let pad = String(repeating: "  ", count: depth)
    var text = "\(pad)\(source(of: node)) = \(value.literalText)"
    if let counts = recorder.loopCounts[node.id] {
      text += "  (\(describe(node, counts)))"
    }
    text += "\n"
    switch node.kind {
    case .exists(_, let list, _), .all(_, let list, _), .comprehension(_, let list, _, _):
      text += lines(for: list, depth: depth + 1)
    default:
      for child in node.children { text += lines(for: child, depth: depth + 1) }
    }
    return text
  }

  private func describe(_ node: Node, _ counts: (matched: Int, total: Int)) -> String {
    switch node.kind {
    case .exists(_, _, let body), .all(_, _, let body):
      return "\(counts.matched) of \(counts.total) match \(source(of: body))"
    case .comprehension(_, _, _, let condition?):
      return "\(counts.matched) of \(counts.total) match \(source(of: condition))"
    default:
      return "\(counts.total) item\(counts.total == 1 ? "" : "s")"
    }
  }
}
