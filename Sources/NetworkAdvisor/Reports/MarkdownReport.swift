/// The Markdown report, for pasting into documents and repositories. Every string from a
/// proposal is escaped, so a name shows as written and never as markup.
package enum MarkdownReport {
  /// The report as Markdown.
  package static func render(_ assessment: Assessment) -> String {
    var text = "# \(escape(assessment.subjectName))\n\n"
    text += "**Grade \(assessment.grade.letter)**: \(escape(assessment.grade.label))  \n"
    text +=
      "Score \(ReportFormatting.score(assessment.score)) out of 100 · verdict **\(assessment.verdict)**  \n"
    text += "Framework: \(escape(assessment.framework.name)) (`\(assessment.framework.digest)`)\n"
    if !assessment.reasons.isEmpty {
      text += "\n**Not ready because:**\n\n"
      for reason in assessment.reasons {
        text += "- \(escape(reason.message)) (`\(reason.rule.id)`)\n"
      }
    }
    if !assessment.conditions.isEmpty {
      text += "\n**Conditions before approval:**\n\n"
      for condition in assessment.conditions {
        text += "- \(escape(condition.message)) (`\(condition.rule.id)`)\n"
      }
      if let beyond = ReportFormatting.beyondConditions(assessment) { text += "\n\(beyond)\n" }
    }
    if !assessment.cappedBy.isEmpty {
      text += "\n> " + ReportFormatting.capSentence(assessment) + "\n"
      for rule in assessment.cappedBy {
        text += "> - Not met: \(escape(rule.title)) (`\(rule.id)`)\n"
      }
    }
    text += areasTable(assessment)
    text += "\n## What to do first\n\n"
    if assessment.recommendations.isEmpty {
      text += "Nothing: every rule that applies passes.\n"
    }
    for recommendation in assessment.recommendations {
      text +=
        "\(recommendation.priority). **\(escape(recommendation.rule.title))** (\(ReportFormatting.effect(of: recommendation, in: assessment))). "
      text += "\(escape(recommendation.advice)) *Source: \(escape(recommendation.rule.source)).*\n"
    }
    if let projection = ReportFormatting.projectionSentence(assessment) {
      text += "\n\(projection)\n"
    }
    text += "\n## Findings\n"
    for (area, findings) in assessment.findingsByArea {
      text +=
        "\n### \(escape(area.title))\n\n| Outcome | Rule | Finding | Source |\n|---|---|---|---|\n"
      for finding in findings {
        let essential = finding.rule.isEssential ? " (\(finding.rule.severityLabel ?? ""))" : ""
        text +=
          "| \(finding.outcome.rawValue) | `\(finding.rule.id)`\(essential) | \(escape(finding.message)) | \(escape(finding.rule.source)) |\n"
      }
    }
    return text
  }

  /// Escapes text so that Markdown shows it as written: the characters that make inline
  /// markup, tables and headings get a backslash,
  /// `<`, `>` and `&` become entities (so no HTML gets through), and line breaks become
  /// spaces (they would end a table row).
  package static func escape(_ text: String) -> String {
    var output = ""
    for character in text {
      switch character {
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "&": output += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "#", "|", "~":
        output += "\\\(character)"
      case "\n", "\r", "\r\n": output += " "
      default: output.append(character)
      }
    }
    return output
  }

  /// The Areas section: each area's score, grade and counts, with the mark and its legend
  /// for an area some of whose rules wait on a gap counted in another area.
  private static func areasTable(_ assessment: Assessment) -> String {
    var text =
      "\n## Areas\n\n| Area | Score | Grade | Passed | Failed | Not applicable |\n|---|--:|:-:|--:|--:|--:|\n"
    let marks = ReportFormatting.waitingMarks(assessment)
    for (area, mark) in zip(assessment.areas, marks) {
      let score = area.score.map(ReportFormatting.score) ?? "–"
      let grade = (area.grade?.letter ?? "–") + mark
      text +=
        "| \(escape(area.area.title)) | \(score) | \(grade) | \(area.passed) | \(area.failed) | \(area.notApplicable) |\n"
    }
    if marks.contains(where: { !$0.isEmpty }) {
      text += "\n" + escape(ReportFormatting.waitingNote) + "\n"
    }
    return text
  }
}

/// Wording shared by the reports.
enum ReportFormatting {
  /// By area, in the framework's order, the mark (" *") of a scored area some of whose
  /// rules wait on a gap counted in another area, or "": its score leaves those rules out,
  /// so a high score there is not a clean bill of health. One pass over the findings.
  static func waitingMarks(_ assessment: Assessment) -> [String] {
    var waits = Array(repeating: false, count: assessment.areas.count)
    for finding in assessment.findings {
      guard let basis = finding.dependsOn, basis.areaIndex != finding.rule.areaIndex,
        waits.indices.contains(finding.rule.areaIndex)
      else { continue }
      waits[finding.rule.areaIndex] = true
    }
    return zip(assessment.areas, waits).map { area, waits in
      area.score != nil && waits ? " *" : ""
    }
  }

  /// What the mark of ``waitingMarks(_:)`` means.
  static let waitingNote = "*: some rules wait on a gap counted in another area"

  /// Why the grade is lower than the score the rules met would earn, in words a broker
  /// comparing scores will not misread: the score the rules met is given only as the
  /// explanation, beside the score the grade holds it to; the failures follow it.
  static func capSentence(_ assessment: Assessment) -> String {
    let failures = assessment.cappedBy.count == 1 ? "this failure holds" : "these failures hold"
    let grade = assessment.grade.letter
    return
      "By its score alone the design would earn \(assessment.uncappedGrade.letter), but \(failures) the grade at \(grade) whatever the score, and the score at \(score(assessment.score)), the most \(article(grade)) \(grade) allows:"
  }

  /// "an" before a letter whose name begins with a vowel sound (an A, an E), "a" otherwise.
  static func article(_ letter: String) -> String {
    letter.first.map { "AEFHILMNORSX".contains($0) } == true ? "an" : "a"
  }

  /// A score with one decimal at most.
  static func score(_ score: Double) -> String { NumberText.plain(score, decimals: 1) }

  /// "substantive; +4.5 points; grade B if fixed alone", or, for a fix that alone leaves the
  /// grade held by other failures, what it adds to the score the rules met.
  static func effect(of recommendation: Assessment.Recommendation, in assessment: Assessment)
    -> String
  {
    let essential =
      recommendation.rule.isEssential ? "\(recommendation.rule.severityLabel ?? ""); " : ""
    let grade = recommendation.gradeIfFixed.letter
    if NumberText.rounded(recommendation.gain, decimals: 1) <= 0,
      grade == assessment.grade.letter, assessment.grade.letter != assessment.uncappedGrade.letter,
      NumberText.rounded(recommendation.uncappedGain, decimals: 1) > 0
    {
      // A failure the verdict turns on is needed whatever its gain alone; the others are
      // worth doing, and show in the score once the grade is free to move.
      let needed = (assessment.reasons + assessment.conditions).contains {
        $0.rule.id == recommendation.rule.id
      }
      return needed
        ? "\(essential)needed for approval; it shows in the score once nothing else holds the grade at \(grade)"
        : "\(essential)worth doing; it shows in the score once nothing holds the grade at \(grade)"
    }
    return "\(essential)+\(score(recommendation.gain)) points; grade \(grade) if fixed alone"
  }

  /// What following the first recommendations together would do: "Do the first two and the
  /// verdict goes from not-ready to ready-with-conditions (grade C); do the first five and
  /// it becomes ready (grade A). The 2 after them would still strengthen the design."
  /// `nil` when nothing on the list would change the verdict or the grade.
  /// How many of the first recommendations a projection may ask a network to follow.
  static let projectionReach = 5

  static func projectionSentence(_ assessment: Assessment) -> String? {
    guard let first = assessment.projection.first else { return nil }
    let total = assessment.recommendations.count
    func doing(_ count: Int) -> String {
      if total == 1 { return "this one" }
      if count == total { return "all \(number(count))" }
      return "the first \(count == 1 ? "one" : number(count))"
    }
    let byVerdict = first.verdict != assessment.verdict
    var text = "Do \(doing(first.count)) and "
    text +=
      byVerdict
      ? "the verdict goes from \(assessment.verdict) to \(first.verdict) (grade \(first.grade.letter))"
      : "the grade rises from \(assessment.grade.letter) to \(first.grade.letter)"
    // A run longer than the first few items is a redesign, not a list to follow: the
    // sentence then stops at the first change.
    if let last = assessment.projection.dropFirst().last, last.count <= projectionReach {
      text +=
        byVerdict
        ? "; do \(doing(last.count)) and it becomes \(last.verdict) (grade \(last.grade.letter))"
        : "; do \(doing(last.count)) and it rises to \(last.grade.letter)"
    }
    text += "."
    let done =
      assessment.projection.last(where: { $0.count <= projectionReach })?.count ?? first.count
    if done < total {
      let rest = total - done
      text +=
        " The \(rest == 1 ? "one" : number(rest)) after \(done == 1 ? "it" : "them") would still strengthen the design."
    }
    return text
  }

  /// What follows the conditions when some recommendations are not among them: smaller gaps
  /// are advice, not conditions of approval.
  static func beyondConditions(_ assessment: Assessment) -> String? {
    let others = assessment.recommendations.count - assessment.conditions.count
    guard !assessment.conditions.isEmpty, others > 0 else { return nil }
    return
      "Not conditions, but worth doing: the other \(others == 1 ? "gap" : "\(number(others)) gaps") under What to do first."
  }

  /// Small counts in words, as the reports' sentences say them ("three"), others in figures.
  static func number(_ count: Int) -> String {
    let words = [
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    return words.indices.contains(count) ? words[count] : String(count)
  }
}
