/// Turns rule outcomes into scores and grades, so that the assessment and its
/// what-if questions ("if this rule passed…") share one calculation.
struct Scoring {
  struct Summary {
    /// Per area, in framework order; `nil` where no rule applies.
    var areaScores: [Double?]
    var score: Double
    var grade: Framework.Grade
    var uncappedGrade: Framework.Grade
    /// Indices of failed essential rules that lowered the grade.
    var cappedBy: [Int]
  }

  let framework: Framework

  /// Area score: the weighted share of the area's applicable rules that pass, 0 to 100.
  /// Overall: the mean of the scored areas, weighted by area weight. A failed rule with a
  /// cap (by its severity, or as essential) caps the grade at the grade it names, and the
  /// framework's caps of the assessment as a whole may lower it further.
  /// - Parameter namingCaps: whether to work out which failed rules hold a cap of the
  ///   assessment as a whole in place (one more summary per failed capping rule); what-if
  ///   questions leave it off.
  func summarise(_ outcomes: [Outcome], namingCaps: Bool = false) -> Summary {
    var passedWeight = Array(repeating: 0.0, count: framework.areas.count)
    var applicableWeight = Array(repeating: 0.0, count: framework.areas.count)
    for (rule, outcome) in zip(framework.rules, outcomes) where outcome != .notApplicable {
      applicableWeight[rule.areaIndex] += rule.weight
      if outcome == .pass { passedWeight[rule.areaIndex] += rule.weight }
    }
    let areaScores: [Double?] = framework.areas.indices.map { index in
      applicableWeight[index] > 0 ? 100 * passedWeight[index] / applicableWeight[index] : nil
    }
    var weighted = 0.0
    var totalWeight = 0.0
    for (area, score) in zip(framework.areas, areaScores) {
      guard let score else { continue }
      weighted += area.weight * score
      totalWeight += area.weight
    }
    let score = totalWeight > 0 ? weighted / totalWeight : 0
    let uncapped = framework.grade(for: score)
    var grade = uncapped
    var cappedBy: [Int] = []
    for (index, (rule, outcome)) in zip(framework.rules, outcomes).enumerated()
    where outcome == .fail {
      guard let cap = rule.cap else { continue }
      if framework.rank(of: cap) > framework.rank(of: uncapped.letter) {
        cappedBy.append(index)
        if framework.rank(of: cap) > framework.rank(of: grade.letter) { grade = self.grade(cap) }
      }
    }
    // Caps of the assessment as a whole (several substantive failures, say) read the facts
    // after the rules' own caps. When one lowers the grade further, the failed rules named
    // are those that hold it there: a rule whose own cap is as low, or one whose passing
    // alone would lift the grade.
    if !framework.gradeCaps.isEmpty {
      var evaluator = Evaluator(
        subject: facts(score: score, grade: grade, uncapped: uncapped, outcomes: outcomes),
        localSlots: framework.localSlots)
      var worst = grade
      for cap in framework.gradeCaps where evaluator.evaluate(cap.condition).boolValue {
        if framework.rank(of: cap.grade) > framework.rank(of: worst.letter) {
          worst = self.grade(cap.grade)
        }
      }
      if worst != grade {
        grade = worst
        if namingCaps {
          cappedBy = outcomes.indices.filter { index in
            guard outcomes[index] == .fail, let cap = framework.rules[index].cap else {
              return false
            }
            if framework.rank(of: cap) >= framework.rank(of: worst.letter) { return true }
            var fixed = outcomes
            fixed[index] = .pass
            return framework.rank(of: summarise(fixed).grade.letter)
              < framework.rank(of: worst.letter)
          }
        }
      }
    }
    return Summary(
      areaScores: areaScores, score: score, grade: grade, uncappedGrade: uncapped,
      cappedBy: cappedBy)
  }

  private func grade(_ letter: String) -> Framework.Grade {
    framework.grades.first { $0.letter == letter } ?? framework.grades[framework.grades.count - 1]
  }

  private func facts(
    score: Double, grade: Framework.Grade, uncapped: Framework.Grade, outcomes: [Outcome]
  ) -> [Value] {
    AssessmentFacts.values(
      AssessmentFacts.Input(
        framework: framework, outcomes: outcomes, score: score, grade: grade,
        uncappedGrade: uncapped))
  }

  /// The first verdict whose condition holds, evaluated against facts of the assessment.
  func verdict(for summary: Summary, outcomes: [Outcome]) -> String {
    let facts = facts(
      score: summary.score, grade: summary.grade, uncapped: summary.uncappedGrade,
      outcomes: outcomes)
    var evaluator = Evaluator(subject: facts, localSlots: framework.localSlots)
    for verdict in framework.verdicts {
      guard let condition = verdict.condition else { return verdict.id }
      if evaluator.evaluate(condition).boolValue { return verdict.id }
    }
    return framework.verdicts.last?.id ?? "not-ready"
  }
}
