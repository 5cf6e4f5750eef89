/// What changed between two versions of proposals, as text, Markdown or `network-diff/1`
/// JSON: one section per network.
package enum DiffReport {
  /// "knots "Reading team": facilitated false → true", with names and values passed
  /// through `escape` (for Markdown) and long values shortened.
  static func describe(_ change: ProposalChange, escape: (String) -> String = { $0 }) -> String {
    func show(_ value: JSONValue?) -> String {
      guard let value else { return "" }
      if case .object = value.kind, let name = value["name"] ?? value["id"] {
        return show(name)
      }
      return escape(HTML.shortened(JSONWriter.compact(value), to: 80))
    }
    let item = change.item.map { " " + escape(JSONWriter.quoted($0)) } ?? ""
    let subject = change.section + item
    let field = change.field.map(escape) ?? ""
    switch change.kind {
    case .added where change.field == nil:
      return "\(change.section): added\(item)\(schoolName(change.new, escape))"
    case .removed where change.field == nil:
      return "\(change.section): removed\(item)\(schoolName(change.old, escape))"
    case .renamed:
      return "\(change.section): renamed \(show(change.old)) → \(show(change.new))"
    case .added: return "\(subject): \(field) added: \(show(change.new))"
    case .removed: return "\(subject): \(field) removed (was \(show(change.old)))"
    case .changed:
      if let old = change.old, let new = change.new, let before = strings(old),
        let after = strings(new)
      {
        var parts: [String] = []
        let added = after.filter { !before.contains($0) }
        let removed = before.filter { !after.contains($0) }
        if !added.isEmpty { parts.append("added " + added.map(escape).joined(separator: ", ")) }
        if !removed.isEmpty {
          parts.append("removed " + removed.map(escape).joined(separator: ", "))
        }
        if parts.isEmpty { parts.append("reordered") }
        return "\(subject): \(field) \(parts.joined(separator: "; "))"
      }
      return "\(subject): \(field) \(show(change.old)) → \(show(change.new))"
    }
  }

  /// " (Ash Primary)" for a school, whose item is its id; "" otherwise.
  private static func schoolName(_ value: JSONValue?, _ escape: (String) -> String) -> String {
    guard value?["id"] != nil, case .string(let name)? = value?["name"]?.kind else { return "" }
    return " (\(escape(HTML.shortened(name, to: 60))))"
  }

  private static func strings(_ value: JSONValue) -> [String]? {
    guard case .array(let elements) = value.kind else { return nil }
    let texts = elements.compactMap { element -> String? in
      if case .string(let text) = element.kind { return text }
      return nil
    }
    return texts.count == elements.count ? texts : nil
  }

  /// "62.3 → 71.5 (+9.2)"
  static func scoreMove(_ old: Double, _ new: Double) -> String {
    let change = NumberText.rounded(new, decimals: 1) - NumberText.rounded(old, decimals: 1)
    let sign = change > 0 ? "+" : change < 0 ? "−" : "±"
    return
      "\(ReportFormatting.score(old)) → \(ReportFormatting.score(new)) (\(sign)\(ReportFormatting.score(abs(change))))"
  }

  /// How the score the rules met moved, when a cap holds either side's score within its
  /// grade (a change can mend much while the grade stays held); `nil` otherwise.
  static func rulesMet(_ old: Assessment, _ new: Assessment) -> String? {
    let held = [old, new].contains { abs($0.uncappedScore - $0.score) > 1e-9 }
    return held ? scoreMove(old.uncappedScore, new.uncappedScore) : nil
  }

  /// What a network's entry shows under its heading: why a side was refused, that the
  /// network came or went, or the two assessments to set side by side.
  enum Body {
    case refused(problems: [String])
    case presence(String)
    case assessed(old: Assessment, new: Assessment)
  }

  static func body(of diff: NetworkDiff) -> Body {
    switch diff.status {
    case "added", "removed": return .presence(presence(of: diff))
    case "refused": return .refused(problems: [diff.old, diff.new].compactMap { $0?.problem })
    default:
      guard let old = diff.old?.assessment, let new = diff.new?.assessment else {
        return .refused(problems: [])
      }
      return .assessed(old: old, new: new)
    }
  }

  /// "New in the later portfolio: grade B, score 80, ready-with-conditions."
  static func presence(of diff: NetworkDiff) -> String {
    var text = diff.status == "added" ? "New in the later portfolio" : "Not in the later portfolio"
    if let a = (diff.new ?? diff.old)?.assessment {
      text += ": grade \(a.grade.letter), score \(ReportFormatting.score(a.score)), \(a.verdict)"
    }
    return text + "."
  }

  /// "2 compared, 1 added, 1 removed, 1 refused"
  static func tally(_ diffs: [NetworkDiff]) -> String {
    let statuses = ["compared", "added", "removed", "refused"].map { status in
      (status, diffs.filter { $0.status == status }.count)
    }
    return statuses.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
  }

  /// Plain text.
  package static func text(_ diffs: [NetworkDiff]) -> String {
    let wrap = { (text: String, indent: Int) in TextReport().wrap(text, indent: indent, hanging: 2)
    }
    var text = ""
    for diff in diffs {
      if !text.isEmpty { text += "\n" }
      let name = diff.network.map { HTML.shortened($0, to: 80) } ?? "(refused)"
      text += "\(name)\n"
      text += "  \(diff.old?.file ?? "(none)") → \(diff.new?.file ?? "(none)")\n"
      let body = body(of: diff)
      guard case .assessed(let old, let new) = body else {
        if case .refused(let problems) = body {
          text += problems.map { wrap("refused: \($0)", 2) }.joined()
        }
        if case .presence(let line) = body { text += "  \(line)\n" }
        continue
      }
      text += "  Score \(scoreMove(old.score, new.score))\n"
      if let met = rulesMet(old, new) { text += "  Rules met (before any cap) \(met)\n" }
      text += "  Grade \(old.grade.letter) → \(new.grade.letter)\n"
      text += "  Verdict \(old.verdict) → \(new.verdict)\n"
      text += "\n  Changes to the proposal (\(diff.changes.count))\n"
      if diff.changes.isEmpty { text += "    none\n" }
      for change in diff.changes { text += wrap(describe(change), 4) }
      text += findingMoves(of: diff, now: new)
      text += "\n  \(stillOpenHeading(diff))\n"
      if diff.stillOpen.isEmpty { text += "    none\n" }
      if let note = stillOpenNote(diff, now: new) { text += TextReport().wrap(note, indent: 4) }
      for recommendation in diff.stillOpen.prefix(10) {
        text += wrap(
          "\(recommendation.priority). \(recommendation.rule.headline) [\(recommendation.rule.id)]",
          4)
      }
      if diff.stillOpen.count > 10 {
        text += "    … and \(diff.stillOpen.count - 10) more (see --format markdown).\n"
      }
      let points = new.reasons + new.conditions
      if !points.isEmpty {
        text +=
          "\n  \(new.reasons.isEmpty ? "Conditions of approval" : "Not ready because") (now)\n"
        for point in points { text += wrap("- \(point.message) [\(point.rule.id)]", 4) }
      }
    }
    if diffs.count > 1 { text += "\n\(diffs.count) networks: \(tally(diffs))\n" }
    return text
  }

  /// The rules that moved, as text: acted on (fail → pass), now failing (with the advice and
  /// item number now), and now judged or no longer judged.
  private static func findingMoves(of diff: NetworkDiff, now new: Assessment) -> String {
    let wrap = { (text: String, indent: Int) in TextReport().wrap(text, indent: indent, hanging: 2)
    }
    let reference = { (rule: Rule) in "“\(rule.title)” [\(rule.id)]" }
    var text = ""
    text += "\n  Acted on: earlier recommendations now met, fail → pass (\(diff.fixed.count))\n"
    if diff.fixed.isEmpty { text += "    none\n" }
    for move in diff.fixed { text += wrap("✓ \(move.rule.title) [\(move.rule.id)]", 4) }
    text += "\n  \(nowFailingHeading(diff))\n"
    if diff.nowFailing.isEmpty { text += "    none\n" }
    for move in diff.nowFailing {
      let item = new.recommendations.first { $0.rule.id == move.rule.id }
      let number = item.map { "\($0.priority). " } ?? ""
      let indent = 4 + number.count + 2
      text += TextReport().wrap(
        "\(number)✗ \(move.rule.headline) [\(move.rule.id)]", indent: 4, hanging: indent - 4)
      text += TextReport().wrap(story(of: move, now: new, reference), indent: indent)
      if let advice = item?.advice { text += TextReport().wrap(advice, indent: indent) }
    }
    if !diff.judgedOrNot.isEmpty {
      text += "\n  Now judged, or no longer judged (\(diff.judgedOrNot.count))\n"
      for move in diff.judgedOrNot {
        text += wrap(
          "\(move.rule.title) [\(move.rule.id)]: \(story(of: move, now: new, reference))", 4)
      }
    }
    return text
  }

  /// "Now failing: did not fail before, fail now (3: 1 passed before, 2 not judged before)"
  static func nowFailingHeading(_ diff: NetworkDiff) -> String {
    let notJudged = diff.nowFailing.filter(\.wasNotJudged).count
    let parts = [
      (diff.broken.count, "passed before"), (notJudged, "not judged before"),
    ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    let tally = parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")
    return "Now failing: did not fail before, fail now (\(diff.nowFailing.count)\(tally))"
  }

  /// "Still open: recommended before, and still recommended (8)"
  static func stillOpenHeading(_ diff: NetworkDiff) -> String {
    "Still open: recommended before, and still recommended (\(diff.stillOpen.count))"
  }

  /// Whose numbers the recommendations still open carry, and where the missing ones are:
  /// "Numbered as in What to do first of the later report; items 3 and 4 are now failing
  /// (above)." `nil` when none is still open.
  static func stillOpenNote(_ diff: NetworkDiff, now new: Assessment) -> String? {
    guard !diff.stillOpen.isEmpty else { return nil }
    var text = "Numbered as in What to do first of the later report"
    let items = diff.nowFailing.compactMap { ReportFormatting.item(of: $0.rule, in: new) }
    if !items.isEmpty {
      text +=
        "; \(ReportFormatting.items(items)) \(items.count == 1 ? "is" : "are") now failing (above)"
    }
    return text + "."
  }

  /// A moved rule's outcome before and now, in words: "passed before", "not judged before:
  /// it waited on “A knot has a purpose” [knots.purposeful], which is met now", "met before; not
  /// judged now: it does not apply". `reference` names a rule.
  static func story(
    of move: NetworkDiff.Move, now new: Assessment, _ reference: (Rule) -> String
  ) -> String {
    func notJudged(_ basis: Rule?, past: Bool) -> String {
      guard let basis else { return past ? "it did not apply" : "it does not apply" }
      return (past ? "it waited on " : "it waits on ") + reference(basis)
    }
    switch (move.old, move.new) {
    case (.pass, .fail): return "passed before"
    case (.notApplicable, .fail):
      var text = "not judged before: \(notJudged(move.waitedOn, past: true))"
      if let basis = move.waitedOn,
        new.findings.first(where: { $0.rule.id == basis.id })?.outcome == .pass
      {
        text += ", which is met now"
      }
      return text
    case (.notApplicable, .pass):
      return "not judged before (\(notJudged(move.waitedOn, past: true))); met now"
    case (_, .notApplicable):
      let before = move.old == .pass ? "met" : "failed"
      return "\(before) before; not judged now: \(notJudged(move.waitsOn, past: false))"
    default: return "\(move.old.rawValue) → \(move.new.rawValue)"
    }
  }

  /// Markdown, every string from a proposal escaped.
  package static func markdown(_ diffs: [NetworkDiff]) -> String {
    let escape = MarkdownReport.escape
    var text = "# What changed\n"
    for diff in diffs {
      text += "\n## \(escape(diff.network ?? "Refused file"))\n\n"
      text += "\(escape(diff.old?.file ?? "(none)")) → \(escape(diff.new?.file ?? "(none)"))\n\n"
      let body = body(of: diff)
      guard case .assessed(let old, let new) = body else {
        if case .refused(let problems) = body {
          text += problems.map { "Refused: \(escape($0))\n\n" }.joined()
        }
        if case .presence(let line) = body { text += "\(line)\n" }
        continue
      }
      text += "| | Before | After |\n|---|---|---|\n"
      text +=
        "| Score | \(ReportFormatting.score(old.score)) | \(ReportFormatting.score(new.score)) |\n"
      if rulesMet(old, new) != nil {
        text +=
          "| Rules met (before any cap) | \(ReportFormatting.score(old.uncappedScore)) | \(ReportFormatting.score(new.uncappedScore)) |\n"
      }
      text += "| Grade | \(old.grade.letter) | \(new.grade.letter) |\n"
      text += "| Verdict | \(old.verdict) | \(new.verdict) |\n"
      text += "\n### Changes to the proposal\n\n"
      text += diff.changes.isEmpty ? "None.\n" : ""
      for change in diff.changes { text += "- \(describe(change, escape: escape))\n" }
      text += markdownMoves(of: diff, now: new)
      text += "\n### \(stillOpenHeading(diff))\n\n"
      text += diff.stillOpen.isEmpty ? "None.\n" : ""
      if let note = stillOpenNote(diff, now: new) { text += "\(note)\n\n" }
      for recommendation in diff.stillOpen {
        // Not a Markdown ordered list, which would number the items 1, 2, 3, … again.
        text +=
          "- Item \(recommendation.priority): \(escape(recommendation.rule.headline)) (`\(recommendation.rule.id)`)\n"
      }
      let points = new.reasons + new.conditions
      if !points.isEmpty {
        text +=
          "\n### \(new.reasons.isEmpty ? "Conditions of approval" : "Not ready because") (now)\n\n"
        for point in points { text += "- \(escape(point.message)) (`\(point.rule.id)`)\n" }
      }
    }
    if diffs.count > 1 { text += "\n\(diffs.count) networks: \(tally(diffs)).\n" }
    return text
  }

  /// The rules that moved, as Markdown: acted on, now failing (by item number, with the
  /// advice now), and now judged or no longer judged.
  private static func markdownMoves(of diff: NetworkDiff, now new: Assessment) -> String {
    let escape = MarkdownReport.escape
    var text = ""
    text += "\n### Acted on (fail → pass)\n\n"
    text += diff.fixed.isEmpty ? "None.\n" : ""
    for move in diff.fixed { text += "- \(escape(move.rule.title)) (`\(move.rule.id)`)\n" }
    let reference = { (rule: Rule) in "“\(escape(rule.title))” (`\(rule.id)`)" }
    text += "\n### \(nowFailingHeading(diff))\n\n"
    text += diff.nowFailing.isEmpty ? "None.\n" : ""
    for move in diff.nowFailing {
      let item = new.recommendations.first { $0.rule.id == move.rule.id }
      let number = item.map { "Item \($0.priority): " } ?? ""
      text += "- \(number)\(escape(move.rule.headline)) (`\(move.rule.id)`): "
      text += "\(story(of: move, now: new, reference)). \(escape(item?.advice ?? ""))\n"
    }
    if !diff.judgedOrNot.isEmpty {
      text += "\n### Now judged, or no longer judged\n\n"
      for move in diff.judgedOrNot {
        text +=
          "- \(escape(move.rule.title)) (`\(move.rule.id)`): \(story(of: move, now: new, reference))\n"
      }
    }
    return text
  }
}
