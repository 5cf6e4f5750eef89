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
    text += "\nFindings\n\n" + legend(assessment)
    for (area, findings) in assessment.findingsByArea {
      text += "\n  " + paint(wrapper.wrap(area.title, indent: 2, firstIndent: 2), "1")
      for finding in findings {
        let mark: String
        switch finding.outcome {
        case .pass: mark = paint("pass", "32")
        // Met in part is a failure that earns part of its weight, as the Areas table says.
        // A failure that weighs nothing is a suggestion, not a gap: worth a thought.
        case .fail where finding.isThought: mark = paint("idea", "2")
        case .fail: mark = finding.isMetInPart ? paint("part", "33") : paint("FAIL", "31")
        // One that fails with the gap it depends on fails now, and says where it is counted.
        case .notApplicable where finding.failsWithGap: mark = paint("FAIL", "31")
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
          // The gap waited on is named by its item, as a reader finds it, not by its id.
          let place =
            ReportFormatting.item(of: basis, in: assessment).map {
              ReportFormatting.reference(finding.failsWithGap ? [$0] : [$0] + finding.alsoItems)
            } ?? "“\(basis.headline)”"
          text += wrapper.wrap(
            "\(finding.failsWithGap ? "counted under" : "waits on") \(place): "
              + (finding.waitReason ?? Assessment.sameGap), indent: 10)
        } else if finding.outcome == .notApplicable, let reason = finding.reason {
          text += wrapper.wrap("does not apply: \(reason)", indent: 10)
        } else if finding.outcome == .fail {
          if let advice = ReportFormatting.briefAdvice(of: finding, in: assessment) {
            text += wrapper.wrap(advice, indent: 10)
          } else if let item = ReportFormatting.item(of: finding.rule, in: assessment) {
            text += wrapper.wrap(
              ReportFormatting.seeItem(item, metInPart: finding.isMetInPart), indent: 10)
          } else {
            text += wrapper.wrap(finding.message, indent: 10)
          }
          text += wrapper.wrap("Source: \(finding.rule.source)", indent: 10)
        }
      }
    }
    return text
  }

  /// What the marks beside the checks mean: each weight on a line of its own, its meaning
  /// wrapped beside it.
  private func legend(_ assessment: Assessment) -> String {
    let legend = ReportFormatting.findingsLegend(assessment)
    var text = legend.weightsIntro.map { wrapper.wrap($0, indent: 2) } ?? ""
    let column = 4 + (legend.weights.map(\.word.count).max() ?? 0) + 2
    for weight in legend.weights {
      let label = "    " + weight.word.padding(toLength: column - 4, withPad: " ", startingAt: 0)
      // Wrapped as if the first line were indented too, then the label takes that place.
      text += label + wrapper.wrap(weight.meaning, indent: column).dropFirst(column)
    }
    text += legend.countedOnce.map { wrapper.wrap($0, indent: 2) } ?? ""
    return text + (text.isEmpty ? "" : "\n") + wrapper.wrap(legend.names, indent: 2)
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
      text += "\n" + wrapper.wrap("No recommendations: every rule that applies passes.", indent: 0)
      return text
    }
    text += "\nWhat to do first\n"
    let later = ReportFormatting.firstLaterItem(assessment)
    for recommendation in assessment.recommendations {
      if recommendation.priority == later {
        text +=
          "\n  "
          + wrapper.wrap(
            ReportFormatting.laterHeading(from: recommendation.priority, in: assessment),
            indent: 2, firstIndent: 2)
      }
      let marker = "  \(recommendation.priority). "
      let indent = marker.count
      let brief = ReportFormatting.isBrief(recommendation, in: assessment)
      // A brief item is what to do alone, not in bold: its advice is with its check.
      if brief {
        text +=
          marker
          + wrapper.wrap(
            ReportFormatting.briefLine(of: recommendation, in: assessment), indent: indent,
            firstIndent: indent)
        continue
      }
      let headline = wrapper.wrap(recommendation.rule.headline, indent: indent, firstIndent: indent)
      text += marker + paint(headline, "1")
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
      (ReportFormatting.reasonsHeading(of: assessment), assessment.reasons),
      (ReportFormatting.conditionsHeading(of: assessment), assessment.conditions),
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

  /// A bar per area, in columns that stay aligned: the title, the bar, the score and grade
  /// over the checks made, and what the checks found ("3 pass, 1 waits"). The bar narrows to
  /// fit the width (down to 10 cells); past that what the checks found wraps after a comma
  /// within its column, and the titles are shortened; on the narrowest widths it goes
  /// under each row. An area none of whose checks is made, or whose grade a gap holds,
  /// shows "–". Notes in whole sentences follow: the items the waiting checks wait on, the
  /// checks met in part, the grades a gap holds, and what "–" means when an area shows it.
  func areaTable(_ assessment: Assessment) -> String {
    let checks = AreaChecks.all(in: assessment)
    let gradeWidth = assessment.areas.compactMap { $0.grade?.letter.count }.max() ?? 1
    let summaryWidth = checks.map(\.summary.count).max() ?? 0
    // The narrowest column for what the checks found: two short counts ("3 pass, 1 waits"),
    // or its longest count and a comma.
    let longestPart = (checks.flatMap(\.parts).map(\.count).max() ?? 0) + 1
    let narrowest = min(summaryWidth, max(16, longestPart))
    // "  title  bar 100  A  3 pass": two spaces, title, two spaces, bar, space, score, two
    // spaces, grade, two spaces, what the checks found.
    let fixed = 2 + 2 + 1 + 3 + 2 + gradeWidth + 2
    let longest = assessment.areas.map(\.area.title.count).max() ?? 0
    let barWidth = min(20, max(10, width - fixed - longest - summaryWidth))
    let summaryColumn = max(narrowest, min(summaryWidth, width - fixed - barWidth - longest))
    // Where that column would leave the titles too short to tell apart, what the checks
    // found goes under each row instead, from the bar's column.
    let beside = width - fixed - barWidth - summaryColumn >= min(longest, 16)
    // Under the rows, what the checks found starts at the bar, early enough for the longest
    // count and its comma.
    let titleWidth = max(
      1,
      beside
        ? min(longest, width - fixed - barWidth - summaryColumn)
        : min(longest, width - fixed - barWidth + 2, width - longestPart - 4))
    let hanging = beside ? fixed + titleWidth + barWidth : 4 + titleWidth
    let indent = "\n" + String(repeating: " ", count: hanging)
    var text = ""
    for area in checks {
      var title = area.area.area.title
      if title.count > titleWidth { title = String(title.prefix(titleWidth - 1)) + "…" }
      title += String(repeating: " ", count: titleWidth - title.count)
      let (cells, letter) = rowCells(area, barWidth: barWidth, in: assessment)
      // A blank letter column is padding, left out where a line ends there.
      let padding = String(
        repeating: " ", count: letter.map { gradeWidth - $0.count } ?? 2 + gradeWidth)
      let summary = Self.lines(of: area, within: beside ? summaryColumn : width - hanging)
      text += "  \(title)  \(cells)" + (beside ? "\(padding)  " : indent)
      text += summary.joined(separator: indent) + "\n"
    }
    let notes = ReportFormatting.areaNotes(assessment, checks: checks)
    if !notes.isEmpty {
      text += "\n" + notes.map { wrapper.wrap($0, indent: 2) }.joined()
    }
    return text
  }

  /// An area's bar, score and letter columns, and the letter shown: the grade beside a score,
  /// "–" where no check is made, and nothing where a gap holds the area (readers took a
  /// letter there for one earned; the note under the table says until which item the area
  /// is not scored).
  private func rowCells(
    _ area: AreaChecks, barWidth: Int, in assessment: Assessment
  ) -> (cells: String, letter: String?) {
    if let score = area.shownScore, let grade = area.area.grade {
      let number = ReportFormatting.wholeScore(score, grade: grade, in: assessment.framework)
      return (scoreCells(score, number, width: barWidth, grade: grade.letter), grade.letter)
    }
    if area.area.grade != nil {
      return (paint(String(repeating: "▒", count: barWidth), "2") + "   –", nil)
    }
    return (String(repeating: "·", count: barWidth) + "   –  –", "–")
  }

  /// What an area's checks found, broken after a comma into lines of at most `width`
  /// columns ("3 pass, 1 met in part," then "2 fail").
  private static func lines(of area: AreaChecks, within width: Int) -> [String] {
    guard !area.parts.isEmpty else { return [area.summary] }
    var lines: [String] = []
    for (index, part) in area.parts.enumerated() {
      // A line that more counts follow ends in a comma.
      let comma = index < area.parts.count - 1 ? 1 : 0
      if let last = lines.last, last.count + 2 + part.count + comma <= width {
        lines[lines.count - 1] += ", " + part
      } else {
        if !lines.isEmpty { lines[lines.count - 1] += "," }
        lines.append(part)
      }
    }
    return lines
  }

  /// An area's bar, score and grade.
  private func scoreCells(_ score: Double, _ number: String, width: Int, grade: String) -> String {
    let filled = NumberText.clampedCount(score / 100 * Double(width), limit: width)
    let padding = String(repeating: " ", count: max(0, 3 - number.count))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let colour = score >= 70 ? "32" : score >= 40 ? "33" : "31"
    return "\(paint(bar, colour)) \(padding)\(number)  \(grade)"
  }

  private func paint(_ text: String, _ code: String) -> String {
    guard usesColour else { return text }
    // Colour each line on its own, so that the escape never spans a line break.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.map { $0.isEmpty ? "" : "\u{1B}[\(code)m\($0)\u{1B}[0m" }.joined(separator: "\n")
  }
}
