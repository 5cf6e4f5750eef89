/// Several assessments side by side, for a broker checking many proposals against one
/// framework: a row per network with its grade, score, verdict and first recommendation,
/// and the area grades of each.
public enum ComparisonReport {
  /// One assessed proposal and the file it came from.
  public struct Entry: Sendable {
    public let file: String
    public let assessment: Assessment

    /// Pairs an assessment with its file.
    public init(file: String, assessment: Assessment) {
      self.file = file
      self.assessment = assessment
    }
  }

  /// A plain-text table, best score first.
  public static func text(_ entries: [Entry]) -> String {
    let ranked = ranked(entries)
    // Names longer than 40 characters are shortened so the table stays readable.
    let names = ranked.map { HTML.shortened($0.assessment.subjectName, to: 40) }
    let width = max(7, names.map(\.count).max() ?? 0)
    var text =
      "Network" + String(repeating: " ", count: width - 7)
      + "  Grade  Score  Verdict                First recommendation\n"
    for (entry, name) in zip(ranked, names) {
      let a = entry.assessment
      let score = ReportFormatting.score(a.score)
      text += name + String(repeating: " ", count: max(0, width - name.count)) + "  "
      text += a.grade.letter.padding(toLength: 5, withPad: " ", startingAt: 0) + "  "
      text += String(repeating: " ", count: max(0, 5 - score.count)) + score + "  "
      text += a.verdict.padding(toLength: 21, withPad: " ", startingAt: 0) + "  "
      text += (a.recommendations.first.map { $0.rule.title } ?? "none") + "\n"
    }
    text += "\n\(entries.count) proposal\(entries.count == 1 ? "" : "s"): "
    let verdicts = FrameworkLoader.verdictIDs.map { id in
      (id, entries.filter { $0.assessment.verdict == id }.count)
    }
    text += verdicts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + "\n"
    return text
  }

  /// A Markdown table of the overall results and one of the area grades.
  public static func markdown(_ entries: [Entry]) -> String {
    let ranked = ranked(entries)
    var text = "# Comparison of \(entries.count) proposal\(entries.count == 1 ? "" : "s")\n\n"
    if let framework = entries.first?.assessment.framework {
      text += "Framework: \(MarkdownReport.escape(framework.name)) (`\(framework.digest)`)\n\n"
    }
    text +=
      "| Network | Grade | Score | Verdict | First recommendation | File |\n|---|:-:|--:|---|---|---|\n"
    for entry in ranked {
      let a = entry.assessment
      text +=
        "| \(MarkdownReport.escape(a.subjectName)) | \(a.grade.letter) | \(ReportFormatting.score(a.score)) | \(a.verdict) | "
      text +=
        "\(a.recommendations.first.map { MarkdownReport.escape($0.rule.title) } ?? "none") | \(MarkdownReport.escape(entry.file)) |\n"
    }
    guard let areas = entries.first?.assessment.areas.map(\.area) else { return text }
    text +=
      "\n## Area grades\n\n| Network | "
      + areas.map { MarkdownReport.escape($0.title) }.joined(separator: " | ") + " |\n"
    text += "|---|" + areas.map { _ in ":-:|" }.joined() + "\n"
    for entry in ranked {
      text += "| \(MarkdownReport.escape(entry.assessment.subjectName)) | "
      text +=
        entry.assessment.areas.map { $0.grade?.letter ?? "–" }.joined(separator: " | ") + " |\n"
    }
    return text
  }

  /// JSON: `network-comparison/1`, with each network's overall result and area scores, in
  /// the order the proposals were given.
  public static func json(_ entries: [Entry]) -> String {
    let framework = entries.first?.assessment.framework
    var members: [(String, JSONValue)] = [("format", .string("network-comparison/1"))]
    if let framework {
      members.append(
        (
          "framework",
          .object([
            ("name", .string(framework.name)), ("rules", .number(Double(framework.rules.count))),
            ("digest", .string(framework.digest)),
          ])
        ))
    }
    members.append(
      (
        "networks",
        .array(
          entries.map { entry in
            let a = entry.assessment
            return .object([
              ("file", .string(entry.file)),
              ("network", .string(a.subjectName)),
              ("score", JSONReport.rounded(a.score)),
              ("grade", .string(a.grade.letter)),
              ("uncappedGrade", .string(a.uncappedGrade.letter)),
              ("verdict", .string(a.verdict)),
              ("failed", .number(Double(a.recommendations.count))),
              ("firstRecommendation", a.recommendations.first.map { .string($0.rule.id) } ?? .null),
              (
                "areas",
                .object(a.areas.map { ($0.area.id, $0.score.map(JSONReport.rounded) ?? .null) })
              ),
            ])
          })
      ))
    return JSONWriter.pretty(.object(members))
  }

  /// Best score first; ties in the order given.
  static func ranked(_ entries: [Entry]) -> [Entry] {
    entries.enumerated().sorted { a, b in
      a.element.assessment.score != b.element.assessment.score
        ? a.element.assessment.score > b.element.assessment.score : a.offset < b.offset
    }.map(\.element)
  }
}
