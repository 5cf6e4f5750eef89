/// Renders a plan: its steps in plain language with the grade and verdict after each, and
/// the final re-assessment, or what keeps the target out of reach.
package enum PlanReport {
  /// Plain text.
  package static func text(_ plan: Plan) -> String { render(plan, markdown: false) }

  /// Markdown.
  package static func markdown(_ plan: Plan) -> String { render(plan, markdown: true) }

  private static func standing(_ assessment: Assessment) -> String {
    "grade \(assessment.grade.letter), \(assessment.verdict) (score \(ReportFormatting.score(assessment.score)))"
  }

  private static func render(_ plan: Plan, markdown: Bool) -> String {
    let name = plan.before.subjectName
    let wrap = { (text: String, indent: Int, hanging: Int) in
      wrapped(text, indent: indent, hanging: hanging, markdown: markdown)
    }
    var text =
      markdown
      ? "# Plan for \(name)\n\n"
      : wrap("Plan for \(name): from \(standing(plan.before)) to \(plan.target.phrase)", 0, 0)
        + "\n"
    if markdown { text += "From \(standing(plan.before)) to \(plan.target.phrase).\n\n" }
    if plan.isReached && plan.steps.isEmpty {
      return text + "It already meets \(plan.target.phrase): nothing to change.\n"
    }
    if plan.isReached {
      let count = plan.steps.count
      var summary = "\(count) change\(count == 1 ? "" : "s"), cost \(plan.cost): "
      summary +=
        plan.certainty == .provenCheapest
        ? "the cheapest set of the changes the failing rules suggest (every cheaper set was assessed)"
        : "the cheapest found within the work budget, not proven the cheapest"
      text += wrap(summary + "; \(plan.assessments) proposals assessed.", 0, 0) + "\n"
      text += steps(plan.steps, from: plan.before, isMinimal: plan.isMinimal, markdown: markdown)
      text += "\n" + wrap("After the plan: \(standing(plan.after)).", 0, 0)
      let marked = plan.steps.filter { step in
        switch step.edit {
        case .markToWrite, .addKnot, .addLeader, .addPartner: true
        default: false
        }
      }
      if !marked.isEmpty {
        text +=
          "\n"
          + wrap(
            "The plan writes nothing for the network: where a change needs words or names, "
              + "it leaves \"\(ProposalEdit.marker("…"))\" for the network to write.", 0, 0)
      }
      return text
    }
    return text + shortfall(plan, markdown: markdown)
  }

  /// A paragraph: wrapped and indented as text, or one line as Markdown.
  private static func wrapped(_ text: String, indent: Int, hanging: Int, markdown: Bool)
    -> String
  {
    markdown ? text + "\n" : TextReport().wrap(text, indent: indent, hanging: hanging)
  }

  /// A plan that falls short: the closest proposal found, the changes that lead to it, and
  /// each rule still in the way, with why and what it asks.
  private static func shortfall(_ plan: Plan, markdown: Bool) -> String {
    let wrap = { (text: String, indent: Int, hanging: Int) in
      wrapped(text, indent: indent, hanging: hanging, markdown: markdown)
    }
    var text = ""
    let target = plan.target.phrase.prefix(1).uppercased() + plan.target.phrase.dropFirst()
    text += wrap(
      "\(target) was not reached within \(plan.maxChanges) changes "
        + "(\(plan.assessments) proposals assessed).", 0, 0)
    if let closest = plan.closest {
      var line = "Closest found: \(standing(closest))"
      if plan.closestSteps.isEmpty {
        line += ", with no change."
      } else {
        let count = plan.closestSteps.count
        line += ", after \(count == 1 ? "this change" : "these \(count) changes")"
        line += plan.isMinimal ? ", each needed to get this far:" : ":"
      }
      text += "\n" + wrap(line, 0, 0) + (plan.closestSteps.isEmpty ? "" : "\n")
      text += steps(
        plan.closestSteps, from: plan.before, isMinimal: plan.isMinimal, markdown: markdown)
    }
    let count = plan.blockers.count
    text += "\n" + wrap("Still in the way of \(plan.target.phrase) (\(count)):", 0, 0) + "\n"
    for blocker in plan.blockers {
      let id = markdown ? "`\(blocker.rule.id)`" : blocker.rule.id
      var entry = "- \(blocker.rule.headline) [\(id)]: \(blocker.why)."
      if let advice = advice(of: blocker.rule, in: plan) {
        entry += " What it asks: \(markdown ? MarkdownReport.escape(advice) : advice)"
      }
      text += wrap(entry, 2, 2)
    }
    return text
  }

  private static func steps(
    _ steps: [Plan.Step], from before: Assessment, isMinimal: Bool, markdown: Bool
  ) -> String {
    var text = ""
    let effects = effects(of: steps, from: before)
    for (index, step) in steps.enumerated() {
      let after = "→ \(standing(step.assessment)); cost \(step.cost)"
      let notes = sentences(effects[index], after: step.assessment, isMinimal: isMinimal)
      if markdown {
        // The notes are a paragraph of the item: indented as far as its text.
        let indent = String(repeating: " ", count: "\(index + 1). ".count)
        text += "\(index + 1). \(step.description) \(after)\n"
        if !notes.isEmpty { text += "\n\(indent)\(notes.joined(separator: " "))\n\n" }
      } else {
        let number = "\(index + 1). "
        let indent = 2 + number.count
        text += TextReport().wrap(number + step.description, indent: 2, hanging: number.count)
        text += TextReport().wrap(after, indent: indent)
        for note in notes { text += TextReport().wrap(note, indent: indent) }
      }
    }
    return text
  }

  /// JSON: `network-plan/1`.
  package static func json(_ plan: Plan) -> String {
    let target: JSONValue =
      switch plan.target {
      case .grade(let letter): .object([("grade", .string(letter))])
      case .verdict(let id): .object([("verdict", .string(id))])
      }
    var members: [(String, JSONValue)] = [
      ("format", .string("network-plan/1")),
      ("framework", ComparisonReport.value(of: plan.before.framework)),
      ("network", .string(plan.before.subjectName)), ("target", target),
      ("reached", .bool(plan.isReached)), ("certainty", .string(plan.certainty.rawValue)),
      ("maxChanges", .number(Double(plan.maxChanges))), ("minimal", .bool(plan.isMinimal)),
      ("assessments", .number(Double(plan.assessments))),
      ("before", .object(standingValue(plan.before))), ("steps", value(of: plan.steps, in: plan)),
      ("cost", .number(Double(plan.cost))), ("after", .object(standingValue(plan.after))),
      ("patch", plan.patch),
    ]
    if !plan.isReached {
      members.append(
        (
          "closest",
          .object(
            (plan.closest.map(standingValue) ?? []) + [
              ("steps", value(of: plan.closestSteps, in: plan))
            ])
        ))
      members.append(
        (
          "blockers",
          .array(
            plan.blockers.map {
              .object([
                ("rule", .string($0.rule.id)), ("title", .string($0.rule.title)),
                ("why", .string($0.why)),
                ("advice", advice(of: $0.rule, in: plan).map { .string($0) } ?? .null),
              ])
            })
        ))
    }
    return JSONWriter.pretty(.object(members))
  }

  /// What a rule still in the way asks, in the closest proposal found (the proposal as it
  /// was when there is none); `nil` for a rule with no recommendation there.
  private static func advice(of rule: Rule, in plan: Plan) -> String? {
    (plan.closest ?? plan.before).recommendations.first { $0.rule.id == rule.id }?.advice
  }

  /// The steps as JSON: each change, its cost, the standing after it and what it does.
  private static func value(of steps: [Plan.Step], in plan: Plan) -> JSONValue {
    let effects = effects(of: steps, from: plan.before)
    return .array(
      zip(steps, effects).map { step, effect in
        let meets = effect.meets.map { rule -> JSONValue in
          .object([("rule", .string(rule.id)), ("title", .string(rule.title))])
        }
        let failing = effect.nowFailing.map { failing -> JSONValue in
          .object([
            ("rule", .string(failing.move.rule.id)),
            ("title", .string(failing.move.rule.title)),
            ("old", .string(failing.move.old.rawValue)),
            ("dependsOn", failing.move.waitedOn.map { .string($0.id) } ?? .null),
            ("metAtStep", failing.metAt.map { .number(Double($0)) } ?? .null),
          ])
        }
        let notes = sentences(effect, after: step.assessment, isMinimal: plan.isMinimal)
        return .object(
          [
            ("operator", .string(step.edit.operatorID)), ("change", .string(step.description)),
            ("cost", .number(Double(step.cost))),
          ] + standingValue(step.assessment) + [
            ("meets", .array(meets)), ("nowFailing", .array(failing)),
            ("explanation", .string(notes.joined(separator: " "))),
          ])
      })
  }

  /// The score, grade and verdict of an assessment, as JSON members.
  private static func standingValue(_ assessment: Assessment) -> [(String, JSONValue)] {
    [
      ("score", JSONReport.rounded(assessment.score)),
      ("grade", .string(assessment.grade.letter)),
      ("verdict", .string(assessment.verdict)),
    ]
  }
}
