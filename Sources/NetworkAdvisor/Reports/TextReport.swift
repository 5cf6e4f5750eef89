/// The plain-text report: the grade, verdict, caps, a bar per area and every recommendation
/// with its advice, then every finding.
package struct TextReport {
  /// Whether to colour the text with ANSI escapes.
  package var usesColour = false
  /// The columns every line fits in (at least 40).
  package var width = 80

  /// Makes a text report that fits `width` columns.
  package init(usesColour: Bool = false, width: Int = 80) {
    self.usesColour = usesColour
    self.width = max(width, 40)
  }

  private var wrapper: TextWrapper { TextWrapper(width: width) }

  /// The whole report: the summary, then every finding. A failure points to its item under
  /// What to do first, where its advice is given once.
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
        // A rule that waits on a gap counted elsewhere is not "not applicable": it is
        // assessed once that gap is closed.
        case .notApplicable: mark = paint(finding.dependsOn == nil ? " n/a" : "wait", "2")
        }
        let essential = finding.rule.isEssential ? " (\(finding.rule.severityLabel ?? ""))" : ""
        text +=
          "    \(mark)  "
          + wrapper.wrap(
            "\(finding.rule.title)\(essential) [\(finding.rule.id)]", indent: 10, firstIndent: 10)
        if let basis = finding.dependsOn {
          let place =
            ReportFormatting.item(of: basis, in: assessment).map {
              " (\(ReportFormatting.reference($0)))"
            } ?? ""
          text += wrapper.wrap(
            "waits on \(basis.id)\(place): \(finding.waitReason ?? Assessment.sameGap)",
            indent: 10)
        } else if finding.outcome == .notApplicable, let reason = finding.reason {
          text += wrapper.wrap("does not apply: \(reason)", indent: 10)
        } else if finding.outcome == .fail {
          if let item = ReportFormatting.item(of: finding.rule, in: assessment) {
            text += wrapper.wrap("See \(ReportFormatting.reference(item)).", indent: 10)
          } else {
            text += wrapper.wrap(finding.message, indent: 10)
          }
          text += wrapper.wrap("Source: \(finding.rule.source)", indent: 10)
        }
      }
    }
    return text
  }

  /// The summary: grade, verdict, caps, areas, and every recommendation with its advice, so
  /// that each reference ("What to do first, 14") finds its item.
  package func summary(of assessment: Assessment) -> String {
    var text = paint(wrapper.wrap(assessment.subjectName, indent: 0), "1")
    text += wrapper.wrap("Framework: \(assessment.framework.name)", indent: 0) + "\n"
    text +=
      "Grade \(paint(assessment.grade.letter, "1")): "
      + wrapper.wrap(
        assessment.grade.label, indent: 2, firstIndent: 8 + assessment.grade.letter.count)
    if let line = ReportFormatting.scoreLine(assessment) {
      text += wrapper.wrap(line, indent: 2, firstIndent: 0)
    }
    text += "Verdict: \(paint(assessment.verdict, "1"))\n"
    text += verdictPoints(of: assessment)
    text += "\nAreas\n" + areaTable(assessment)
    if assessment.recommendations.isEmpty {
      text += "\nNo recommendations: every rule that applies passes.\n"
      return text
    }
    text += "\nWhat to do first\n"
    let later = ReportFormatting.firstLaterItem(assessment)
    for recommendation in assessment.recommendations {
      if recommendation.priority == later {
        text +=
          "\n  "
          + wrapper.wrap(
            ReportFormatting.laterHeading(from: recommendation.priority), indent: 2, firstIndent: 2)
      }
      let marker = "  \(recommendation.priority). "
      let indent = marker.count
      text +=
        marker
        + paint(
          wrapper.wrap(recommendation.rule.headline, indent: indent, firstIndent: indent), "1")
      text += wrapper.wrap(
        ReportFormatting.effect(of: recommendation, in: assessment), indent: indent)
      text += wrapper.wrap(recommendation.advice, indent: indent)
    }
    if let projection = ReportFormatting.projectionSentence(assessment) {
      text += "\n" + wrapper.wrap(projection, indent: 0)
    }
    return text
  }

  /// Why the verdict is what it is, and the caps: the reasons it is not ready or the
  /// conditions before approval, each named and numbered as its item under What to do
  /// first, then what holds the grade.
  private func verdictPoints(of assessment: Assessment) -> String {
    var text = ""
    for (heading, points) in [
      (ReportFormatting.reasonsHeading(assessment.reasons.count), assessment.reasons),
      (ReportFormatting.conditionsHeading(assessment.conditions.count), assessment.conditions),
    ] where !points.isEmpty {
      text += wrapper.wrap(heading, indent: 0)
      for (item, headline) in ReportFormatting.verdictItems(points, in: assessment) {
        let marker = item.map { "  \($0). " } ?? "  - "
        text += marker + wrapper.wrap(headline, indent: marker.count, firstIndent: marker.count)
      }
    }
    if let beyond = ReportFormatting.beyondConditions(assessment) {
      text += wrapper.wrap(beyond, indent: 0)
    }
    if let cap = ReportFormatting.capSentence(assessment) {
      text += wrapper.wrap(cap, indent: 0)
      for line in ReportFormatting.capItems(assessment) {
        text += "  - " + wrapper.wrap(line, indent: 4, firstIndent: 4)
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
  /// to 10 cells), and past that the titles are shortened. An area with no failure of its
  /// own whose rules wait on a gap counted in another area shows an empty pale bar, no score
  /// and "waits" for its grade (the rules that wait are not yet assessed), and a note under
  /// the table names the areas it waits on. Notes also name the areas whose grade a gap of
  /// their own holds, and those scored while some of their rules wait.
  func areaTable(_ assessment: Assessment) -> String {
    let waits = "waits"
    let gradeWidth = max(
      assessment.areas.compactMap { $0.grade?.letter.count }.max() ?? 1,
      assessment.areas.contains(where: \.isWaiting) ? waits.count : 1)
    // "  title  bar 100  A": two spaces, title, two spaces, bar, space, score, two spaces, grade.
    let fixed = 2 + 2 + 1 + 3 + 2 + gradeWidth
    let longest = assessment.areas.map(\.area.title.count).max() ?? 0
    let barWidth = min(20, max(10, width - fixed - longest))
    let titleWidth = min(longest, width - fixed - barWidth)
    var text = ""
    var anyWithoutScore = false
    var waiters: [(title: String, others: [Framework.Area])] = []
    for area in assessment.areas {
      var title = area.area.title
      if title.count > titleWidth { title = String(title.prefix(titleWidth - 1)) + "…" }
      title += String(repeating: " ", count: titleWidth - title.count)
      if area.isWaiting {
        text += "  \(title)  \(paint(String(repeating: "▒", count: barWidth), "2"))   –  \(waits)\n"
        waiters.append((area.area.title, area.waitsOn))
      } else if let score = area.score, let grade = area.grade {
        text += "  \(title)  " + scoreCells(score, width: barWidth, grade: grade.letter)
      } else {
        anyWithoutScore = true
        text += "  \(title)  \(String(repeating: "·", count: barWidth))   –  –\n"
      }
    }
    if anyWithoutScore {
      text += wrapper.wrap(
        "(–: no rule of the area applies, or its rules wait on a gap counted elsewhere)",
        indent: 2)
    }
    if !waiters.isEmpty {
      text += wrapper.wrap(
        "(\(ReportFormatting.waitingNote) \(ReportFormatting.whoWaits(waiters)).)", indent: 2)
    }
    let notes = ReportFormatting.areaNotes(assessment)
    if !notes.isEmpty {
      text += wrapper.wrap("(" + notes.joined(separator: " ") + ")", indent: 2)
    }
    return text
  }

  /// An area's bar, score and grade.
  private func scoreCells(_ score: Double, width: Int, grade: String) -> String {
    let filled = NumberText.clampedCount(score / 100 * Double(width), limit: width)
    let number = NumberText.plain(score, decimals: 0)
    let padding = String(repeating: " ", count: max(0, 3 - number.count))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let colour = score >= 70 ? "32" : score >= 40 ? "33" : "31"
    return "\(paint(bar, colour)) \(padding)\(number)  \(grade)\n"
  }

  private func paint(_ text: String, _ code: String) -> String {
    guard usesColour else { return text }
    // Colour each line on its own, so that the escape never spans a line break.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.map { $0.isEmpty ? "" : "\u{1B}[\(code)m\($0)\u{1B}[0m" }.joined(separator: "\n")
  }
}
