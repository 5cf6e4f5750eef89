/// The plain-text report: one screen with the grade, verdict, caps, a bar per area and the
/// first recommendations, then every finding.
public struct TextReport {
  /// Whether to colour the text with ANSI escapes.
  public var usesColour = false
  /// How many recommendations the first screen shows.
  public var recommendationsShown = 5

  /// Makes a text report.
  public init(usesColour: Bool = false) { self.usesColour = usesColour }

  /// The whole report: the first screen, then every finding.
  public func render(_ assessment: Assessment) -> String {
    var text = summary(of: assessment)
    text += "\nFindings\n"
    for (area, findings) in assessment.findingsByArea {
      text += "\n  \(paint(area.title, "1"))\n"
      for finding in findings {
        let mark: String
        switch finding.outcome {
        case .pass: mark = paint("pass", "32")
        case .fail: mark = paint("FAIL", "31")
        case .notApplicable: mark = paint(" n/a", "2")
        }
        let essential = finding.rule.isEssential ? " (\(finding.rule.severityLabel ?? ""))" : ""
        text += "    \(mark)  \(finding.rule.title)\(essential)  [\(finding.rule.id)]\n"
        if finding.outcome == .fail {
          text += wrap(finding.message, indent: 10)
          text += "          Source: \(finding.rule.source)\n"
        }
      }
    }
    return text
  }

  /// The first screen.
  public func summary(of assessment: Assessment) -> String {
    var text = paint(assessment.subjectName, "1") + "\n"
    text += "Framework: \(assessment.framework.name)\n\n"
    text += "Grade \(paint(assessment.grade.letter, "1")): \(assessment.grade.label)\n"
    text += "Score \(ReportFormatting.score(assessment.score)) out of 100\n"
    text += "Verdict: \(paint(assessment.verdict, "1"))\n"
    if !assessment.reasons.isEmpty {
      text += "Not ready because:\n"
      for reason in assessment.reasons.prefix(recommendationsShown) {
        text += wrap("- " + reason.message, indent: 2, hanging: 2)
      }
      if assessment.reasons.count > recommendationsShown {
        text +=
          "  … and \(assessment.reasons.count - recommendationsShown) more, among the findings below.\n"
      }
    }
    if !assessment.conditions.isEmpty {
      text += "Conditions before approval:\n"
      for condition in assessment.conditions {
        text += wrap("- \(condition.message) [\(condition.rule.id)]", indent: 2, hanging: 2)
      }
    }
    if !assessment.cappedBy.isEmpty {
      let rules = assessment.cappedBy.map { "\($0.title) [\($0.id)]" }
      text +=
        "Capped: these failures hold the grade at \(assessment.grade.letter) rather than \(assessment.uncappedGrade.letter):\n"
      for rule in rules { text += "  - \(rule)\n" }
    }
    text += "\nAreas\n"
    let width = assessment.areas.map(\.area.title.count).max() ?? 0
    for area in assessment.areas {
      let title = area.area.title + String(repeating: " ", count: width - area.area.title.count)
      if let score = area.score, let grade = area.grade {
        let filled = Int((score / 5).rounded())
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
        let number = Value.format(score.rounded())
        text +=
          "  \(title)  \(paint(bar, score >= 70 ? "32" : score >= 40 ? "33" : "31")) \(String(repeating: " ", count: 3 - number.count))\(number)  \(grade.letter)\n"
      } else {
        text += "  \(title)  \(String(repeating: "·", count: 20))   –  (no rule applies)\n"
      }
    }
    if assessment.recommendations.isEmpty {
      text += "\nNo recommendations: every rule that applies passes.\n"
      return text
    }
    text += "\nWhat to do first\n"
    for recommendation in assessment.recommendations.prefix(recommendationsShown) {
      let effect = ReportFormatting.effect(of: recommendation)
      text +=
        "  \(recommendation.priority). \(paint(recommendation.rule.title, "1"))\n     \(effect)\n"
      text += wrap(recommendation.advice, indent: 5)
    }
    if assessment.recommendations.count > recommendationsShown {
      text += "  … and \(assessment.recommendations.count - recommendationsShown) more below.\n"
    }
    if let combined = assessment.combined {
      text += "\n" + ReportFormatting.combinedSentence(combined, from: assessment.grade) + "\n"
    }
    return text
  }

  /// Wraps text at 88 columns, indented, with further lines indented `hanging` more.
  func wrap(_ text: String, indent: Int, hanging: Int = 0) -> String {
    let pad = String(repeating: " ", count: indent)
    let more = String(repeating: " ", count: hanging)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if !line.isEmpty, line.count + 1 + word.count > 88 - indent {
        lines.append(line)
        line = more
      }
      line += (line.allSatisfy { $0 == " " } ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { pad + $0 + "\n" }.joined()
  }

  private func paint(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
