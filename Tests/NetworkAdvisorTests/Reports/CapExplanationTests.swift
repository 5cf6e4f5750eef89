import Testing

@testable import NetworkAdvisor

/// A grade lower than the score alone would give is always explained: the failures that
/// hold it there are named, in every format, in words a broker comparing scores reads right.
@Suite struct CapExplanationTests {
  /// Capped by a rule's own severity, and by the framework's cap on several substantive
  /// failures that hold the grade only together.
  static let capped = [
    "scenarios/proposals/too-large.proposal.json",
    "scenarios/proposals/two-schools-do-the-work.proposal.json",
  ]

  @Test(arguments: capped, ["text", "markdown", "html"])
  func aCappedGradeSaysWhatHoldsIt(_ path: String, _ format: String) throws {
    let result = Fixtures.run(["assess", Fixtures.path(path), "--format", format])
    // Lines wrap anywhere in the text report: read it as one line.
    let flat = result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let assessment = SeedCoverageTests.Document(path: path).assessment()
    let grade = assessment.grade.letter
    // The grade is explained by the network's gaps, never by what the score alone would earn.
    #expect(flat.contains("Grade \(grade), because of"), "\(path) \(format)")
    #expect(!flat.contains("would earn"), "\(path) \(format)")
    // A held score, the top of the grade's band, is not shown as if it measured the design.
    #expect(
      !flat.contains("Score \(ReportFormatting.score(assessment.score)) out of 100")
        && !flat.contains("\(ReportFormatting.score(assessment.score))</strong> out of 100"),
      "\(path) \(format)")
    // Each gap that holds the grade is named, with the number of its advice.
    for rule in assessment.cappedBy {
      let item = try #require(ReportFormatting.item(of: rule, in: assessment))
      #expect(
        flat.contains("What to do first, \(item)") || flat.contains("\(item). "),
        "\(path) \(format)")
    }
  }

  @Test func everyLoweredGradeNamesItsFailuresOverGeneratedDesigns() {
    var lowered = 0
    for seed in UInt64(1)...200 {
      let assessment = DesignGenerator.design(seed: seed).assessment()
      guard assessment.grade.letter != assessment.uncappedGrade.letter else { continue }
      lowered += 1
      #expect(!assessment.cappedBy.isEmpty, "seed \(seed)")
      #expect(
        assessment.cappedBy.allSatisfy { rule in
          assessment.findings.contains { $0.rule.id == rule.id && $0.outcome == .fail }
        }, "seed \(seed)")
    }
    #expect(lowered >= 20, "the generator gives capped designs: \(lowered)")
  }
}
