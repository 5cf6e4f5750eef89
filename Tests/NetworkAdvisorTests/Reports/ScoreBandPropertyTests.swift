import Foundation
import Testing

@testable import NetworkAdvisor

/// The overall score agrees with the grade, the projection claims only what following the
/// recommendations gives, and conditions before approval are the failures that matter:
/// properties over hundreds of generated designs and every scenario proposal.
@Suite struct ScoreBandPropertyTests {
  static let seeds: [UInt64] = Array(1...300)

  /// Every proposal of the scenario suite.
  static let scenarioProposals: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("scenarios/proposals")))
    ?? []).filter { $0.hasSuffix(".proposal.json") }.sorted().map { "scenarios/proposals/\($0)" }

  static func assessments(seed: UInt64) -> Assessment {
    DesignGenerator.design(seed: seed).assessment()
  }

  /// The lowest and (for all but the best grade) the first score above the band of a grade.
  static func band(of grade: Framework.Grade, in framework: Framework) -> (Double, Double?) {
    let rank = framework.rank(of: grade.letter)
    return (grade.threshold, rank > 0 ? framework.grades[rank - 1].threshold : nil)
  }

  /// Whether a score, as stored and as reports round it, lies in the band of a grade.
  static func lies(_ score: Double, in grade: Framework.Grade, of framework: Framework) -> Bool {
    let (low, high) = band(of: grade, in: framework)
    return [score, NumberText.rounded(score, decimals: 1)].allSatisfy { value in
      value >= low - 1e-9 && high.map { value < $0 - 1e-9 } ?? true
    }
  }

  /// The assessment's rule outcomes (presumptions applied) with the first `count`
  /// recommendations' rules passing, scored and judged as the assessment scores them.
  static func following(_ count: Int, of assessment: Assessment) -> (
    summary: Scoring.Summary, verdict: String
  ) {
    var outcomes = assessment.findings.map(\.outcome)
    let ids = Set(assessment.recommendations.prefix(count).map(\.rule.id))
    for index in outcomes.indices where ids.contains(assessment.findings[index].rule.id) {
      outcomes[index] = .pass
    }
    let scoring = Scoring(framework: assessment.framework, credits: assessment.credits)
    let summary = scoring.summarise(outcomes)
    return (summary, scoring.verdict(for: summary, outcomes: outcomes))
  }

  static func verdictRank(_ verdict: String) -> Int {
    FrameworkLoader.verdictIDs.firstIndex(of: verdict) ?? FrameworkLoader.verdictIDs.count
  }

  static func checkScore(_ assessment: Assessment, _ name: String) {
    let framework = assessment.framework
    #expect(
      lies(assessment.score, in: assessment.grade, of: framework),
      "\(name): score \(assessment.score) outside grade \(assessment.grade.letter)")
    #expect(
      lies(assessment.uncappedScore, in: assessment.uncappedGrade, of: framework),
      "\(name): rules met \(assessment.uncappedScore), grade \(assessment.uncappedGrade.letter)")
    #expect(assessment.uncappedScore >= assessment.score - 1e-9, "\(name)")
    if assessment.grade.letter == assessment.uncappedGrade.letter {
      #expect(abs(assessment.uncappedScore - assessment.score) < 1e-9, "\(name)")
    }
    // Each recommendation's gain is what following it alone does to the reported score.
    for (position, recommendation) in assessment.recommendations.enumerated() {
      var outcomes = assessment.findings.map(\.outcome)
      let index = assessment.findings.firstIndex { $0.rule.id == recommendation.rule.id }!
      outcomes[index] = .pass
      let after = Scoring(framework: framework, credits: assessment.credits).summarise(outcomes)
      #expect(
        abs(after.score - assessment.score - recommendation.gain) < 1e-9,
        "\(name): gain of \(recommendation.rule.id)")
      #expect(
        abs(after.uncappedScore - assessment.uncappedScore - recommendation.uncappedGain) < 1e-9,
        "\(name): gain to the rules met of \(recommendation.rule.id)")
      #expect(after.grade.letter == recommendation.gradeIfFixed.letter, "\(name)")
      // Failed essential rules first (those capping lowest first), then by gain; a rule that
      // `follows` another failed one is placed after it instead (FollowsTests), so the pairs
      // it moved are not compared here.
      if position > 0,
        case let earlier = assessment.recommendations[position - 1],
        !Self.movedByFollows(earlier, recommendation, in: assessment)
      {
        let caps = [earlier, recommendation].map {
          $0.rule.cap.map(framework.rank(of:)) ?? -1
        }
        #expect(caps[0] >= caps[1], "\(name): \(recommendation.rule.id) after a lesser cap")
        if caps[0] == caps[1] {
          #expect(earlier.gain >= recommendation.gain - 1e-9, "\(name): order by gain")
        }
      }
    }
  }

  /// Whether either of two neighbouring recommendations follows a failed rule, and so may
  /// stand where `follows` put it rather than where the caps and gains would.
  static func movedByFollows(
    _ earlier: Assessment.Recommendation, _ later: Assessment.Recommendation,
    in assessment: Assessment
  ) -> Bool {
    let failed = Set(assessment.recommendations.map(\.rule.id))
    return [earlier, later].contains { recommendation in
      recommendation.rule.follows.contains(where: failed.contains)
    }
  }

  static func checkProjection(_ assessment: Assessment, _ name: String) {
    let framework = assessment.framework
    let steps = assessment.projection
    #expect(steps.count <= 2, "\(name)")
    let byVerdict = steps.first.map { $0.verdict != assessment.verdict } ?? false
    let lastEssential =
      assessment.recommendations.lastIndex { $0.rule.isEssential }.map { $0 + 1 } ?? 0
    for step in steps {
      let after = following(step.count, of: assessment)
      // What the step claims is what following those recommendations gives.
      #expect(after.summary.grade.letter == step.grade.letter, "\(name): step \(step.count)")
      #expect(after.verdict == step.verdict, "\(name): step \(step.count)")
      #expect(abs(after.summary.score - step.score) < 1e-9, "\(name): step \(step.count)")
      // It is better than now, and never claims the best while an essential failure stays.
      if byVerdict {
        #expect(Self.verdictRank(step.verdict) < Self.verdictRank(assessment.verdict), "\(name)")
      } else {
        #expect(
          framework.rank(of: step.grade.letter) < framework.rank(of: assessment.grade.letter),
          "\(name)")
      }
      if Self.verdictRank(step.verdict) == 0 || framework.rank(of: step.grade.letter) == 0 {
        #expect(step.count >= lastEssential, "\(name): best claimed before every essential")
      }
    }
    // The first step is the shortest prefix that gets better.
    if let first = steps.first {
      for count in 1..<first.count {
        let after = following(count, of: assessment)
        let better =
          byVerdict
          ? Self.verdictRank(after.verdict) < Self.verdictRank(assessment.verdict)
          : framework.rank(of: after.summary.grade.letter)
            < framework.rank(of: assessment.grade.letter)
        let claimsBest =
          Self.verdictRank(after.verdict) == 0
          || framework.rank(of: after.summary.grade.letter) == 0
        #expect(!better || (claimsBest && count < lastEssential), "\(name): \(count) already")
      }
    }
    if let sentence = ReportFormatting.projectionSentence(assessment) {
      #expect(!sentence.contains("stays"), "\(name): \(sentence)")
    } else {
      // No projection only when following every recommendation changes neither.
      let all = following(assessment.recommendations.count, of: assessment)
      #expect(
        Self.verdictRank(all.verdict) >= Self.verdictRank(assessment.verdict)
          && framework.rank(of: all.summary.grade.letter)
            >= framework.rank(of: assessment.grade.letter),
        "\(name): a better verdict or grade left unsaid")
    }
  }

  static func checkConditions(_ assessment: Assessment, _ name: String) {
    guard !assessment.conditions.isEmpty else { return }
    let failed = assessment.recommendations.map(\.rule)
    if failed.contains(where: \.isEssential) {
      let smaller = assessment.conditions.filter { !$0.rule.isEssential }
      #expect(
        smaller.isEmpty,
        "\(name): a smaller gap made a condition beside one that caps the grade")
    }
  }

  @Test(arguments: seeds)
  func generatedDesigns(_ seed: UInt64) {
    let assessment = Self.assessments(seed: seed)
    Self.checkScore(assessment, "seed \(seed)")
    Self.checkProjection(assessment, "seed \(seed)")
    Self.checkConditions(assessment, "seed \(seed)")
  }

  @Test(arguments: scenarioProposals)
  func scenarioProposal(_ path: String) {
    let assessment = SeedCoverageTests.Document(path: path).assessment()
    Self.checkScore(assessment, path)
    Self.checkProjection(assessment, path)
    Self.checkConditions(assessment, path)
  }

  /// A score is held to the last tenth below the next grade's threshold, and its rounding
  /// never reads as another grade, for thresholds of any precision.
  @Test(arguments: [
    (89.96, 1, 89.9), (95.5, 3, 61.9), (61.95, 3, 61.9), (62.3, 3, 61.9), (50.0, 3, 50.0),
    (100.0, 0, 100.0), (44.96, 4, 44.9), (0.0, 4, 0.0),
  ])
  func heldScores(_ score: Double, _ rank: Int, _ held: Double) {
    let table = Fixtures.framework.scoringTable
    #expect(abs(table.held(score, inRank: rank) - held) < 1e-9)
  }

  @Test func heldScoresWithThresholdsOfTwoDecimals() {
    let table = ScoringTable(
      areas: [],
      scale: GradeScale([
        Framework.Grade(letter: "A", label: "a", threshold: 62.05),
        Framework.Grade(letter: "B", label: "b", threshold: 45.04),
        Framework.Grade(letter: "C", label: "c", threshold: 0),
      ]), severities: [], rules: [])
    // Below 62.05 and rounding below it too.
    #expect(abs(table.held(70, inRank: 1) - 62.0) < 1e-9)
    #expect(table.gradeRank(for: 62.0) == 1)
    // 45.04 rounds to 45.0, below B's threshold: held at the first tenth above it.
    #expect(abs(table.held(45.04, inRank: 1) - 45.1) < 1e-9)
  }
}
