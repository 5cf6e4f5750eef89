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
    }
    if !assessment.cappedBy.isEmpty {
      text += "\n> " + ReportFormatting.capSentence(assessment) + "\n"
      for rule in assessment.cappedBy {
        text += "> - Not met: \(escape(rule.title)) (`\(rule.id)`)\n"
      }
    }
    text +=
      "\n## Areas\n\n| Area | Score | Grade | Passed | Failed | Not applicable |\n|---|--:|:-:|--:|--:|--:|\n"
    for area in assessment.areas {
      let score = area.score.map(ReportFormatting.score) ?? "–"
      text +=
        "| \(escape(area.area.title)) | \(score) | \(area.grade?.letter ?? "–") | \(area.passed) | \(area.failed) | \(area.notApplicable) |\n"
    }
    text += "\n## What to do first\n\n"
    if assessment.recommendations.isEmpty {
      text += "Nothing: every rule that applies passes.\n"
    }
    for recommendation in assessment.recommendations {
      text +=
        "\(recommendation.priority). **\(escape(recommendation.rule.title))** (\(ReportFormatting.effect(of: recommendation))). "
      text += "\(escape(recommendation.advice)) *Source: \(escape(recommendation.rule.source)).*\n"
    }
    if let combined = assessment.combined {
      text += "\n\(ReportFormatting.combinedSentence(combined, from: assessment.grade))\n"
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
}

/// Wording shared by the reports.
enum ReportFormatting {
  /// Why the grade is lower than the score alone would give, in words a broker comparing
  /// scores will not misread; the failures follow it.
  static func capSentence(_ assessment: Assessment) -> String {
    let failures =
      assessment.cappedBy.count == 1 ? "this failure is" : "these failures are"
    return
      "The score alone would earn \(assessment.uncappedGrade.letter), but \(failures) serious enough to hold the grade at \(assessment.grade.letter) whatever the score:"
  }

  /// A score with one decimal at most.
  static func score(_ score: Double) -> String { NumberText.plain(score, decimals: 1) }

  /// "essential; +4.5 points; grade B if fixed alone"
  static func effect(of recommendation: Assessment.Recommendation) -> String {
    let essential =
      recommendation.rule.isEssential ? "\(recommendation.rule.severityLabel ?? ""); " : ""
    return
      "\(essential)+\(score(recommendation.gain)) points; grade \(recommendation.gradeIfFixed.letter) if fixed alone"
  }

  /// "Do the first three and the grade goes from C to A (score 88.1)."
  static func combinedSentence(_ combined: Assessment.CombinedEffect, from grade: Framework.Grade)
    -> String
  {
    let change =
      combined.grade.letter == grade.letter
      ? "the grade stays \(grade.letter)"
      : "the grade goes from \(grade.letter) to \(combined.grade.letter)"
    return
      "Do the first \(combined.count == 2 ? "two" : "three") and \(change) (score \(score(combined.score)))."
  }
}
