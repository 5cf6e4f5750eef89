extension ComparisonReport {
  /// The columns of the CSV portfolio, in order.
  package static let csvColumns = [
    "file", "network", "schools", "knots", "score", "grade", "verdict", "failed rules",
    "first recommendation", "conditions or reasons", "problem", "report",
  ]

  /// CSV (RFC 4180): a header, then one record per file in the order given; a refused file
  /// has its verdict `refused` and its first problem, and no figures.
  package static func csv(_ entries: [Entry]) -> String {
    var text = CSV.record(csvColumns)
    for entry in entries {
      guard let a = entry.assessment, let proposal = entry.proposal else {
        text += CSV.record([
          entry.file, "", "", "", "", "", "refused", "", "", "", entry.problem ?? "", "",
        ])
        continue
      }
      text += CSV.record([
        entry.file, a.subjectName, String(proposal.schools.count), String(proposal.knots.count),
        ReportFormatting.score(a.score), a.grade.letter, a.verdict,
        String(a.recommendations.count), a.recommendations.first?.rule.headline ?? "",
        entry.verdictPoints.map { "\($0.message) [\($0.rule.id)]" }.joined(separator: "\n"),
        "", entry.report ?? "",
      ])
    }
    return text
  }
}
