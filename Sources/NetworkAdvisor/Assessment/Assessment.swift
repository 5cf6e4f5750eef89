/// A framework's judgement of one subject: findings, area and overall scores and grades,
/// caps, the verdict and prioritised recommendations.
///
/// Grading is generic: every parameter (weights, thresholds, caps, verdict conditions)
/// comes from the framework's rule files.
package struct Assessment: Sendable {
  /// What one rule made of the subject.
  package struct Finding: Sendable {
    /// The rule judged.
    package let rule: Rule
    /// Pass, fail or not applicable. A rule that failed while a rule it presumes failed is
    /// not applicable here, and ``dependsOn`` names that rule.
    package let outcome: Outcome
    /// The advice for a failure; for a rule that depends on a failed rule, what it depends
    /// on; the rule's title otherwise.
    package let message: String
    /// The failed rule this rule's failure depends on (through its `presumes`): the same gap,
    /// reported and counted once there. `nil` for a rule judged on its own.
    package let dependsOn: Rule?
    /// Why a rule that waits on ``dependsOn`` is not judged yet: for a failure, why it fails
    /// where its rule says (`because`), and that it is judged again once that gap is closed;
    /// for a rule that does not apply, its own `inapplicable` reason, since its gap may be a
    /// different one. `nil` for a rule judged on its own.
    package var waitReason: String? = nil
    /// For a rule that does not apply, the reason it gives, filled in for this proposal.
    package var reason: String? = nil
    /// Whether the rule fails on its own while earning part of its weight through its
    /// `partial credit`: met in part, as every report says it.
    package var isMetInPart = false
    /// Whether the rule fails, along with the gap it depends on (``dependsOn``), and is
    /// counted there: reports mark it as failing, not as waiting, since it is not true now.
    package var failsWithGap = false
    /// For a failure, why it fails in this design's terms, where its rule says (`because`);
    /// `nil` otherwise.
    package var because: String? = nil
    /// For a rule that fails along with several gaps, or waits on several, the items under
    /// What to do first of those other than ``dependsOn``: it is judged again once they are
    /// all closed.
    package var alsoItems: [Int] = []

    /// Whether the rule fails on its own but weighs nothing: a suggestion, worth a thought,
    /// as every report says it, not a gap.
    package var isThought: Bool { outcome == .fail && dependsOn == nil && rule.isAdviceOnly }
  }

  /// The score and grade of one area.
  package struct AreaResult: Sendable {
    /// The area as the framework declares it.
    package let area: Framework.Area
    /// `nil` when no rule of the area applies; such an area does not count in the overall.
    package let score: Double?
    /// The area's grade: the grade its score earns, capped by the caps of its own failed
    /// rules (the caps they put on the overall grade, by severity or as essential) and of
    /// the failed rules its waiting checks wait on, so that an area that holds a condition
    /// of approval, or a check not yet made because of one, never reads as if nothing in it
    /// were wrong; `nil` when no rule of the area applies.
    package let grade: Framework.Grade?
    /// The grade the area score alone earns; `nil` when no rule of the area applies.
    package let uncappedGrade: Framework.Grade?
    /// The failed rules that hold its grade below ``uncappedGrade`` (its own, or those its
    /// waiting checks wait on): those whose cap is the grade. Empty when nothing caps it.
    package let cappedBy: [Rule]
    /// The other areas holding the gaps some of this area's rules wait on (rules that
    /// presume a failed rule there): not yet assessed, they are left out of its score.
    package let waitsOn: [Framework.Area]
    /// How many of the area's rules wait on a gap in another area.
    package let waitingRules: Int
    /// How many of the area's rules passed.
    package let passed: Int
    /// How many of the area's rules failed.
    package let failed: Int
    /// How many of the area's rules did not apply.
    package let notApplicable: Int

    /// The score a report shows: none when a gap holds the grade below what the score earns,
    /// since the share of the checks met then says nothing of the gap that decides the
    /// grade (a full bar beside a D), as the overall score is not shown when a cap holds the
    /// overall grade. The JSON keeps ``score`` and ``uncappedGrade``.
    package var shownScore: Double? {
      grade?.letter == uncappedGrade?.letter ? score : nil
    }
  }

  /// What to change, for one failed rule.
  package struct Recommendation: Sendable {
    /// The failed rule.
    package let rule: Rule
    /// 1 for the first thing to do.
    package let priority: Int
    /// The rule's advice with the subject's own values filled in.
    package let advice: String
    /// The rise in the overall score if this rule alone passed: 0 when the grade stays held
    /// by other failures and the score already sits at the top of its band.
    package let gain: Double
    /// The rise in the score the rules met (before any cap) if this rule alone passed.
    package let uncappedGain: Double
    /// The overall grade if this rule alone passed.
    package let gradeIfFixed: Framework.Grade
  }

  /// One failed rule that explains the verdict.
  package struct VerdictPoint: Sendable {
    /// The failed rule.
    package let rule: Rule
    /// What to change: the failure's advice (the rule's title when it gives none). Reports
    /// name the point by the rule's ``Rule/headline``.
    package let message: String
  }

  /// What following the first recommendations together would do: a step down the list at
  /// which the verdict, or else the grade, first gets better.
  package struct Projection: Sendable {
    /// How many of the first recommendations are followed together.
    package let count: Int
    /// The overall score after following them.
    package let score: Double
    /// The overall grade after following them.
    package let grade: Framework.Grade
    /// The verdict after following them.
    package let verdict: String
    /// The priorities of the recommendations not followed that the verdict after them
    /// still turns on: its conditions before approval, or the reasons it is not ready.
    package let stillNeeded: [Int]
  }

  /// The framework that made the assessment.
  package let framework: Framework
  /// The name of what was assessed: the network's name.
  package let subjectName: String
  /// One finding per rule, in the framework's order.
  package let findings: [Finding]
  /// By rule, the share of its weight its failure earns through its `partial credit` (0 for
  /// a rule that did not fail on its own terms); a dependent's share is what it would earn
  /// counted on its own.
  package let credits: [Double]
  /// One result per area, in the framework's order.
  package let areas: [AreaResult]
  /// The overall score, 0 to 100: the area scores' mean weighted by area weight, held
  /// within the band of ``grade`` (below the next grade's threshold when a cap lowered the
  /// grade), so that the score never contradicts the grade.
  package let score: Double
  /// The score the rules met, before any cap: the area scores' weighted mean. Equal to
  /// ``score`` when nothing capped the grade.
  package let uncappedScore: Double
  /// The overall grade, after any cap.
  package let grade: Framework.Grade
  /// The grade the score alone earns.
  package let uncappedGrade: Framework.Grade
  /// The failed essential rules whose caps lowered the grade.
  package let cappedBy: [Rule]
  /// The broker's verdict: `ready`, `ready-with-conditions` or `not-ready`.
  package let verdict: String
  /// For `not-ready`, the failures that decide it: had they passed, the network would not be
  /// `not-ready`. Empty for other verdicts.
  package let reasons: [VerdictPoint]
  /// For a verdict short of `ready`, what must be true before approval: the rules that must
  /// pass for `ready`, leaving out smaller gaps (those that cap nothing) beside any failure
  /// that caps the grade. Empty for `ready` and `not-ready`.
  package let conditions: [VerdictPoint]
  /// One per failed rule: those whose caps are lowest first, then by gain (ties by severity,
  /// then by the gain in the score the rules met).
  package let recommendations: [Recommendation]
  /// What following the first recommendations together would do: the shortest prefix of
  /// the list that makes the verdict better, and the shortest that takes it furthest (one
  /// step when they are the same); when no prefix changes the verdict, the same for the
  /// grade. Empty when nothing on the list would change either. A prefix that reaches the
  /// best verdict or grade always covers every failed essential rule on the list.
  package let projection: [Projection]

  /// Assesses a subject's fields with a framework; a record of another layout than the
  /// framework's subject is not read (every rule not applicable).
  package init(framework: Framework, subjectName: String, fields: [Value]) {
    let results =
      framework.layoutProblem(of: fields) == nil
      ? framework.evaluate(fields)
      : framework.rules.map { _ in (Outcome.notApplicable, nil, 0, nil) }
    self.init(framework: framework, subjectName: subjectName, results: results)
  }

  /// Assesses a subject's fields, or refuses with a located diagnostic when evaluating the
  /// rules on them would spend more than an assessment may (``EvaluationBudget``); the rules
  /// are evaluated once either way.
  package static func withinBudget(framework: Framework, subjectName: String, fields: [Value])
    -> Result<Assessment, Diagnostic>
  {
    framework.evaluateWithinBudget(fields).map {
      Assessment(framework: framework, subjectName: subjectName, results: $0)
    }
  }

  init(framework: Framework, subjectName: String, results evaluated: [RuleResult]) {
    self.framework = framework
    self.subjectName = subjectName
    let (outcomes, dependsOn) = framework.resolvingPresumptions(evaluated.map(\.outcome))
    credits = evaluated.map(\.credit)
    let scoring = Scoring(framework: framework, credits: credits)
    let summary = scoring.summarise(outcomes, namingCaps: true)
    let ranked = Self.ranked(framework, scoring: scoring, outcomes: outcomes, summary: summary)
    // Each failed rule's number under What to do first, by rule.
    let items = Dictionary(ranked.enumerated().map { ($1.index, $0 + 1) }, uniquingKeysWith: min)
    let results = Self.resolvingReferences(
      evaluated, framework: framework, items: items, dependsOn: dependsOn)
    findings = Self.findings(
      framework, outcomes: outcomes, dependsOn: dependsOn, results: results, items: items)
    areas = Self.areas(
      framework, outcomes: outcomes, dependsOn: dependsOn, scores: summary.areaScores)
    score = summary.score
    uncappedScore = summary.uncappedScore
    grade = summary.grade
    uncappedGrade = summary.uncappedGrade
    cappedBy = summary.cappedBy.map { framework.rules[$0] }
    verdict = scoring.verdict(for: summary, outcomes: outcomes)
    recommendations = ranked.enumerated().map { position, item in
      Recommendation(
        rule: framework.rules[item.index], priority: position + 1,
        advice: results[item.index].advice ?? "", gain: item.gain,
        uncappedGain: item.uncappedGain, gradeIfFixed: item.grade)
    }
    let explanation = VerdictExplanation(
      scoring: scoring, outcomes: outcomes, verdict: verdict, candidates: ranked.map(\.index))
    reasons = explanation.reasons.map {
      VerdictPoint(
        rule: framework.rules[$0], message: results[$0].advice ?? framework.rules[$0].title)
    }
    // A condition is said as what to do, as a reason is: a rule's title only names the check.
    conditions = explanation.conditions.map {
      VerdictPoint(
        rule: framework.rules[$0], message: results[$0].advice ?? framework.rules[$0].title)
    }
    projection = Self.projection(
      scoring, outcomes: outcomes, ranked: ranked.map(\.index), grade: grade, verdict: verdict)
  }

  /// The rules' advice and reasons with each `§rule-id§` said as the item under What to do
  /// first that carries that rule's gap: its own, or that of the gap it waits on ("item 1");
  /// a rule with no item (it passes, say) is named by its title. Names in code quotes are
  /// said in the subject's plain words (``CodeSpans``).
  private static func resolvingReferences(
    _ results: [RuleResult], framework: Framework, items item: [Int: Int], dependsOn: [Int?]
  ) -> [RuleResult] {
    let marks: Set<Character> = [RuleReferences.mark, CodeSpans.mark]
    // Some assessments need neither: the planner makes a thousand of them a plan.
    guard
      results.contains(where: {
        [$0.advice, $0.because].contains { $0?.contains(where: marks.contains) == true }
      })
    else { return results }
    func name(_ id: String) -> String {
      guard let rule = framework.ruleIndex(of: id),
        let number = item[rule] ?? dependsOn[rule].flatMap({ item[$0] })
      else { return framework.titleReference(id) }
      return "item \(number)"
    }
    func resolve(_ text: String) -> String {
      CodeSpans.plain(RuleReferences.resolve(text, name: name), names: framework.plainNames)
    }
    return results.map { result in
      var result = result
      result.advice = result.advice.map(resolve)
      result.because = result.because.map(resolve)
      return result
    }
  }

  /// Why a failure that depends on another failure is not counted again.
  static let sameGap = "judged once that gap is closed, and counted there until then"

  /// Why a check that fails along with the gap it depends on is not counted again: it does
  /// fail, so the report says so rather than leave it open, and says where it is counted.
  static let failsWithTheGap =
    "it fails with that gap for now; judged again once the gap is closed"

  /// Why a check that fails along with several gaps it depends on is not counted again: the
  /// first is the gap it waits on, and the others, one or more, are named by their items
  /// ("item 3").
  static func failsWithTheGaps(alsoItems others: [Int]) -> String {
    guard let also = otherGaps(others) else { return failsWithTheGap }
    return "it fails with that gap and with \(also) for now; "
      + "judged again once \(others.count == 1 ? "both are" : "they are all") closed"
  }

  /// Why a check that fails along with the gaps it depends on fails, as its rule says it
  /// (`because`), then when it is judged again: "Meadow Nursery sends no teacher …; judged
  /// again once that gap is closed".
  static func failsBecause(_ because: String, alsoItems others: [Int]) -> String {
    guard let also = otherGaps(others) else {
      return "\(because); judged again once that gap is closed"
    }
    return "\(because); it fails with that gap and with \(also), and is judged again once "
      + "\(others.count == 1 ? "both are" : "they are all") closed"
  }

  /// "item 3's", "those of items 3 and 4": the other gaps a failure depends on, by their
  /// items; `nil` when there are none.
  private static func otherGaps(_ others: [Int]) -> String? {
    var numbers = others.sorted().map(String.init)
    guard let last = numbers.popLast() else { return nil }
    return numbers.isEmpty
      ? "item \(last)'s" : "those of items \(numbers.joined(separator: ", ")) and \(last)"
  }

  /// Each rule's finding; a failure that depends on another failure points to it instead of
  /// repeating its advice. `items` gives each failed rule's number under What to do first.
  private static func findings(
    _ framework: Framework, outcomes: [Outcome], dependsOn: [Int?],
    results: [RuleResult], items: [Int: Int]
  ) -> [Finding] {
    framework.rules.indices.map { index in
      let rule = framework.rules[index]
      if let basisIndex = dependsOn[index] {
        let basis = framework.rules[basisIndex]
        // A check that presumes, or waits on, more than one failed gap says so, each by its
        // item, so that closing the first does not read as settling it.
        let waits = results[index].outcome == .notApplicable
        let others = Set(
          (framework.presumedIndices[index] + (waits ? framework.awaitedIndices[index] : []))
            .filter { results[$0].outcome == .fail }
            .map { dependsOn[$0] ?? $0 }
        ).subtracting([basisIndex]).compactMap { items[$0] }
        let reason =
          results[index].outcome == .notApplicable
          ? results[index].advice ?? Self.sameGap
          : results[index].because.map { Self.failsBecause($0, alsoItems: others) }
            ?? Self.failsWithTheGaps(alsoItems: others)
        let fails = results[index].outcome == .fail
        return Finding(
          rule: rule, outcome: outcomes[index],
          message:
            "\(fails ? "Counted under" : "Waits on") \(basis.id) (\(basis.title)): \(reason).",
          dependsOn: basis, waitReason: reason, failsWithGap: fails,
          because: results[index].because, alsoItems: others.sorted())
      }
      if outcomes[index] == .notApplicable, let reason = results[index].advice {
        return Finding(
          rule: rule, outcome: .notApplicable, message: "Does not apply: \(reason).",
          dependsOn: nil, reason: reason)
      }
      return Finding(
        rule: rule, outcome: outcomes[index], message: results[index].advice ?? rule.title,
        dependsOn: nil, isMetInPart: outcomes[index] == .fail && results[index].credit > 0,
        because: results[index].because)
    }
  }

  /// Each area's score, grade (capped by its own failures' caps), counts of outcomes, and
  /// the rules that wait on a gap in another area.
  private static func areas(
    _ framework: Framework, outcomes: [Outcome], dependsOn: [Int?], scores: [Double?]
  ) -> [AreaResult] {
    let table = framework.scoringTable
    return framework.areas.indices.map { index in
      let own = outcomes.indices.filter { framework.rules[$0].areaIndex == index }
      let counts = own.map { outcomes[$0] }
      let uncapped = scores[index].map(framework.grade(for:))
      var grade = uncapped
      var cappedBy: [Rule] = []
      // A check that waits on a gap is not yet made: its area reads no better than that gap
      // allows, so that an area whose waiting check is the known gap never reads sound. An
      // area all of whose checks wait has no score, but a gap that caps still holds it.
      let held = table.heldByRuleCaps(
        outcomes, uncapped: uncapped.map { framework.rank(of: $0.letter) } ?? 0, inArea: index,
        waitedOn: Set(own.compactMap { dependsOn[$0] }))
      if uncapped != nil || !held.holding.isEmpty {
        grade = framework.grades[held.rank]
        cappedBy = held.holding.map { framework.rules[$0] }
      }
      let waiting = own.compactMap { rule in
        dependsOn[rule].flatMap { basis in
          framework.rules[basis].areaIndex == index ? nil : framework.rules[basis].areaIndex
        }
      }
      return AreaResult(
        area: framework.areas[index], score: scores[index], grade: grade,
        uncappedGrade: uncapped, cappedBy: cappedBy,
        waitsOn: Set(waiting).sorted().map { framework.areas[$0] },
        waitingRules: waiting.count,
        passed: counts.filter { $0 == .pass }.count, failed: counts.filter { $0 == .fail }.count,
        notApplicable: counts.filter { $0 == .notApplicable }.count)
    }
  }

  /// The failed rules, most important first: those that cap the grade lowest, then by the
  /// score each would gain alone, with the grade that would give. Equal gains (as when
  /// other failures hold the grade, so that no one fix alone moves the score) are ordered by
  /// severity, then by the gain in the score the rules met. Last, a rule whose advice
  /// builds on another's (`follows`) comes after it (``placingFollowers(_:framework:)``).
  private static func ranked(
    _ framework: Framework, scoring: Scoring, outcomes: [Outcome], summary: Scoring.Summary
  ) -> [RankedFailure] {
    let severities = framework.scoringTable.ruleSeverities
    let failedIndices = outcomes.indices.filter { outcomes[$0] == .fail }
    let sorted = failedIndices.map { index -> RankedFailure in
      var fixed = outcomes
      fixed[index] = .pass
      let after = scoring.summarise(fixed)
      return (
        index, after.score - summary.score, after.uncappedScore - summary.uncappedScore,
        after.grade
      )
    }.sorted { a, b in
      let (ruleA, ruleB) = (framework.rules[a.index], framework.rules[b.index])
      // Failures that cap the grade lowest come first: critical before substantive.
      let (capA, capB) = (
        ruleA.cap.map(framework.rank(of:)) ?? -1, ruleB.cap.map(framework.rank(of:)) ?? -1
      )
      if capA != capB { return capA > capB }
      if abs(a.gain - b.gain) > 1e-9 { return a.gain > b.gain }
      let (severityA, severityB) = (
        severities[a.index] ?? Int.max, severities[b.index] ?? Int.max
      )
      if severityA != severityB { return severityA < severityB }
      if abs(a.uncappedGain - b.uncappedGain) > 1e-9 { return a.uncappedGain > b.uncappedGain }
      return a.index < b.index
    }
    return placingFollowers(sorted, framework: framework)
  }

  private typealias RankedFailure = (
    index: Int, gain: Double, uncappedGain: Double, grade: Framework.Grade
  )

  /// Moves each failed rule that `follows` a failed rule ranked after it to straight after
  /// that rule, so that advice such as "once they agree what the network is for" comes after
  /// the item it waits for. A rule moves only past rules of its own rank in the contract
  /// (essential or not), so essential failures stay first. The loader refuses circles of
  /// `follows`, so the moves settle; the bound only guards against a framework built
  /// without the loader.
  private static func placingFollowers(_ ranked: [RankedFailure], framework: Framework)
    -> [RankedFailure]
  {
    var order = ranked
    for _ in 0..<(order.count * order.count) {
      let move = order.indices.lazy.compactMap { position -> (Int, Int)? in
        let followed = framework.followedIndices[order[position].index]
        guard !followed.isEmpty else { return nil }
        let rule = framework.rules[order[position].index]
        let target = order.indices.last { later in
          later > position && followed.contains(order[later].index)
            && framework.rules[order[later].index].isEssential == rule.isEssential
        }
        return target.map { (position, $0) }
      }.first
      guard let (position, target) = move else { break }
      // Removing the rule shifts the one it follows down one place, so inserting at the
      // old position of that rule puts this one straight after it.
      order.insert(order.remove(at: position), at: target)
    }
    return order
  }

  /// The steps down the recommendations at which following them together first makes the
  /// verdict better (or, when none does, the grade): the first and the furthest. The best
  /// verdict or the top grade is claimed only for a prefix that covers every failed
  /// essential rule on the list.
  private static func projection(
    _ scoring: Scoring, outcomes: [Outcome], ranked: [Int], grade: Framework.Grade,
    verdict: String
  ) -> [Projection] {
    let framework = scoring.framework
    let verdictIDs = FrameworkLoader.verdictIDs
    func verdictRank(_ id: String) -> Int { verdictIDs.firstIndex(of: id) ?? verdictIDs.count }
    let lastEssential = ranked.lastIndex { framework.rules[$0].isEssential } ?? -1
    var verdictSteps: [Projection] = []
    var gradeSteps: [Projection] = []
    var (bestVerdict, bestGrade) = (verdictRank(verdict), framework.rank(of: grade.letter))
    var fixed = outcomes
    for (position, index) in ranked.enumerated() {
      fixed[index] = .pass
      let after = scoring.summarise(fixed)
      let afterVerdict = scoring.verdict(for: after, outcomes: fixed)
      let (verdictNow, gradeNow) = (
        verdictRank(afterVerdict), framework.rank(of: after.grade.letter)
      )
      if (verdictNow == 0 || gradeNow == 0) && position < lastEssential { continue }
      guard verdictNow < bestVerdict || gradeNow < bestGrade else { continue }
      // What the verdict after the step would still turn on, among the items not followed.
      let rest = Array(ranked[(position + 1)...])
      let explanation = VerdictExplanation(
        scoring: scoring, outcomes: fixed, verdict: afterVerdict, candidates: rest)
      let stillNeeded = (explanation.reasons + explanation.conditions).compactMap { rule in
        ranked.firstIndex(of: rule).map { $0 + 1 }
      }.sorted()
      let step = Projection(
        count: position + 1, score: after.score, grade: after.grade, verdict: afterVerdict,
        stillNeeded: stillNeeded)
      if verdictNow < bestVerdict {
        verdictSteps.append(step)
        bestVerdict = verdictNow
      }
      if gradeNow < bestGrade {
        gradeSteps.append(step)
        bestGrade = gradeNow
      }
      // The best verdict and the top grade reached: no longer run can add a step.
      if bestVerdict == 0 && bestGrade == 0 { break }
    }
    let steps = verdictSteps.isEmpty ? gradeSteps : verdictSteps
    guard let first = steps.first, let last = steps.last else { return [] }
    return first.count == last.count ? [first] : [first, last]
  }

  /// The findings grouped by area, in the framework's order, leaving out areas with no rules.
  package var findingsByArea: [(area: Framework.Area, findings: [Finding])] {
    framework.areas.indices.compactMap { index in
      let findings = self.findings.filter { $0.rule.areaIndex == index }
      return findings.isEmpty ? nil : (framework.areas[index], findings)
    }
  }
}
