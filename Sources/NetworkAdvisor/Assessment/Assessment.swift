/// A framework's judgement of one subject: findings, area and overall scores and grades,
/// caps, the verdict and prioritised recommendations.
///
/// Grading is generic: every parameter (weights, thresholds, caps, verdict conditions)
/// comes from the framework's rule files.
public struct Assessment: Sendable {
  public struct Finding: Sendable {
    public let rule: Rule
    public let outcome: Outcome
    /// The advice for a failure; the rule's title otherwise.
    public let message: String
  }

  public struct AreaResult: Sendable {
    public let area: Framework.Area
    /// `nil` when no rule of the area applies; such an area does not count in the overall.
    public let score: Double?
    public let grade: Framework.Grade?
    public let passed: Int
    public let failed: Int
    public let notApplicable: Int
  }

  public struct Recommendation: Sendable {
    public let rule: Rule
    /// 1 for the first thing to do.
    public let priority: Int
    public let advice: String
    /// The rise in the overall score if this rule alone passed.
    public let gain: Double
    /// The overall grade if this rule alone passed.
    public let gradeIfFixed: Framework.Grade
  }

  /// The effect of following the first few recommendations together.
  public struct CombinedEffect: Sendable {
    public let count: Int
    public let score: Double
    public let grade: Framework.Grade
  }

  public let framework: Framework
  public let subjectName: String
  public let findings: [Finding]
  public let areas: [AreaResult]
  public let score: Double
  public let grade: Framework.Grade
  public let uncappedGrade: Framework.Grade
  /// The failed essential rules whose caps lowered the grade.
  public let cappedBy: [Rule]
  public let verdict: String
  public let recommendations: [Recommendation]
  public let combined: CombinedEffect?

  /// Assesses a subject's fields with a framework.
  public init(framework: Framework, subjectName: String, fields: [Value]) {
    let results = framework.evaluate(fields)
    self.init(framework: framework, subjectName: subjectName, results: results)
  }

  init(framework: Framework, subjectName: String, results: [(outcome: Outcome, advice: String?)]) {
    self.framework = framework
    self.subjectName = subjectName
    let outcomes = results.map(\.outcome)
    findings = zip(framework.rules, results).map { rule, result in
      Finding(rule: rule, outcome: result.outcome, message: result.advice ?? rule.title)
    }
    let scoring = Scoring(framework: framework)
    let summary = scoring.summarise(outcomes)
    areas = framework.areas.indices.map { index in
      let counts = outcomes.indices.filter { framework.rules[$0].areaIndex == index }.map {
        outcomes[$0]
      }
      return AreaResult(
        area: framework.areas[index], score: summary.areaScores[index],
        grade: summary.areaScores[index].map(framework.grade(for:)),
        passed: counts.filter { $0 == .pass }.count, failed: counts.filter { $0 == .fail }.count,
        notApplicable: counts.filter { $0 == .notApplicable }.count)
    }
    score = summary.score
    grade = summary.grade
    uncappedGrade = summary.uncappedGrade
    cappedBy = summary.cappedBy.map { framework.rules[$0] }
    verdict = scoring.verdict(for: summary, outcomes: outcomes)

    let failedIndices = outcomes.indices.filter { outcomes[$0] == .fail }
    let ranked = failedIndices.map { index -> (index: Int, gain: Double, grade: Framework.Grade) in
      var fixed = outcomes
      fixed[index] = .pass
      let after = scoring.summarise(fixed)
      return (index, after.score - summary.score, after.grade)
    }.sorted { a, b in
      let (ruleA, ruleB) = (framework.rules[a.index], framework.rules[b.index])
      if ruleA.isEssential != ruleB.isEssential { return ruleA.isEssential }
      if abs(a.gain - b.gain) > 1e-9 { return a.gain > b.gain }
      return a.index < b.index
    }
    recommendations = ranked.enumerated().map { position, item in
      Recommendation(
        rule: framework.rules[item.index], priority: position + 1,
        advice: results[item.index].advice ?? "", gain: item.gain, gradeIfFixed: item.grade)
    }
    if ranked.count >= 2 {
      var fixed = outcomes
      let count = min(3, ranked.count)
      for item in ranked.prefix(count) { fixed[item.index] = .pass }
      let after = scoring.summarise(fixed)
      combined = CombinedEffect(count: count, score: after.score, grade: after.grade)
    } else {
      combined = nil
    }
  }
}
