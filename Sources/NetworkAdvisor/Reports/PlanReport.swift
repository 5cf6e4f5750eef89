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
    var text =
      markdown
      ? "# Plan for \(name)\n\n"
      : "Plan for \(name): from \(standing(plan.before)) to \(plan.target.phrase)\n\n"
    if markdown { text += "From \(standing(plan.before)) to \(plan.target.phrase).\n\n" }
    let bullet = markdown ? "- " : "  - "
    if plan.isReached && plan.steps.isEmpty {
      return text + "It already meets \(plan.target.phrase): nothing to change.\n"
    }
    if plan.isReached {
      let count = plan.steps.count
      text += "\(count) change\(count == 1 ? "" : "s"), cost \(plan.cost): "
      text +=
        plan.certainty == .provenCheapest
        ? "the cheapest set of the changes the failing rules suggest (every cheaper set was assessed)"
        : "the cheapest found within the work budget, not proven the cheapest"
      text += "; \(plan.assessments) proposals assessed.\n\n"
      text += steps(plan.steps, markdown: markdown)
      text += "\nAfter the plan: \(standing(plan.after)).\n"
      let marked = plan.steps.filter { step in
        switch step.edit {
        case .markToWrite, .addKnot, .addLeader, .addPartner: true
        default: false
        }
      }
      if !marked.isEmpty {
        text += "\nThe plan writes nothing for the network: where a change needs words or names, "
        text += "it leaves \"\(ProposalEdit.marker("…"))\" for the network to write.\n"
      }
      return text
    }
    text += "\(plan.target.phrase.prefix(1).uppercased() + plan.target.phrase.dropFirst()) "
    text += "was not reached within \(plan.maxChanges) changes "
    text += "(\(plan.assessments) proposals assessed).\n"
    if let closest = plan.closest {
      text += "\nClosest found: \(standing(closest))"
      text += plan.closestSteps.isEmpty ? ", with no change.\n" : ", after:\n\n"
      text += steps(plan.closestSteps, markdown: markdown)
    }
    text += "\nStill in the way:\n\n"
    for blocker in plan.blockers {
      let id = markdown ? "`\(blocker.rule.id)`" : blocker.rule.id
      text += "\(bullet)\(id) (\(blocker.rule.title)): \(blocker.why)\n"
    }
    return text
  }

  private static func steps(_ steps: [Plan.Step], markdown: Bool) -> String {
    var text = ""
    for (index, step) in steps.enumerated() {
      let after = "→ \(standing(step.assessment)); cost \(step.cost)"
      text +=
        markdown
        ? "\(index + 1). \(step.description) \(after)\n"
        : "  \(index + 1). \(step.description)\n     \(after)\n"
    }
    return text
  }

  /// JSON: `network-plan/1`.
  package static func json(_ plan: Plan) -> String {
    func standing(_ assessment: Assessment) -> [(String, JSONValue)] {
      [
        ("score", JSONReport.rounded(assessment.score)),
        ("grade", .string(assessment.grade.letter)),
        ("verdict", .string(assessment.verdict)),
      ]
    }
    func steps(_ steps: [Plan.Step]) -> JSONValue {
      .array(
        steps.map { step in
          .object(
            [
              ("operator", .string(step.edit.operatorID)), ("change", .string(step.description)),
              ("cost", .number(Double(step.cost))),
            ] + standing(step.assessment))
        })
    }
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
      ("maxChanges", .number(Double(plan.maxChanges))),
      ("assessments", .number(Double(plan.assessments))),
      ("before", .object(standing(plan.before))), ("steps", steps(plan.steps)),
      ("cost", .number(Double(plan.cost))), ("after", .object(standing(plan.after))),
      ("patch", plan.patch),
    ]
    if !plan.isReached {
      members.append(
        (
          "closest",
          .object((plan.closest.map(standing) ?? []) + [("steps", steps(plan.closestSteps))])
        ))
      members.append(
        (
          "blockers",
          .array(
            plan.blockers.map {
              .object([
                ("rule", .string($0.rule.id)), ("title", .string($0.rule.title)),
                ("why", .string($0.why)),
              ])
            })
        ))
    }
    return JSONWriter.pretty(.object(members))
  }
}
