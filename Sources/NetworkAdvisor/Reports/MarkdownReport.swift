/// The Markdown report, for pasting into documents and repositories. Every string from a
/// proposal is escaped, so a name shows as written and never as markup.
package enum MarkdownReport {
  /// The report as Markdown.
  package static func render(_ assessment: Assessment) -> String {
    var text = "# \(escape(assessment.subjectName))\n\n"
    text += "**Grade \(assessment.grade.letter)**: \(escape(assessment.grade.label))  \n"
    text +=
      (ReportFormatting.scoreLine(assessment).map { "\($0) · verdict" } ?? "Verdict")
      + " **\(assessment.verdict)**  \n"
    text += "Framework: \(escape(assessment.framework.name)) (`\(assessment.framework.digest)`)\n"
    text += verdictSection(assessment)
    text += areasTable(assessment)
    text += "\n## What to do first\n\n"
    if assessment.recommendations.isEmpty {
      text += "Nothing: every rule that applies passes.\n"
    }
    let later = ReportFormatting.firstLaterItem(assessment)
    for recommendation in assessment.recommendations {
      if recommendation.priority == later {
        text +=
          "\n*\(ReportFormatting.laterHeading(from: recommendation.priority, in: assessment))*\n\n"
      }
      if ReportFormatting.isBrief(recommendation, in: assessment) {
        text +=
          "\(recommendation.priority). \(escape(ReportFormatting.briefLine(of: recommendation, in: assessment)))\n"
        continue
      }
      text +=
        "\(recommendation.priority). **\(escape(recommendation.rule.headline))** (\(ReportFormatting.effect(of: recommendation, in: assessment))). "
      text += "\(escape(recommendation.advice)) *Source: \(escape(recommendation.rule.source)).*\n"
    }
    if let projection = ReportFormatting.projectionSentence(assessment) {
      text += "\n\(projection)\n"
    }
    text += "\n## Findings\n\n"
    let legend = ReportFormatting.findingsLegend(assessment)
    if let intro = legend.weightsIntro {
      text += escape(intro) + "\n\n"
      for weight in legend.weights { text += "- *\(weight.word)*: \(escape(weight.meaning))\n" }
      text += "\n"
    }
    if let counted = legend.countedOnce { text += escape(counted) + "\n\n" }
    text += escape(legend.names) + "\n"
    for (area, findings) in assessment.findingsByArea {
      text +=
        "\n### \(escape(area.title))\n\n| Outcome | Rule | Finding | Source |\n|---|---|---|---|\n"
      for finding in findings {
        let essential = finding.rule.isEssential ? " (\(finding.rule.severityLabel ?? ""))" : ""
        text +=
          "| \(ReportFormatting.outcomeLabel(finding)) | `\(finding.rule.id)`\(essential) | \(escape(ReportFormatting.findingText(finding, in: assessment))) | \(escape(finding.rule.source)) |\n"
      }
    }
    return text
  }

  /// The reasons or conditions, each numbered as its item under What to do first, then
  /// what holds the grade.
  private static func verdictSection(_ assessment: Assessment) -> String {
    var text = ""
    for (heading, points) in [
      (ReportFormatting.reasonsHeading(of: assessment), assessment.reasons),
      (ReportFormatting.conditionsHeading(of: assessment), assessment.conditions),
    ] where !points.isEmpty {
      text += "\n**\(heading)**\n\n"
      for (item, headline) in ReportFormatting.verdictItems(points, in: assessment) {
        // "- **3.** …": a bare "3." would start a list that Markdown renumbers from 1.
        text += "- " + (item.map { "**\($0).** " } ?? "") + escape(headline) + "\n"
      }
    }
    if let beyond = ReportFormatting.beyondConditions(assessment) { text += "\n\(beyond)\n" }
    if let cap = ReportFormatting.capSentence(assessment) {
      text += "\n> " + escape(cap) + "\n"
      for line in ReportFormatting.capItems(assessment) {
        text += "> - \(escape(line))\n"
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

  /// The Areas section: each area's score and grade over the checks made (the grade with
  /// the items that hold it), and what its checks found with where those that wait wait
  /// ("3 pass, 1 waits on item 1"); then the notes that apply.
  private static func areasTable(_ assessment: Assessment) -> String {
    var text = "\n## Areas\n\n| Area | Score | Grade | Checks |\n|---|--:|:-:|---|\n"
    let checks = AreaChecks.all(in: assessment)
    for area in checks {
      text +=
        "| \(escape(area.area.area.title)) | \(ReportFormatting.areaScore(area)) | \(escape(ReportFormatting.areaStanding(area))) | \(escape(area.summaryWithWaits)) |\n"
    }
    for legend in ReportFormatting.areaLegends(checks) {
      text += "\n" + escape(legend) + "\n"
    }
    return text
  }
}
