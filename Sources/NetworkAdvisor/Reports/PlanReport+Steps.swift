/// What each step of a plan does, rule by rule, in words: the rules it meets, the rules
/// that fail after it that did not fail before (and which later step meets them), and why
/// the score falls when it does.
extension PlanReport {
  /// One step's effect on the findings.
  struct StepEffect {
    /// The rules that failed before the step and pass after it.
    let meets: [Rule]
    /// The rules that did not fail before the step and fail after it, each with the number
    /// of the later step that meets it (`nil` when none does).
    let nowFailing: [(move: NetworkDiff.Move, metAt: Int?)]
    /// The score shown before and after the step, when it falls.
    let fall: (from: Double, to: Double)?
    /// Whether the step alone changes nothing a reader sees: it meets no rule, fails none,
    /// and leaves the grade, verdict and score shown as they were.
    let isPreparation: Bool
  }

  /// The effect of each step, from the assessment before the plan.
  static func effects(of steps: [Plan.Step], from before: Assessment) -> [StepEffect] {
    let assessments = [before] + steps.map(\.assessment)
    let diffs = steps.indices.map { index in
      NetworkDiff(
        old: .init(file: "", assessment: assessments[index]),
        new: .init(file: "", assessment: assessments[index + 1]), changes: [])
    }
    let moves = diffs.map(\.moves)
    return steps.indices.map { index in
      let (old, new) = (assessments[index], assessments[index + 1])
      let meets = diffs[index].fixed.map(\.rule)
      let failing = diffs[index].nowFailing.map { move in
        let later = moves.indices.dropFirst(index + 1).first { step in
          moves[step].contains { $0.rule.id == move.rule.id && $0.new == .pass }
        }
        return (move: move, metAt: later.map { $0 + 1 })
      }
      let (from, to) = (
        NumberText.rounded(old.score, decimals: 1), NumberText.rounded(new.score, decimals: 1)
      )
      let unchanged =
        from == to && old.grade.letter == new.grade.letter && old.verdict == new.verdict
      return StepEffect(
        meets: meets, nowFailing: failing, fall: to < from ? (old.score, new.score) : nil,
        isPreparation: meets.isEmpty && failing.isEmpty && unchanged)
    }
  }

  /// “Every knot has a purpose”
  static func quoted(_ rule: Rule) -> String { "“\(rule.title)”" }

  /// “A”, “B” and “C”: items that carry their own quotes, so none is quoted again.
  private static func list(_ items: [String], separator: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: separator) + " and " + items[items.count - 1]
  }

  /// The effect in sentences: "Meets “…”.", "Now failing: “…” (not judged before: it
  /// waited on “…”, which is met now; step 7 meets it).", why the score falls, or that the
  /// step prepares a later one. `isMinimal` says whether every step is known to be needed.
  static func sentences(_ effect: StepEffect, after assessment: Assessment, isMinimal: Bool)
    -> [String]
  {
    var sentences: [String] = []
    if !effect.meets.isEmpty {
      sentences.append("Meets \(list(effect.meets.map(quoted), separator: ", ")).")
    }
    if !effect.nowFailing.isEmpty {
      let parts = effect.nowFailing.map { failing in
        let story = DiffReport.story(of: failing.move, now: assessment, quoted)
        let later = failing.metAt.map { "step \($0) meets it" } ?? "the plan leaves it failing"
        return "\(quoted(failing.move.rule)) (\(story); \(later))"
      }
      sentences.append("Now failing: \(list(parts, separator: "; ")).")
    }
    let needed = isMinimal ? "; the plan needs this step all the same" : ""
    if let fall = effect.fall {
      let move = "from \(ReportFormatting.score(fall.from)) to \(ReportFormatting.score(fall.to))"
      if effect.nowFailing.isEmpty {
        sentences.append("The score falls \(move)\(needed).")
      } else if effect.nowFailing.allSatisfy({ $0.move.waitedOn != nil }) {
        sentences.append(
          "The score falls \(move) because the rules that waited on the gap this step closes "
            + "are now judged on their own, and fail\(needed).")
      } else {
        sentences.append("The score falls \(move) because of these failures\(needed).")
      }
    }
    if effect.isPreparation {
      sentences.append(
        isMinimal
          ? "On its own it meets no rule; the plan needs it for the steps that follow."
          : "On its own it meets no rule.")
    }
    return sentences
  }
}
