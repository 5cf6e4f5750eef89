/// Several proposals side by side, for a broker checking a round of them against one
/// framework: a row per file with its grade, score, verdict and first recommendation (or,
/// for a refused file, its first problem), the weaknesses most common across the
/// portfolio, and the area grades of each network.
package enum ComparisonReport {
  /// One proposal file of the portfolio: assessed, or refused with its first problem.
  package struct Entry: Sendable {
    /// What became of the file.
    package enum Outcome: Sendable {
      /// The proposal was read and assessed: the assessment, and the facts derived from the
      /// proposal as it was read (which hold the proposal).
      case assessed(Assessment, DerivedFacts)
      /// The file was refused: its first problem, located, and how many problems it has.
      case refused(problem: String, problems: Int)
    }

    /// The file, as named on the command line or found in a folder.
    package let file: String
    /// The assessment, or why the file was refused.
    package let outcome: Outcome
    /// Where the network's own report was written, as a link from the portfolio page.
    package var report: String?
    /// The first problem of a refused file, as a value, for the JSON portfolio.
    package var diagnostic: Diagnostic?

    /// Pairs a file with what became of it (and, when refused, its first problem).
    package init(
      file: String, outcome: Outcome, report: String? = nil, diagnostic: Diagnostic? = nil
    ) {
      self.file = file
      self.outcome = outcome
      self.report = report
      self.diagnostic = diagnostic
    }

    /// The assessment, when the file was assessed.
    package var assessment: Assessment? {
      if case .assessed(let assessment, _) = outcome { return assessment }
      return nil
    }

    /// The proposal, when the file was assessed.
    package var proposal: Proposal? { facts?.proposal }

    /// The facts derived from the proposal when it was read, when the file was assessed.
    package var facts: DerivedFacts? {
      if case .assessed(_, let facts) = outcome { return facts }
      return nil
    }

    /// The first problem, when the file was refused.
    package var problem: String? {
      if case .refused(let problem, _) = outcome { return problem }
      return nil
    }

    /// The network's name, or `nil` for a refused file.
    package var network: String? { assessment?.subjectName }

    /// What explains the verdict: the reasons for `not-ready` or the conditions before
    /// approval; empty for `ready` and for a refused file.
    package var verdictPoints: [Assessment.VerdictPoint] {
      guard let assessment else { return [] }
      return assessment.reasons + assessment.conditions
    }

    /// "Not ready because" or "Conditions of approval", for the verdict points.
    var verdictPointsHeading: String {
      assessment?.reasons.isEmpty == false ? "Not ready because" : "Conditions of approval"
    }
  }

  /// A rule that networks of the portfolio fail, and which.
  package struct Weakness: Sendable {
    /// The failed rule.
    package let rule: Rule
    /// The entries whose network fails it, in the order given.
    package let entries: [Entry]
  }

  /// Each rule that at least one network fails, most often failed first; ties essential
  /// rules first, then in the framework's order.
  package static func weaknesses(_ entries: [Entry]) -> [Weakness] {
    guard let framework = entries.lazy.compactMap(\.assessment).first?.framework else { return [] }
    let failing = framework.rules.indices.map { index in
      entries.filter { $0.assessment?.findings[index].outcome == .fail }
    }
    return framework.rules.indices.filter { !failing[$0].isEmpty }.sorted { a, b in
      if failing[a].count != failing[b].count { return failing[a].count > failing[b].count }
      let (ruleA, ruleB) = (framework.rules[a], framework.rules[b])
      if ruleA.isEssential != ruleB.isEssential { return ruleA.isEssential }
      return a < b
    }.map { Weakness(rule: framework.rules[$0], entries: failing[$0]) }
  }

  /// Assessed entries best grade first, then best score, then best score of the rules met
  /// (ties in the order given), then refused ones in the order given. The grade leads: a capped grade says what the score
  /// alone does not (a network whose one gap is counted once can score high and be D).
  static func ranked(_ entries: [Entry]) -> [Entry] {
    entries.enumerated().sorted { a, b in
      switch (a.element.assessment, b.element.assessment) {
      case (let x?, let y?):
        let (gradeX, gradeY) = (
          x.framework.rank(of: x.grade.letter), y.framework.rank(of: y.grade.letter)
        )
        if gradeX != gradeY { return gradeX < gradeY }
        if x.score != y.score { return x.score > y.score }
        // Two networks held at the top of the same grade: the one whose rules met score
        // higher has less to mend beyond what holds it.
        if x.uncappedScore != y.uncappedScore { return x.uncappedScore > y.uncappedScore }
        return a.offset < b.offset
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.offset < b.offset
      }
    }.map(\.element)
  }

  /// How many entries have each verdict (refused last), leaving out the verdicts no entry has.
  static func verdictCounts(_ entries: [Entry]) -> [(verdict: String, count: Int)] {
    let counts = (FrameworkLoader.verdictIDs + ["refused"]).map { id in
      (id, entries.filter { ($0.assessment?.verdict ?? "refused") == id }.count)
    }
    return counts.filter { $0.1 > 0 }
  }

  /// "6 proposals: 3 ready, 1 not-ready, 2 refused"
  static func tally(_ entries: [Entry]) -> String {
    "\(entries.count) proposal\(entries.count == 1 ? "" : "s"): "
      + verdictCounts(entries).map { "\($0.count) \($0.verdict)" }.joined(separator: ", ")
  }

  /// "2 of 5 networks"
  static func share(_ weakness: Weakness, of entries: [Entry]) -> String {
    let assessed = entries.filter { $0.assessment != nil }.count
    return "\(weakness.entries.count) of \(assessed) network\(assessed == 1 ? "" : "s")"
  }

  /// A path shortened from the front, so its file name stays whole: "…/term-2/riverside.json".
  static func shortenedPath(_ path: String, to limit: Int) -> String {
    let flat = HTML.shortened(path, to: Int.max)
    return flat.count > limit ? "…" + String(flat.suffix(limit - 1)) : flat
  }

  /// A plain-text table, best score first and refused files last, then the most common
  /// weaknesses.
  package static func text(_ entries: [Entry]) -> String {
    let ranked = ranked(entries)
    // Long names and paths are shortened so the table stays readable.
    let names = ranked.map { HTML.shortened($0.network ?? "(refused)", to: 40) }
    let files = ranked.map { shortenedPath($0.file, to: 48) }
    let width = max(7, names.map(\.count).max() ?? 0)
    let fileWidth = max(4, files.map(\.count).max() ?? 0)
    func padded(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(0, width - text.count))
    }
    var text =
      padded("Network", width) + "  Grade  Score  Verdict                "
      + padded("File", fileWidth)
      + "  First recommendation\n"
    for (entry, (name, file)) in zip(ranked, zip(names, files)) {
      text += padded(name, width) + "  "
      if let a = entry.assessment {
        let score = ReportFormatting.score(a.score)
        text += padded(a.grade.letter, 5) + "  "
        text += String(repeating: " ", count: max(0, 5 - score.count)) + score + "  "
        text += padded(a.verdict, 21) + "  " + padded(file, fileWidth) + "  "
        text += (a.recommendations.first.map { $0.rule.headline } ?? "none") + "\n"
      } else {
        text +=
          "–      " + "    –  " + padded("refused", 21) + "  " + padded(file, fileWidth) + "  "
        text += HTML.shortened(entry.problem ?? "", to: Int.max) + "\n"
      }
    }
    text += "\n" + tally(entries) + "\n"
    let explained = ranked.filter { !$0.verdictPoints.isEmpty }
    if !explained.isEmpty {
      text += "\nReasons and conditions\n"
      for entry in explained {
        text +=
          "  \(HTML.shortened(entry.network ?? "", to: 60)) (\(shortenedPath(entry.file, to: 40))): \(entry.verdictPointsHeading.lowercased()):\n"
        for point in entry.verdictPoints {
          text += TextReport().wrap("- \(point.message) [\(point.rule.id)]", indent: 4, hanging: 2)
        }
      }
    }
    let weaknesses = weaknesses(entries)
    if !weaknesses.isEmpty {
      let shown = 5
      text += "\nMost common weaknesses\n"
      for weakness in weaknesses.prefix(shown) {
        let essential = weakness.rule.isEssential ? " (\(weakness.rule.severityLabel ?? ""))" : ""
        text +=
          "  \(share(weakness, of: entries)): \(weakness.rule.title)\(essential)  [\(weakness.rule.id)]\n"
        let which = weakness.entries.map {
          "\(HTML.shortened($0.network ?? "", to: 40)) (\(shortenedPath($0.file, to: 40)))"
        }
        text += TextReport().wrap(which.joined(separator: ", "), indent: 4)
      }
      if weaknesses.count > shown {
        text += "  … and \(weaknesses.count - shown) more failed rules (see --format markdown).\n"
      }
    }
    return text
  }

  /// Markdown: the portfolio table, the most common weaknesses and the area grades.
  package static func markdown(_ entries: [Entry]) -> String {
    let ranked = ranked(entries)
    let escape = MarkdownReport.escape
    var text = "# Comparison of \(entries.count) proposal\(entries.count == 1 ? "" : "s")\n\n"
    if let framework = entries.lazy.compactMap(\.assessment).first?.framework {
      text += "Framework: \(escape(framework.name)) (`\(framework.digest)`)\n\n"
    }
    text += tally(entries) + ".\n\n"
    text +=
      "| Network | File | Grade | Score | Verdict | Failed rules | First recommendation |\n|---|---|:-:|--:|---|--:|---|\n"
    for entry in ranked {
      let name = entry.network.map(escape) ?? "*refused*"
      let file =
        entry.report.map { "[\(escape(entry.file))](\(linkTarget($0)))" } ?? escape(entry.file)
      if let a = entry.assessment {
        text +=
          "| \(name) | \(file) | \(a.grade.letter) | \(ReportFormatting.score(a.score)) | \(a.verdict) | \(a.recommendations.count) | "
        text += "\(a.recommendations.first.map { escape($0.rule.headline) } ?? "none") |\n"
      } else {
        text += "| \(name) | \(file) | – | – | refused | – | \(escape(entry.problem ?? "")) |\n"
      }
    }
    let explained = ranked.filter { !$0.verdictPoints.isEmpty }
    if !explained.isEmpty {
      text += "\n## Reasons and conditions\n"
      for entry in explained {
        text +=
          "\n**\(escape(entry.network ?? ""))** (\(escape(entry.file))), \(entry.assessment?.verdict ?? ""). \(entry.verdictPointsHeading):\n\n"
        for point in entry.verdictPoints {
          text += "- \(escape(point.message)) (`\(point.rule.id)`)\n"
        }
      }
    }
    let weaknesses = weaknesses(entries)
    if !weaknesses.isEmpty {
      text += "\n## Most common weaknesses\n\n| Rule | Networks | Which |\n|---|--:|---|\n"
      for weakness in weaknesses {
        let essential = weakness.rule.isEssential ? " (\(weakness.rule.severityLabel ?? ""))" : ""
        let which = weakness.entries.map { "\(escape($0.network ?? "")) (\(escape($0.file)))" }
        text +=
          "| \(escape(weakness.rule.title))\(essential) `\(weakness.rule.id)` | \(weakness.entries.count) | \(which.joined(separator: "; ")) |\n"
      }
    }
    let assessed = ranked.filter { $0.assessment != nil }
    guard let areas = assessed.first?.assessment?.areas.map(\.area) else { return text }
    text +=
      "\n## Area grades\n\n| Network | File | "
      + areas.map { escape($0.title) }.joined(separator: " | ") + " |\n"
    text += "|---|---|" + areas.map { _ in ":-:|" }.joined() + "\n"
    for entry in assessed {
      guard let a = entry.assessment else { continue }
      text += "| \(escape(a.subjectName)) | \(escape(entry.file)) | "
      text += a.areas.map { $0.grade?.letter ?? "–" }.joined(separator: " | ") + " |\n"
    }
    return text
  }

  /// A relative path as a link target: each character that would end or change a
  /// Markdown or HTML link is percent-encoded.
  static func linkTarget(_ path: String) -> String {
    var output = ""
    for byte in path.utf8 {
      let character = Character(Unicode.Scalar(byte))
      if byte < 0x80, character.isLetter || character.isNumber || "-._~/".contains(character) {
        output.append(character)
      } else {
        output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return output
  }
}

extension String {
  /// The string with zeros before it up to `length` characters.
  fileprivate func leftPadded(to length: Int) -> String {
    String(repeating: "0", count: max(0, length - count)) + self
  }
}
