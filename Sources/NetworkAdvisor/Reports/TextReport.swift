/// The plain-text report: one screen with the grade, verdict, caps, a bar per area and the
/// first recommendations, then every finding.
package struct TextReport {
  /// Whether to colour the text with ANSI escapes.
  package var usesColour = false
  /// How many recommendations the first screen shows.
  package var recommendationsShown = 5
  /// The columns every line fits in (at least 40).
  package var width = 80

  /// Makes a text report that fits `width` columns.
  package init(usesColour: Bool = false, width: Int = 80) {
    self.usesColour = usesColour
    self.width = max(width, 40)
  }

  private var wrapper: TextWrapper { TextWrapper(width: width) }

  /// The whole report: the first screen, then every finding.
  package func render(_ assessment: Assessment) -> String {
    var text = summary(of: assessment)
    text += "\nFindings\n"
    for (area, findings) in assessment.findingsByArea {
      text += "\n  " + paint(wrapper.wrap(area.title, indent: 2, firstIndent: 2), "1")
      for finding in findings {
        let mark: String
        switch finding.outcome {
        case .pass: mark = paint("pass", "32")
        case .fail: mark = paint("FAIL", "31")
        case .notApplicable: mark = paint(" n/a", "2")
        }
        let essential = finding.rule.isEssential ? " (\(finding.rule.severityLabel ?? ""))" : ""
        text +=
          "    \(mark)  "
          + wrapper.wrap(
            "\(finding.rule.title)\(essential) [\(finding.rule.id)]", indent: 10, firstIndent: 10)
        if let basis = finding.dependsOn {
          text += wrapper.wrap(
            "depends on \(basis.id): the same gap, counted once there", indent: 10)
        } else if finding.outcome == .fail {
          text += wrapper.wrap(finding.message, indent: 10)
          text += wrapper.wrap("Source: \(finding.rule.source)", indent: 10)
        }
      }
    }
    return text
  }

  /// The first screen.
  package func summary(of assessment: Assessment) -> String {
    var text = paint(wrapper.wrap(assessment.subjectName, indent: 0), "1")
    text += wrapper.wrap("Framework: \(assessment.framework.name)", indent: 0) + "\n"
    text +=
      "Grade \(paint(assessment.grade.letter, "1")): "
      + wrapper.wrap(
        assessment.grade.label, indent: 2, firstIndent: 8 + assessment.grade.letter.count)
    text += "Score \(ReportFormatting.score(assessment.score)) out of 100\n"
    text += "Verdict: \(paint(assessment.verdict, "1"))\n"
    text += verdictPoints(of: assessment)
    text += "\nAreas\n" + areaTable(assessment)
    if assessment.recommendations.isEmpty {
      text += "\nNo recommendations: every rule that applies passes.\n"
      return text
    }
    text += "\nWhat to do first\n"
    for recommendation in assessment.recommendations.prefix(recommendationsShown) {
      let marker = "  \(recommendation.priority). "
      let indent = marker.count
      text +=
        marker
        + paint(wrapper.wrap(recommendation.rule.title, indent: indent, firstIndent: indent), "1")
      text += wrapper.wrap(
        ReportFormatting.effect(of: recommendation, in: assessment), indent: indent)
      text += wrapper.wrap(recommendation.advice, indent: indent)
    }
    if assessment.recommendations.count > recommendationsShown {
      text += "  … and \(assessment.recommendations.count - recommendationsShown) more below.\n"
    }
    if let projection = ReportFormatting.projectionSentence(assessment) {
      text += "\n" + wrapper.wrap(projection, indent: 0)
    }
    return text
  }

  /// Why the verdict is what it is, and the caps: the reasons it is not ready (the first
  /// few), the conditions before approval, and the failures that cap the grade.
  private func verdictPoints(of assessment: Assessment) -> String {
    var text = ""
    if !assessment.reasons.isEmpty {
      text += "Not ready because:\n"
      for reason in assessment.reasons.prefix(recommendationsShown) {
        text += "  - " + wrapper.wrap(reason.message, indent: 4, firstIndent: 4)
      }
      if assessment.reasons.count > recommendationsShown {
        text +=
          "  … and \(assessment.reasons.count - recommendationsShown) more, among the findings below.\n"
      }
    }
    if !assessment.conditions.isEmpty {
      text += "Conditions before approval:\n"
      for condition in assessment.conditions {
        text +=
          "  - "
          + wrapper.wrap("\(condition.message) [\(condition.rule.id)]", indent: 4, firstIndent: 4)
      }
      if let beyond = ReportFormatting.beyondConditions(assessment) {
        text += wrapper.wrap(beyond, indent: 2, firstIndent: 2)
      }
    }
    if !assessment.cappedBy.isEmpty {
      text += wrapper.wrap(ReportFormatting.capSentence(assessment), indent: 0)
      for rule in assessment.cappedBy {
        text +=
          "  - " + wrapper.wrap("Not met: \(rule.title) [\(rule.id)]", indent: 4, firstIndent: 4)
      }
    }
    return text
  }

  /// `text` wrapped to the report's width, indented, with further lines indented
  /// `hanging` more (for the other plain-text reports).
  func wrap(_ text: String, indent: Int, hanging: Int = 0) -> String {
    String(repeating: " ", count: indent)
      + wrapper.wrap(text, indent: indent + hanging, firstIndent: indent)
  }

  /// A bar per area, in columns that stay aligned: the bar narrows to fit the width (down
  /// to 10 cells), and past that the titles are shortened.
  func areaTable(_ assessment: Assessment) -> String {
    let gradeWidth = max(assessment.areas.compactMap { $0.grade?.letter.count }.max() ?? 1, 1)
    // "  title  bar 100  A": two spaces, title, two spaces, bar, space, score, two spaces, grade.
    let fixed = 2 + 2 + 1 + 3 + 2 + gradeWidth
    // An area some of whose rules wait on a gap counted elsewhere is marked after its title,
    // inside the title column, so that every row keeps its width.
    let marks = ReportFormatting.waitingMarks(assessment)
    let longest = zip(assessment.areas, marks).map { $0.area.title.count + $1.count }.max() ?? 0
    let barWidth = min(20, max(10, width - fixed - longest))
    let titleWidth = min(longest, width - fixed - barWidth)
    var text = ""
    var anyWithoutScore = false
    var anyWaiting = false
    for (area, mark) in zip(assessment.areas, marks) {
      anyWaiting = anyWaiting || !mark.isEmpty
      var title = area.area.title
      if title.count + mark.count > titleWidth {
        title = String(title.prefix(titleWidth - 1 - mark.count)) + "…"
      }
      title += mark + String(repeating: " ", count: titleWidth - title.count - mark.count)
      if let score = area.score, let grade = area.grade {
        let filled = NumberText.clampedCount(score / 100 * Double(barWidth), limit: barWidth)
        let bar =
          String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let number = NumberText.plain(score, decimals: 0)
        text +=
          "  \(title)  \(paint(bar, score >= 70 ? "32" : score >= 40 ? "33" : "31")) \(String(repeating: " ", count: max(0, 3 - number.count)))\(number)  \(grade.letter)\n"
      } else {
        anyWithoutScore = true
        text += "  \(title)  \(String(repeating: "·", count: barWidth))   –  –\n"
      }
    }
    if anyWithoutScore {
      text += "  (–: no rule of the area applies, or its rules wait on a gap counted elsewhere)\n"
    }
    if anyWaiting { text += "  (\(ReportFormatting.waitingNote))\n" }
    return text
  }

  private func paint(_ text: String, _ code: String) -> String {
    guard usesColour else { return text }
    // Colour each line on its own, so that the escape never spans a line break.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.map { $0.isEmpty ? "" : "\u{1B}[\(code)m\($0)\u{1B}[0m" }.joined(separator: "\n")
  }
}
