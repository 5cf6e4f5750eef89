/// Turns rule outcomes into scores and grades, so that the assessment and its
/// what-if questions ("if this rule passed…") share one calculation.
struct Scoring {
  struct Summary {
    /// Per area, in framework order; `nil` where no rule applies.
    var areaScores: [Double?]
    /// The overall score, held within the band of `grade`: a cap that lowers the grade
    /// lowers the score to just below the next grade's threshold, so that no score
    /// contradicts the grade.
    var score: Double
    /// The score the rules met, before any cap: the area scores' weighted mean.
    var uncappedScore: Double
    var grade: Framework.Grade
    var uncappedGrade: Framework.Grade
    /// Indices of failed essential rules that lowered the grade.
    var cappedBy: [Int]
  }

  let framework: Framework
  /// By rule, the share of its weight a failure still earns (its `partial credit`, 0 to 1);
  /// empty when no failure earns any.
  var credits: [Double] = []

  /// Area score: the weighted share of the area's applicable rules that pass, 0 to 100; a
  /// failure adds its partial credit's share of its weight.
  /// Overall: the mean of the scored areas, weighted by area weight. A failed rule with a
  /// cap (by its severity, or as essential) caps the grade at the grade it names, and the
  /// framework's caps of the assessment as a whole may lower it further.
  /// - Parameter namingCaps: whether to work out which failed rules hold a cap of the
  ///   assessment as a whole in place (one more summary per failed capping rule); what-if
  ///   questions leave it off.
  /// - Complexity: the rules' part is one pass over arrays of numbers prepared with the
  ///   framework, so the many what-if summaries of an assessment copy no rules.
  func summarise(_ outcomes: [Outcome], namingCaps: Bool = false) -> Summary {
    let table = framework.scoringTable
    let (areaScores, score) = areaScores(outcomes)
    let uncapped = table.gradeRank(for: score)
    var (grade, cappedBy) = table.heldByRuleCaps(outcomes, uncapped: uncapped)
    // Caps of the assessment as a whole (several substantive failures, say) read the facts
    // after the rules' own caps. When one lowers the grade further, the failed rules named
    // are those that hold it there: a rule whose own cap is as low, or one whose passing
    // alone would lift the grade.
    let worst = gradeAfterFrameworkCaps(
      outcomes, score: score, grade: grade, uncapped: uncapped)
    if worst != grade {
      grade = worst
      if namingCaps { cappedBy = rulesHolding(worst, outcomes: outcomes) }
    }
    return Summary(
      areaScores: areaScores, score: table.held(score, inRank: grade),
      uncappedScore: table.held(score, inRank: uncapped), grade: framework.grades[grade],
      uncappedGrade: framework.grades[uncapped], cappedBy: cappedBy)
  }

  /// Each area's score (`nil` where no rule applies) and the overall score.
  private func areaScores(_ outcomes: [Outcome]) -> (areas: [Double?], overall: Double) {
    let table = framework.scoringTable
    var passedWeight = Array(repeating: 0.0, count: table.areaWeights.count)
    var applicableWeight = passedWeight
    for index in outcomes.indices where outcomes[index] != .notApplicable {
      let area = table.ruleAreas[index]
      applicableWeight[area] += table.ruleWeights[index]
      if outcomes[index] == .pass {
        passedWeight[area] += table.ruleWeights[index]
      } else if outcomes[index] == .fail, index < credits.count {
        passedWeight[area] += table.ruleWeights[index] * credits[index]
      }
    }
    var areaScores: [Double?] = []
    areaScores.reserveCapacity(table.areaWeights.count)
    var weighted = 0.0
    var totalWeight = 0.0
    for area in table.areaWeights.indices {
      guard applicableWeight[area] > 0 else {
        areaScores.append(nil)
        continue
      }
      let score = 100 * passedWeight[area] / applicableWeight[area]
      areaScores.append(score)
      weighted += table.areaWeights[area] * score
      totalWeight += table.areaWeights[area]
    }
    return (areaScores, totalWeight > 0 ? weighted / totalWeight : 0)
  }

  /// The grade's rank once the framework's caps of the assessment as a whole are applied.
  private func gradeAfterFrameworkCaps(
    _ outcomes: [Outcome], score: Double, grade: Int, uncapped: Int
  ) -> Int {
    guard !framework.gradeCaps.isEmpty else { return grade }
    let table = framework.scoringTable
    var evaluator = Evaluator(
      subject: facts(
        score: table.held(score, inRank: grade), uncappedScore: table.held(score, inRank: uncapped),
        grade: framework.grades[grade], uncapped: framework.grades[uncapped], outcomes: outcomes),
      localSlots: framework.localSlots)
    var worst = grade
    for cap in framework.gradeCaps where evaluator.evaluate(cap.condition).boolValue {
      worst = max(worst, min(framework.rank(of: cap.grade), framework.grades.count - 1))
    }
    return worst
  }

  /// The failed capping rules that hold the grade at `worst`: their own cap is as low, or
  /// their passing alone would lift the grade, or with the failed rules counted with them
  /// (`counted with`), which the caps count as one failure, so that neither alone lifts it.
  /// When no one of them would (three substantive failures where two cap the grade), they
  /// hold it together: those whose severity the caps holding the grade count
  /// (`failures.substantive + failures.critical >= 4` counts the substantive and critical
  /// ones, not the moderate), or all of them when the caps count none, so that a report
  /// never shows a lowered grade without its reasons.
  private func rulesHolding(_ worst: Int, outcomes: [Outcome]) -> [Int] {
    let table = framework.scoringTable
    let capping = outcomes.indices.filter { outcomes[$0] == .fail && table.capRanks[$0] >= 0 }
    let holding = capping.filter { index in
      if table.capRanks[index] >= worst { return true }
      var fixed = outcomes
      for closed in [index] + framework.countedWithIndices[index] where fixed[closed] == .fail {
        fixed[closed] = .pass
      }
      return framework.rank(of: summarise(fixed).grade.letter) < worst
    }
    guard holding.isEmpty else { return holding }
    let counted = framework.gradeCaps.filter { framework.rank(of: $0.grade) == worst }
      .reduce(into: Set<String>()) { $0.formUnion(framework.severitiesCounted(by: $1)) }
    let together = capping.filter { framework.rules[$0].severity.map(counted.contains) ?? false }
    return together.isEmpty ? capping : together
  }

  private func facts(
    score: Double, uncappedScore: Double, grade: Framework.Grade, uncapped: Framework.Grade,
    outcomes: [Outcome]
  ) -> [Value] {
    AssessmentFacts.values(
      AssessmentFacts.Input(
        framework: framework, outcomes: outcomes, score: score, uncappedScore: uncappedScore,
        grade: grade, uncappedGrade: uncapped))
  }

  /// The first verdict whose condition holds, evaluated against facts of the assessment.
  func verdict(for summary: Summary, outcomes: [Outcome]) -> String {
    let facts = facts(
      score: summary.score, uncappedScore: summary.uncappedScore, grade: summary.grade,
      uncapped: summary.uncappedGrade, outcomes: outcomes)
    var evaluator = Evaluator(subject: facts, localSlots: framework.localSlots)
    for verdict in framework.verdicts {
      guard let condition = verdict.condition else { return verdict.id }
      if evaluator.evaluate(condition).boolValue { return verdict.id }
    }
    return framework.verdicts.last?.id ?? "not-ready"
  }
}

/// The numbers scoring reads, prepared once per framework: by rule, its area, weight and cap;
/// by area, its weight; the grades' thresholds.
final class ScoringTable: Sendable {
  let ruleAreas: [Int]
  let ruleWeights: [Double]
  /// The rank of the grade a failure caps the overall grade at (0 for the best; the number
  /// of grades for an unknown letter); -1 for a rule that is not essential.
  let capRanks: [Int]
  let areaWeights: [Double]
  /// The framework's grades.
  let scale: GradeScale
  /// Highest first, as the framework's grades.
  let thresholds: [Double]
  /// By rule, the position of its severity among the framework's; `nil` for none.
  let ruleSeverities: [Int?]

  init(
    areas: [Framework.Area], scale: GradeScale, severities: [Framework.Severity],
    rules: [Rule]
  ) {
    ruleSeverities = rules.map { rule in
      rule.severity.flatMap { id in severities.firstIndex { $0.id == id } }
    }
    ruleAreas = rules.map(\.areaIndex)
    ruleWeights = rules.map(\.weight)
    capRanks = rules.map { scale.rank(ofCap: $0.cap) }
    areaWeights = areas.map(\.weight)
    self.scale = scale
    thresholds = scale.grades.map(\.threshold)
  }

  /// The rank of the grade a score earns.
  func gradeRank(for score: Double) -> Int { scale.rank(for: score) }

  /// The rank of the grade that the failed rules' own caps hold a grade of rank `uncapped`
  /// at, and the failed rules that hold it there: those whose cap is that grade (one whose
  /// own cap is higher, a B beside a C, holds nothing while the lower cap stands). With
  /// `area`, only that area's rules count, with the failed rules in `waitedOn` (those its
  /// waiting checks wait on). `uncapped` and none when no cap is lower.
  func heldByRuleCaps(
    _ outcomes: [Outcome], uncapped: Int, inArea area: Int? = nil, waitedOn: Set<Int> = []
  ) -> (rank: Int, holding: [Int]) {
    let worst = thresholds.count - 1
    var rank = uncapped
    var holding: [Int] = []
    for index in outcomes.indices
    where outcomes[index] == .fail && capRanks[index] > uncapped
      && (area == nil || ruleAreas[index] == area || waitedOn.contains(index))
    {
      holding.append(index)
      rank = max(rank, min(capRanks[index], worst))
    }
    holding.removeAll { min(capRanks[$0], worst) < rank }
    return (rank, holding)
  }

  /// `score` held within the band of the grade of rank `rank`, as reports show scores (to
  /// one decimal): at most the last tenth below the next better grade's threshold, and at
  /// least the first tenth at or above the grade's own, so that neither the score nor its
  /// rounding ever reads as another grade. A score already in the band is kept as it is.
  func held(_ score: Double, inRank rank: Int) -> Double {
    guard thresholds.indices.contains(rank) else { return score }
    var held = score
    if rank > 0 {
      // The largest tenth strictly below the better grade's threshold.
      let ceiling = ((thresholds[rank - 1] * 10) - 1e-6).rounded(.down) / 10
      held = min(held, ceiling)
    }
    // The smallest tenth at or above the grade's own threshold (the rounding of a score
    // just above a threshold of more than one decimal must not fall below it).
    let floor = ((thresholds[rank] * 10) - 1e-6).rounded(.up) / 10
    if NumberText.rounded(held, decimals: 1) < floor - 1e-9 { held = floor }
    return held
  }
}
