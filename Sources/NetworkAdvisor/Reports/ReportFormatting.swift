/// Wording shared by the text, Markdown and HTML reports.
///
/// Each piece of advice is printed once, in full, under What to do first, which lists every
/// item; every other place names the gap and refers to its item there by number.
enum ReportFormatting {
  /// The number under What to do first of a failed rule's recommendation; `nil` for a rule
  /// with none.
  static func item(of rule: Rule, in assessment: Assessment) -> Int? {
    assessment.recommendations.first { $0.rule.id == rule.id }?.priority
  }

  /// "What to do first, 3": where the full advice of item 3 is.
  static func reference(_ item: Int) -> String { "What to do first, \(item)" }

  /// "What to do first, 3 and 8": a check waits on all of these (readers found "waits on
  /// What to do first, 8" beside a reason that named item 3 too).
  static func reference(_ items: [Int]) -> String {
    "What to do first, \(Value.sentenceList(Array(Set(items)).sorted().map(String.init)))"
  }

  /// A failed rule's headline (its aim, or else its title), with where its advice is when
  /// it has any: "Leadership is shared between schools (What to do first, 2)".
  static func headlineWithReference(_ rule: Rule, in assessment: Assessment) -> String {
    item(of: rule, in: assessment).map { "\(rule.headline) (\(reference($0)))" } ?? rule.headline
  }

  /// Item numbers in words a reader follows: "item 3", "items 1 and 4", "items 5 to 19",
  /// "items 2, 5 and 7 to 9". Runs of three or more are given as a range.
  static func items(_ numbers: [Int]) -> String {
    let sorted = Array(Set(numbers)).sorted()
    var runs: [String] = []
    var start = 0
    while start < sorted.count {
      var end = start
      while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
      if end - start >= 2 {
        runs.append("\(sorted[start]) to \(sorted[end])")
      } else {
        runs += sorted[start...end].map { "\($0)" }
      }
      start = end + 1
    }
    return (sorted.count == 1 ? "item " : "items ") + Value.sentenceList(runs)
  }

  // MARK: The score and what holds the grade

  /// Whether a cap holds the grade below the one the score the rules met would earn: the
  /// reported score is then the top of the grade, not a measurement.
  static func isHeld(_ assessment: Assessment) -> Bool {
    assessment.grade.letter != assessment.uncappedGrade.letter
  }

  /// "Score 91.3 out of 100"; `nil` when a cap holds the grade: the score is then the top
  /// of the grade's band, not a measure of the design, and the cap sentence says what holds
  /// the grade instead (the JSON keeps both scores).
  static func scoreLine(_ assessment: Assessment) -> String? {
    isHeld(assessment) ? nil : "Score \(score(assessment.score)) out of 100"
  }

  /// Why the grade is what it is when a cap holds it, in words about the network rather
  /// than the tool's arithmetic; the gaps that hold it follow (``capItems(_:)``). `nil`
  /// when nothing holds the grade.
  static func capSentence(_ assessment: Assessment) -> String? {
    guard let sentence = holdingSentence(assessment) else { return nil }
    // A reason for the verdict that does not hold the grade is said to be one, so that a
    // reader does not wonder why it is left out of the grade's reasons.
    let holding = Set(assessment.cappedBy.compactMap { item(of: $0, in: assessment) })
    let others = assessment.reasons.compactMap { item(of: $0.rule, in: assessment) }
      .filter { !holding.contains($0) }
    guard !holding.isEmpty, !others.isEmpty else { return sentence }
    let named = items(others)
    let (hold, verb) = others.count == 1 ? ("does", "is") : ("do", "are")
    // Short sentences: readers found one sentence carrying the split, its cause and its
    // order "almost unreadable".
    return sentence
      + " \(named.prefix(1).uppercased() + named.dropFirst()) \(hold) not hold the grade, but \(verb) also needed before approval"
      + (tooManyConditions(besides: others, in: assessment).map { ": \($0)" } ?? ".")
  }

  /// Why some reasons for the verdict are needed before approval while gaps of the same
  /// weight remain conditions (readers asked why items 6 to 8 and not 9 to 12): together they
  /// are more conditions than one approval carries. Readers took a ranking by score ("those
  /// that would raise the score most") or by place ("the first of them under What to do
  /// first") for a judgement the report cannot make; the one it can make is that other
  /// checks wait on them, which it says where that holds of each (itself or a gap met
  /// together with it) and of none of the conditions to come, in a sentence of its own.
  /// Ends with its full stop; `nil` unless the reasons and the conditions to come share one
  /// severity.
  private static func tooManyConditions(besides others: [Int], in assessment: Assessment)
    -> String?
  {
    let later = assessment.recommendations.filter { isConditionToCome($0, in: assessment) }
    let reasons = assessment.recommendations.filter { others.contains($0.priority) }
    guard !later.isEmpty, Set((later + reasons).map(\.rule.severity)).count == 1 else {
      return nil
    }
    let tooMany =
      "with \(items(later.map(\.priority))), they would be too many conditions for one approval."
    let waitedOn = itemsWaitedOn(assessment)
    let waited = reasons.filter { waitedOn.contains($0.priority) }
    let eachWaitedOn = reasons.allSatisfy { reason in
      waited.contains { $0.priority == reason.priority || isCountedWith($0, reason) }
    }
    guard !waited.isEmpty, eachWaitedOn, !later.contains(where: { waitedOn.contains($0.priority) })
    else { return tooMany }
    return tooMany
      + " They come first because other checks wait on \(items(waited.map(\.priority)))."
  }

  /// Whether two recommendations' rules are counted as one condition (`counted with`).
  private static func isCountedWith(
    _ first: Assessment.Recommendation, _ second: Assessment.Recommendation
  ) -> Bool {
    first.rule.countedWith.contains(second.rule.id)
      || second.rule.countedWith.contains(first.rule.id)
  }

  /// The items under What to do first that some other check depends on: it waits on the
  /// item's gap, or fails counted under it.
  static func itemsWaitedOn(_ assessment: Assessment) -> Set<Int> {
    let waited = waitedOn(assessment)
    return Set(assessment.recommendations.filter { waited.contains($0.rule.id) }.map(\.priority))
  }

  /// ``capSentence(_:)`` without what it says of the other reasons for the verdict.
  private static func holdingSentence(_ assessment: Assessment) -> String? {
    guard isHeld(assessment) else { return nil }
    let framework = assessment.framework
    let grade = assessment.grade.letter
    let held = assessment.cappedBy
    guard !held.isEmpty else {
      return
        "Grade \(grade), because of the smaller gaps under What to do first taken together: while most of them stand, the grade cannot rise above \(grade)."
    }
    let gaps = heldGaps(assessment)
    guard !isHeldTogether(assessment) else {
      // Readers took "while they stand" for "while any does", "while all of them stand"
      // for "E needs all of them", and "closing any one of them would lift it to D" for a
      // promise of D for the cheapest one while the schools still work apart: the sentence
      // says only that the grade rises as they close, and no item's line promises a grade.
      return
        "Grade \(grade), because of \(gaps), taken together: the grade rises only as they are closed."
    }
    guard held.count > 1 || eachHoldsOnItsOwn(assessment) else {
      return
        "Grade \(grade), mainly because of \(gaps): while it stands, the grade cannot rise above \(grade)."
    }
    let closed =
      held.count == 1
      ? "it is closed" : held.count == 2 ? "both are closed" : "all of them are closed"
    // One gap that holds the grade says what it is in the design's terms, where its rule
    // says, so that a broker asked "why C?" can answer from the report.
    let why =
      held.count == 1
      ? assessment.findings.first { $0.rule.id == held[0].id }?.because.map { " (\($0))" } ?? ""
      : ""
    // A gap whose rule holds the grade lower than its severity does says so: readers could
    // not tell why one substantive gap made a design D, and so not ready, where another made
    // it C with conditions.
    if let cap = heldLowerThanItsSeverity(held, in: framework) {
      return
        "Grade \(grade), because of \(gaps)\(why): on its own, this gap holds any design at \(cap) until it is closed."
    }
    return
      "Grade \(grade), because of \(gaps)\(why): until \(closed), the grade cannot rise above \(grade)."
  }

  /// Whether each gap that holds the grade holds it on its own: its own cap is the grade or
  /// lower.
  private static func eachHoldsOnItsOwn(_ assessment: Assessment) -> Bool {
    let framework = assessment.framework
    let grade = framework.rank(of: assessment.grade.letter)
    return assessment.cappedBy.allSatisfy { rule in
      rule.cap.map { framework.rank(of: $0) >= grade } ?? false
    }
  }

  /// Whether several gaps hold the grade only together (four defects cap it at E, say), so
  /// that no one of them holds it by its own cap.
  static func isHeldTogether(_ assessment: Assessment) -> Bool {
    assessment.cappedBy.count > 1 && !eachHoldsOnItsOwn(assessment)
  }

  /// The grade one gap holds a design at, where its rule declares a cap lower than its
  /// severity's; `nil` for several gaps, or one capped as its severity caps.
  private static func heldLowerThanItsSeverity(_ held: [Rule], in framework: Framework)
    -> String?
  {
    guard held.count == 1, let cap = held[0].cap else { return nil }
    guard let severityCap = framework.severities.first(where: { $0.id == held[0].severity })?.cap
    else { return cap }
    return framework.rank(of: cap) > framework.rank(of: severityCap) ? cap : nil
  }

  /// Whether every gap that holds the grade is named just above the cap sentence, among the
  /// reasons or the conditions: the sentence then refers to them by number, with no list.
  static func capGapsAreListed(_ assessment: Assessment) -> Bool {
    unlistedCapRules(assessment).isEmpty
  }

  /// The gaps that hold the grade and are not among the reasons or conditions above.
  static func unlistedCapRules(_ assessment: Assessment) -> [Rule] {
    let listed = Set((assessment.reasons + assessment.conditions).map(\.rule.id))
    return capRules(assessment).filter { !listed.contains($0.id) }
  }

  /// The gaps that hold the grade, by their numbers under What to do first, as the score
  /// line names them: "items 1 to 4", "items 1 to 8" (those not among the reasons or
  /// conditions are then listed under the sentence with their titles).
  private static func heldGaps(_ assessment: Assessment) -> String {
    let numbers = capRules(assessment).compactMap { item(of: $0, in: assessment) }
    return numbers.isEmpty ? "the gaps listed here" : items(numbers)
  }

  /// The gaps that hold the grade and are not named above, each with where its advice is.
  static func capItems(_ assessment: Assessment) -> [String] {
    unlistedCapRules(assessment).map {
      "\(capItemLabel(assessment)): " + headlineWithReference($0, in: assessment)
    }
  }

  /// What a gap listed under the cap sentence is: beside the reasons a network is not ready,
  /// a condition of approval to come (as its item says); otherwise a gap not met.
  static func capItemLabel(_ assessment: Assessment) -> String {
    isNotReady(assessment) ? "Also a condition of approval" : "Not met"
  }

  /// The gaps that hold the grade in the order of What to do first, so that their numbers
  /// read in order.
  static func capRules(_ assessment: Assessment) -> [Rule] {
    assessment.cappedBy.sorted {
      (item(of: $0, in: assessment) ?? Int.max) < (item(of: $1, in: assessment) ?? Int.max)
    }
  }

  // MARK: The verdict

  /// The heading of the reasons a network is not ready, each named by its headline (what is
  /// not yet true) and numbered as its item under What to do first.
  static func reasonsHeading(_ count: Int, countedAsOne: String = "") -> String {
    count == 1
      ? "Not ready because this is not yet true (set out in full under What to do first):"
      : "Not ready because these are not yet true (each is set out in full under What to do first\(countedAsOne)):"
  }

  /// ``reasonsHeading(_:countedAsOne:)`` for an assessment's reasons, saying which of them
  /// can be met together.
  static func reasonsHeading(of assessment: Assessment) -> String {
    let items = assessment.reasons.compactMap { item(of: $0.rule, in: assessment) }
    let one = countedAsOne(items, in: assessment)
    return reasonsHeading(assessment.reasons.count, countedAsOne: one.isEmpty ? "" : "; \(one)")
  }

  /// The heading of the conditions of approval, each named by its headline (what must be
  /// true) and numbered as its item under What to do first. "Of", not "before": the network
  /// is ready with conditions, and the items say "condition of approval".
  static func conditionsHeading(_ count: Int, countedAsOne: String = "") -> String {
    count == 1
      ? "Condition of approval (set out in full under What to do first):"
      : "Conditions of approval (each is set out in full under What to do first\(countedAsOne)):"
  }

  /// ``conditionsHeading(_:countedAsOne:)`` for an assessment's conditions, saying which of
  /// them the verdict counts as one.
  static func conditionsHeading(of assessment: Assessment) -> String {
    let items = assessment.conditions.compactMap { item(of: $0.rule, in: assessment) }
    let one = countedAsOne(items, in: assessment)
    return conditionsHeading(
      assessment.conditions.count, countedAsOne: one.isEmpty ? "" : "; \(one)")
  }

  /// A verdict point's item number and headline: the rule's aim, or else its title, says
  /// the whole of what must be true.
  static func verdictItems(_ points: [Assessment.VerdictPoint], in assessment: Assessment)
    -> [(item: Int?, headline: String)]
  {
    points.map { (item(of: $0.rule, in: assessment), $0.rule.headline) }
  }

  /// What follows the conditions when some recommendations are not among them: smaller gaps
  /// are advice, not conditions of approval.
  static func beyondConditions(_ assessment: Assessment) -> String? {
    if assessment.conditions.isEmpty {
      return alsoConditions(assessment)
    }
    let conditions = Set(assessment.conditions.map(\.rule.id))
    let others = assessment.recommendations.filter { !conditions.contains($0.rule.id) }
    guard !others.isEmpty else { return nil }
    let thoughts = others.filter(isThought).map(\.priority)
    let worth = others.filter { !isThought($0) }.map(\.priority)
    let kind = others.count == 1 ? "Not a condition" : "Not conditions"
    guard !worth.isEmpty, !thoughts.isEmpty else {
      let what = worth.isEmpty ? "worth a thought" : "worth doing"
      return "\(kind), but \(what): \(items(others.map(\.priority))) under What to do first."
    }
    return
      "Not conditions: \(items(worth)) \(worth.count == 1 ? "is" : "are") worth doing, and \(items(thoughts)) worth a thought (under What to do first)."
  }

  /// Whether an item is something to consider rather than a gap: its rule weighs nothing
  /// (the default rules' suggestions), so it is judged and advised but never scored.
  static func isThought(_ recommendation: Assessment.Recommendation) -> Bool {
    recommendation.rule.isAdviceOnly
  }

  /// Beside the reasons a network is not ready, the other gaps that cap the grade: the
  /// conditions once the reasons are met ("also a condition of approval" on their items).
  /// `nil` when there are none, or when the gaps under the cap sentence name them already.
  static func alsoConditions(_ assessment: Assessment) -> String? {
    guard isNotReady(assessment), capGapsAreListed(assessment) else { return nil }
    let also = assessment.recommendations.filter { isConditionToCome($0, in: assessment) }
    guard !also.isEmpty else { return nil }
    let reasons = items(assessment.reasons.compactMap { item(of: $0.rule, in: assessment) })
    let done = assessment.reasons.count == 1 ? "is done" : "are done"
    let remain =
      also.count == 1 ? "remains a condition of approval" : "remain conditions of approval"
    let one = countedAsOne(also.map(\.priority), in: assessment)
    return
      "Once \(reasons) \(done), \(items(also.map(\.priority))) \(remain) (under What to do first)"
      + (one.isEmpty ? "." : "; \(one).")
  }

  /// " (text)", or "" for no text.
  static func parenthesised(_ text: String) -> String { text.isEmpty ? "" : " (\(text))" }

  /// Among these items, those whose rules the verdict counts as one condition (`counted
  /// with`), with why, in the rules' words: "items 7 and 8 can be met together, since both
  /// ask the same heads, who meet in no group yet, to meet through the year"; with pairs of
  /// different reasons, each beside its own ("…; so can items 7 and 8, since …"); "" when
  /// none. Readers counted five items against "five or more conditions" where the verdict
  /// counts four, took a bare "counting as one" for bookkeeping, "one condition" for leave
  /// to drop one, and two reasons joined after two pairs for a puzzle of which went with
  /// which. The reason is left out (`saying: false`) where the report has given it already.
  static func countedAsOne(
    _ priorities: [Int], in assessment: Assessment, saying why: Bool = true
  ) -> String {
    let clauses = pairsCountedAsOne(priorities, in: assessment, saying: why).enumerated().map {
      position, group in
      let named = Value.sentenceList(group.pairs)
      let reason = group.reason.map { ", since \($0)" } ?? ""
      return position == 0 ? "\(named) can be met together\(reason)" : "so can \(named)\(reason)"
    }
    return clauses.joined(separator: "; ")
  }

  /// The pairs of these items counted as one condition ("items 4 and 5"), grouped by the
  /// reason their rules give (`nil` for none, or when not `saying` it), in item order.
  private static func pairsCountedAsOne(
    _ priorities: [Int], in assessment: Assessment, saying why: Bool
  ) -> [(reason: String?, pairs: [String])] {
    let listed = assessment.recommendations.filter { priorities.contains($0.priority) }
    var groups: [(reason: String?, pairs: [String])] = []
    for first in listed {
      for second in listed where first.priority < second.priority {
        guard isCountedWith(first, second) else { continue }
        let declaring = first.rule.countedWith.contains(second.rule.id) ? first.rule : second.rule
        let pair = "items \(first.priority) and \(second.priority)"
        let reason = why ? declaring.countedWithReason : nil
        if let index = groups.firstIndex(where: { $0.reason == reason }) {
          groups[index].pairs.append(pair)
        } else {
          groups.append((reason, [pair]))
        }
      }
    }
    return groups
  }

  /// Whether a recommendation is a condition to come: beside the reasons a network is not
  /// ready, a gap that caps the grade is what the conditions will be once the reasons are
  /// met, not a mere refinement.
  static func isConditionToCome(
    _ recommendation: Assessment.Recommendation, in assessment: Assessment
  ) -> Bool {
    isNotReady(assessment) && recommendation.rule.cap != nil
      && !assessment.reasons.contains { $0.rule.id == recommendation.rule.id }
  }

  // MARK: What to do first

  /// What an item is to the network: "condition of approval", "needed before approval",
  /// "also a condition of approval" (a gap that caps the grade, beside the reasons a network
  /// is not ready) or "worth doing".
  static func status(of recommendation: Assessment.Recommendation, in assessment: Assessment)
    -> String
  {
    let id = recommendation.rule.id
    if assessment.conditions.contains(where: { $0.rule.id == id }) {
      return "condition of approval"
    }
    if assessment.reasons.contains(where: { $0.rule.id == id }) { return "needed before approval" }
    if isConditionToCome(recommendation, in: assessment) { return "also a condition of approval" }
    return isThought(recommendation) ? worthAThought : worthDoing
  }

  /// The status of an item approval does not wait on.
  static let worthDoing = "worth doing"

  /// The status of an item that is something to consider, not a gap (``isThought(_:)``).
  static let worthAThought = "worth a thought"

  /// Whether an item is one approval does not wait on: worth doing, or worth a thought.
  static func isOptional(_ recommendation: Assessment.Recommendation, in assessment: Assessment)
    -> Bool
  {
    [worthDoing, worthAThought].contains(status(of: recommendation, in: assessment))
  }

  /// What an item is to the network (``status(of:in:)``), and what closing it alone does:
  /// "condition of approval; grade B if fixed alone". Nothing about the tool's scoring: a
  /// fix whose gain another gap holds back says only what it is.
  static func effect(of recommendation: Assessment.Recommendation, in assessment: Assessment)
    -> String
  {
    let status = status(of: recommendation, in: assessment)
    // Points are left to the JSON: beside one condition they make the others, held back by
    // the same cap, look worth nothing. A grade is named only when closing the gap alone
    // would change it, and not when rules wait on the gap, since they are judged only once
    // it is closed.
    // Where several gaps hold the grade together, their lines promise no grade: readers took
    // a grade on one of them and none on the others (whose checks wait) for a special route,
    // and a grade for closing one while the schools still work apart for one they would not
    // sign.
    let saidAbove =
      isHeldTogether(assessment)
      && assessment.cappedBy.contains { $0.id == recommendation.rule.id }
    guard recommendation.gradeIfFixed.letter != assessment.grade.letter,
      !waitedOn(assessment).contains(recommendation.rule.id), !saidAbove
    else { return status }
    return "\(status); grade \(recommendation.gradeIfFixed.letter) if fixed alone"
  }

  /// The heading that sets apart the gaps worth doing later, from item `first` on, from the
  /// items above them (the reasons a network is not ready and the conditions of approval):
  /// a network working down the list sees where the work that approval waits on ends.
  /// Where the items below are titles only (``isBrief(_:in:)``), the heading says where
  /// their advice is.
  static func laterHeading(from first: Int, in assessment: Assessment) -> String {
    laterHeading(from: first, brief: laterItemsAreBrief(assessment))
  }

  /// ``laterHeading(from:in:)`` for items given in full or as titles.
  static func laterHeading(from first: Int, brief: Bool) -> String {
    let above = first == 2 ? "item 1 is" : "the items above are"
    guard brief else { return "Later, once \(above) done, also worth doing:" }
    return
      "Later, once \(above) done, these gaps are also worth closing (each is set out in full under Findings, with its check):"
  }

  /// Whether the network is not ready: some reason holds approval back.
  static func isNotReady(_ assessment: Assessment) -> Bool { !assessment.reasons.isEmpty }

  /// Whether an item is listed by its title alone, its advice given with its check under
  /// Findings: the gaps worth closing of a network that is not ready. Set out in full
  /// beside the redesign approval waits on, they read as a second redesign of equal weight
  /// and bury the first; as titles, they are what to keep in mind while redesigning.
  /// A few such gaps, though, read quickly in full where they are (short-lived-project has
  /// two), and a network should not have to look for their advice: only a list longer than
  /// ``briefLaterItemsAbove`` is given as titles.
  static func isBrief(_ recommendation: Assessment.Recommendation, in assessment: Assessment)
    -> Bool
  {
    laterItemsAreBrief(assessment) && isOptional(recommendation, in: assessment)
  }

  /// Whether the gaps worth closing are given as titles: the network is not ready, and
  /// there are more of them than ``briefLaterItemsAbove``.
  static func laterItemsAreBrief(_ assessment: Assessment) -> Bool {
    isNotReady(assessment)
      && assessment.recommendations.count { isOptional($0, in: assessment) }
        > briefLaterItemsAbove
  }

  /// The most gaps worth closing that a network not ready is given in full.
  static let briefLaterItemsAbove = 3

  /// What a brief item (``isBrief(_:in:)``) says under What to do first: what to do, the
  /// advice's opening clause up to the colon that leads into its reason ("Invite a
  /// university or college in as a partner, a bridge to research for the network's
  /// enquiry"). A check's title reads as a statement of fact beside a list of gaps ("The
  /// four principles are stated"), so it is used only where the advice has no such clause.
  static func briefHeadline(of recommendation: Assessment.Recommendation) -> String {
    openingClause(of: recommendation.advice) ?? recommendation.rule.headline
  }

  /// A brief item as listed: its ``briefHeadline(of:)``, led by "Worth a thought:" when it
  /// is a suggestion, not a gap, so that the list and the sentence that closes it agree.
  static func briefLine(of recommendation: Assessment.Recommendation, in assessment: Assessment)
    -> String
  {
    let headline = briefHeadline(of: recommendation)
    guard status(of: recommendation, in: assessment) == worthAThought, let first = headline.first
    else { return headline }
    return "Worth a thought: " + first.lowercased() + headline.dropFirst()
  }

  /// The text before the first colon that is followed by a space and stands outside
  /// quotation marks and brackets; `nil` where there is none, or nothing before it.
  static func openingClause(of advice: String) -> String? {
    var depth = 0
    var inStraightQuotes = false
    for index in advice.indices {
      let character = advice[index]
      switch character {
      case "\"": inStraightQuotes.toggle()
      case "“", "(", "[": depth += 1
      case "”", ")", "]": depth = max(0, depth - 1)
      case ":" where depth == 0 && !inStraightQuotes:
        let next = advice.index(after: index)
        guard next == advice.endIndex || advice[next] == " " else { break }
        let clause = advice[..<index].trimmingCharacters(in: .whitespaces)
        return clause.isEmpty ? nil : clause
      default: break
      }
    }
    return nil
  }

  /// The advice of a failed finding whose item is brief (``isBrief(_:in:)``), for the
  /// Findings; `nil` when its item is set out in full under What to do first.
  static func briefAdvice(of finding: Assessment.Finding, in assessment: Assessment) -> String? {
    guard finding.outcome == .fail, finding.dependsOn == nil,
      let recommendation = assessment.recommendations.first(where: {
        $0.rule.id == finding.rule.id
      }),
      isBrief(recommendation, in: assessment)
    else { return nil }
    // The item's number, as for every other failure, so that the list under What to do
    // first and its advice here can be matched.
    let item = "What to do first, \(recommendation.priority)"
    return finding.isMetInPart
      ? "Met in part; what remains is \(item): \(recommendation.advice)"
      : "\(item): \(recommendation.advice)"
  }

  /// The priority of the first item worth doing that follows items approval waits on, under
  /// which ``laterHeading(from:in:)`` goes; `nil` when every item is worth doing, or none is.
  static func firstLaterItem(_ assessment: Assessment) -> Int? {
    let recommendations = assessment.recommendations
    guard
      let first = recommendations.firstIndex(where: { isOptional($0, in: assessment) }
      ),
      first > 0
    else { return nil }
    return recommendations[first].priority
  }

  /// How many of the first recommendations a projection may ask a network to follow.
  static let projectionReach = 5

  /// What following the first recommendations together would do, and which gaps would
  /// remain: "Once the first two are done, the network is ready (grade A). Item 3 would
  /// still be a gap worth closing." `nil` when nothing on the list
  /// would change the verdict or the grade.
  ///
  /// While some rules wait on a gap (they presume a failed rule), or a followed item may
  /// bring into play a rule that does not apply now (``waitedOnItems(_:run:)``), the grade
  /// is not promised, and the verdict is promised only on a condition: the checks that can
  /// be made only once those items are done find no other gap.
  static func projectionSentence(_ assessment: Assessment) -> String? {
    guard let first = assessment.projection.first else { return nil }
    let total = assessment.recommendations.count
    func doing(_ count: Int) -> String {
      if total == 1 { return "this one" }
      if count == total { return "all \(number(count))" }
      // "item 1" rather than "the first one", which read as awkward for a single item.
      return count == 1 ? "item 1" : "the first \(number(count))"
    }
    let byVerdict = first.verdict != assessment.verdict
    // A run longer than the first few items is a redesign, not a list to follow: the
    // sentence then stops at the first change.
    let last = assessment.projection.dropFirst().last.flatMap {
      $0.count <= projectionReach ? $0 : nil
    }
    let waitsOn = waitedOnItems(assessment, run: (last ?? first).count)
    let waits = !waitsOn.isEmpty
    func grade(_ step: Assessment.Projection) -> String {
      waits ? "" : " (grade \(step.grade.letter))"
    }
    // Verdicts in words, not as the contract's ids: readers took "ready-with-conditions"
    // inside a sentence for code.
    func plain(_ verdict: String) -> String { verdict.replacingOccurrences(of: "-", with: " ") }
    func done(_ count: Int) -> String { "\(doing(count)) \(count == 1 ? "is" : "are") done" }
    var text =
      "Once \(done(first.count)), "
      + (byVerdict
        ? "the network is \(plain(first.verdict))\(grade(first))"
        : "the grade rises from \(assessment.grade.letter) to \(first.grade.letter)")
    var reached = first
    if let last {
      let are = last.count == 1 ? "is" : "are"
      text +=
        byVerdict
        ? "; once \(doing(last.count)) \(are), it is \(plain(last.verdict))\(grade(last))"
        : "; once \(doing(last.count)) \(are), it rises to \(last.grade.letter)"
      reached = last
    }
    if waits {
      // The promise is conditional: some rules can be judged only once these gaps close.
      text += ", unless the checks looked at again after \(items(waitsOn)) find another gap"
    }
    text += "."
    text += remaining(after: reached, in: assessment)
    return text
  }

  /// Among the first `run` items, those on which some rules wait: the gaps rules presume
  /// (not yet assessed while they stand), and those whose rule checks a fact that the
  /// `applies when` of a rule not applying now reads (closing the gap may bring that rule
  /// into play). Items beyond the run are left out: their waiting rules still wait after
  /// it. Empty when no rule waits on the run.
  static func waitedOnItems(_ assessment: Assessment, run: Int) -> [Int] {
    let framework = assessment.framework
    let bases = waitedOn(assessment)
    let dormant = assessment.findings.filter {
      $0.outcome == .notApplicable && $0.dependsOn == nil && $0.rule.applicability != nil
    }.reduce(into: Set<String>()) { $0.formUnion(framework.factsNamed(inApplicabilityOf: $1.rule)) }
    return assessment.recommendations.filter { recommendation in
      recommendation.priority <= run
        && (bases.contains(recommendation.rule.id)
          || !framework.factsNamed(inConditionOf: recommendation.rule).isDisjoint(with: dormant))
    }.map(\.priority)
  }

  /// The ids of the failed rules other rules wait on: their gaps are counted there, and
  /// those rules are judged only once they are closed.
  static func waitedOn(_ assessment: Assessment) -> Set<String> {
    Set(assessment.findings.compactMap { $0.dependsOn?.id })
  }

  /// The gaps a projection's run leaves, by number: those the verdict after it still turns
  /// on, then the others.
  private static func remaining(after step: Assessment.Projection, in assessment: Assessment)
    -> String
  {
    let total = assessment.recommendations.count
    guard step.count < total else { return "" }
    let needed = step.stillNeeded
    let thoughts = Set(assessment.recommendations.filter(isThought).map(\.priority))
    let others = Array((step.count + 1)...total).filter {
      !needed.contains($0) && !thoughts.contains($0)
    }
    var parts: [String] = []
    if !needed.isEmpty {
      let notReady = step.verdict == FrameworkLoader.verdictIDs.last
      parts.append(
        "\(items(needed)) would still "
          + (notReady
            ? "keep it \(step.verdict)"
            : "be \(needed.count == 1 ? "a condition" : "conditions") of approval"
              + parenthesised(countedAsOne(needed, in: assessment, saying: false))))
    }
    if !others.isEmpty {
      parts.append(
        "\(items(others)) would still be \(others.count == 1 ? "a gap" : "gaps") worth closing")
    }
    guard !parts.isEmpty else { return "" }
    let sentence = parts.joined(separator: ", and ")
    return " " + sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
  }

  // MARK: Findings and areas

  /// A finding's outcome as the reports name it: `waits` for a rule that waits on a gap
  /// counted elsewhere (JSON keeps `not-applicable`, with `dependsOn`), otherwise the
  /// outcome's own name.
  static func outcomeLabel(_ finding: Assessment.Finding) -> String {
    if finding.dependsOn != nil { return finding.failsWithGap ? "fails" : "waits" }
    if finding.isThought { return worthAThought }
    return finding.isMetInPart ? "met in part" : finding.outcome.rawValue
  }

  /// Where a failure's advice is: "See What to do first, 4."; for a check met in part,
  /// "Met in part; what remains is What to do first, 4."
  static func seeItem(_ item: Int, metInPart: Bool) -> String {
    metInPart
      ? "Met in part; what remains is \(reference(item))." : "See \(reference(item))."
  }

  /// A finding as the Markdown and HTML reports give it: a failure points to its item under
  /// What to do first (or gives its advice, where that item is brief), a failure that
  /// depends on another points to that one's, and a pass
  /// or a rule that does not apply gives its message.
  static func findingText(_ finding: Assessment.Finding, in assessment: Assessment) -> String {
    if let basis = finding.dependsOn {
      let place =
        item(of: basis, in: assessment).map {
          "; see \(reference(finding.failsWithGap ? [$0] : [$0] + finding.alsoItems))"
        } ?? ""
      return
        "\(finding.failsWithGap ? "Counted under" : "Waits on") “\(basis.headline)”: \(finding.waitReason ?? Assessment.sameGap)\(place)."
    }
    if let advice = briefAdvice(of: finding, in: assessment) { return advice }
    if finding.outcome == .fail, let item = item(of: finding.rule, in: assessment) {
      return seeItem(item, metInPart: finding.isMetInPart)
    }
    return finding.message
  }

  /// An area's score for the tables (``AreaChecks/shownScore``): "–" when no check of the
  /// area is made, or when an item holds it.
  static func areaScore(_ area: AreaChecks) -> String {
    area.shownScore.map(score) ?? "–"
  }

  /// The score a report shows for an area: none where a gap holds its grade below what its
  /// score earns (``Assessment/AreaResult/shownScore``), nor where an item under What to do
  /// first holds it at all (``heldItems(_:in:)``): a gap of the area's own that caps the
  /// grade, or one its checks wait on or fail with. Readers took a score beside one held area
  /// and "–" beside another for a table that contradicted its own key; the rule they read in
  /// the key is this one: an area with a condition of approval, or a reason the network is
  /// not ready, open in it shows no score until that item is done.
  static func shownScore(_ area: Assessment.AreaResult, in assessment: Assessment) -> Double? {
    guard let score = area.shownScore, heldItems(area, in: assessment).isEmpty else { return nil }
    return score
  }

  /// An area's grade cell for the Markdown and HTML tables: the letter; for an area an item
  /// holds, no letter but the items ("held by item 3"), as the text table shows it no letter
  /// and the JSON keeps its `grade`; "–" when no check of the area is made.
  static func areaStanding(_ area: AreaChecks) -> String {
    guard let grade = area.area.grade else { return "–" }
    return area.heldItems.isEmpty ? grade.letter : "held by \(items(Array(area.heldItems)))"
  }

  /// The items that hold an area, each once, where they cap a grade (conditions of approval
  /// or reasons a network is not ready, never gaps only worth closing): those whose caps hold
  /// its grade now, its own failing checks', and, since a check that waits on a gap, or
  /// fails along with the gaps it depends on, holds its area until they are closed, those
  /// gaps too (readers found "Participation until item 1" beside a check judged again once
  /// items 1 and 4 are closed).
  static func heldItems(_ area: Assessment.AreaResult, in assessment: Assessment) -> Set<Int> {
    let holding = Set(area.cappedBy.compactMap { item(of: $0, in: assessment) })
    let index = assessment.framework.areas.firstIndex { $0.id == area.area.id }
    let others = assessment.findings.filter { $0.rule.areaIndex == index }
      .flatMap { finding in
        guard let basis = finding.dependsOn else {
          return finding.outcome == .fail ? [item(of: finding.rule, in: assessment)] : []
        }
        return finding.alsoItems.map(Optional.some) + [item(of: basis, in: assessment)]
      }
      .compactMap { $0 }
      .filter { number in
        assessment.recommendations.first { $0.priority == number }?.rule.cap != nil
      }
    return holding.union(others)
  }

  /// The notes under the text report's Areas table, each a whole sentence, only those that
  /// apply: the areas a gap holds, each with its grade and item (``heldNote(_:in:)``), what
  /// becomes of the checks that wait on or fail with another item's gap
  /// (``dependentChecksNote(_:checks:)``), the checks met in part, and what "–" means when
  /// an area has no grade. Readers took a note for each of "wait", "counted under" and "–"
  /// for bookkeeping: the held areas come first, then one sentence for the rest.
  static func areaNotes(_ assessment: Assessment, checks: [AreaChecks]) -> [String] {
    [
      heldNote(checks, in: assessment), dependentChecksNote(assessment, checks: checks),
      metInPartNote(checks), noScoreNote(checks, inTextTable: true),
      areaGradesNote(assessment),
    ].compactMap { $0 }
  }

  /// Why some areas show "–" and no letter, said once for all of them, in the words readers
  /// asked for: "Areas shown as “–” are not scored until item 1 is done." Where different
  /// items hold different areas, each area is named with its items ("… until the items that
  /// hold them are done: Adult learning until item 3, and Size and membership until item
  /// 1."); where a held area has a gap of its own besides, the note adds that such gaps have
  /// items of their own. `nil` when no area is held.
  static func heldNote(_ checks: [AreaChecks], in assessment: Assessment) -> String? {
    var groups: [(by: Set<Int>, titles: [String])] = []
    var otherGaps = false
    for area in checks {
      let by = area.heldItems
      guard area.area.grade != nil, area.shownScore == nil, !by.isEmpty else { continue }
      otherGaps = otherGaps || hasOwnGapBesidesItsHolders(area, in: assessment)
      if let index = groups.firstIndex(where: { $0.by == by }) {
        groups[index].titles.append(area.area.area.title)
      } else {
        groups.append((by, [area.area.area.title]))
      }
    }
    guard let first = groups.first else { return nil }
    // Readers took a letter beside a held area for a grade it had earned, and every longer
    // note about what holds it for the tool's bookkeeping; and "other gaps" where there were
    // none sent them looking for items that do not exist. The table shows which areas are
    // held, with no letter: the note says until when, and names other gaps only where there
    // are some.
    let one = groups.count == 1 && first.titles.count == 1
    let lead = one ? "The area shown as “–” is not scored" : "Areas shown as “–” are not scored"
    let others =
      otherGaps
      ? (one
        ? " Any other gap in it has an item of its own."
        : " Other gaps in them have items of their own.")
      : ""
    guard groups.count > 1 else {
      let done = first.by.count == 1 ? "is" : "are"
      return "\(lead) until \(items(Array(first.by))) \(done) done.\(others)"
    }
    let clauses = groups.map { "\(Value.sentenceList($0.titles)) until \(items(Array($0.by)))" }
    // Titles hold "and" themselves ("Size and membership"): clauses part with a comma, or
    // with semicolons when there are more than two.
    let list =
      clauses.count <= 2
      ? clauses.joined(separator: ", and ")
      : clauses.dropLast().joined(separator: "; ") + "; and " + clauses.last!
    return "\(lead) until the items that hold them are done: \(list).\(others)"
  }

  /// Whether a held area has a gap of its own besides the failures that hold it: a check of
  /// its own that fails (in part or outright), judged on its own.
  private static func hasOwnGapBesidesItsHolders(
    _ area: AreaChecks, in assessment: Assessment
  ) -> Bool {
    let index = assessment.framework.areas.firstIndex { $0.id == area.area.area.id }
    // The held items include those of the failures whose caps hold the grade now.
    let holders = Set(
      assessment.recommendations.filter { area.heldItems.contains($0.priority) }.map(\.rule.id))
    return assessment.findings.contains { finding in
      finding.rule.areaIndex == index && finding.outcome == .fail && finding.dependsOn == nil
        && !finding.isThought && !holders.contains(finding.rule.id)
    }
  }

  /// Where some area's letter is below the overall grade: that the areas' letters show where
  /// the design is strong or weak, and that the overall grade is not their average (readers
  /// asked why a D area sits in a report graded C). `nil` when no area is graded below it.
  static func areaGradesNote(_ assessment: Assessment) -> String? {
    let framework = assessment.framework
    let overall = framework.rank(of: assessment.grade.letter)
    // Held areas show no letter in the text table, so only the letters shown count.
    guard
      assessment.areas.contains(where: { area in
        shownScore(area, in: assessment) != nil
          && (area.grade.map { framework.rank(of: $0.letter) > overall } ?? false)
      })
    else { return nil }
    return
      "An area's letter shows where the design is strong or weak; the overall grade is set by the gaps above, not by an average of the areas."
  }

  /// The notes under the Markdown and HTML Areas tables, whose cells already say what the
  /// checks wait on and what holds a grade: the checks met in part, and what "–" means when
  /// an area shows it.
  static func areaLegends(_ checks: [AreaChecks]) -> [String] {
    [metInPartNote(checks), noScoreNote(checks, inTextTable: false)].compactMap { $0 }
  }

  /// What becomes of the checks that depend on another item's gap (they wait on it, or fail
  /// counted under it), in one plain sentence: "The three checks that depend on item 1 are
  /// looked at again once it is done." Each check under Findings says which item, and why;
  /// that such a gap counts once, the legend before Findings says. `nil` when no check
  /// depends on another's gap.
  static func dependentChecksNote(_ assessment: Assessment, checks: [AreaChecks]) -> String? {
    let failing = assessment.findings.filter(\.failsWithGap)
    let numbers = Set(
      checks.flatMap(\.waitedOnItems)
        + failing.compactMap { finding in finding.dependsOn.flatMap { item(of: $0, in: assessment) }
        }
    ).sorted()
    guard let only = numbers.first else { return nil }
    let count = checks.map(\.waiting).reduce(0, +) + failing.count
    guard numbers.count == 1 else {
      return
        "The checks that depend on \(items(numbers)) are looked at again once their item is done."
    }
    let which =
      count == 1
      ? "The check that depends on item \(only) is"
      : "The \(number(count)) checks that depend on item \(only) are"
    return "\(which) looked at again once it is done."
  }

  /// "A check met in part earns part of its score for what the design already does: Levels
  /// of learning (item 4).": each area with a check met in part, with its items. `nil` when
  /// no check is met in part.
  static func metInPartNote(_ checks: [AreaChecks]) -> String? {
    // An area shown with no score ("–") is left out: readers took "part of its score" beside
    // "not scored" for a contradiction.
    let areas = checks.filter { $0.metInPart > 0 && $0.shownScore != nil }
    guard !areas.isEmpty else { return nil }
    let lead =
      areas.map(\.metInPart).reduce(0, +) == 1
      ? "A check met in part earns part of its score"
      : "Checks met in part earn part of their score"
    let named = areas.map { area in
      let title = area.area.area.title
      return area.metInPartItems.isEmpty ? title : "\(title) (\(items(area.metInPartItems)))"
    }
    return "\(lead) for what the design already does: \(named.joined(separator: "; "))."
  }

  /// What "–" means, when some area shows it; `nil` otherwise. The text table names the held
  /// areas in a note of their own (``heldNote(_:in:)``) and shows an area no check of which
  /// is made as "–  –" with a dotted bar, so there only that area needs this note, in those
  /// words; the Markdown and HTML tables need both sentences.
  static func noScoreNote(_ checks: [AreaChecks], inTextTable: Bool) -> String? {
    let unmade = checks.contains { $0.area.grade == nil }
    let held =
      !inTextTable && checks.contains { $0.area.grade != nil && $0.shownScore == nil }
    let sentences = [
      unmade
        ? (inTextTable
          ? "An area shown as “–  –”, with a dotted bar, has no check made: none applies, or those that do wait."
          : "An area marked “–” with no grade has no check made: none applies, or those that do wait.")
        : nil,
      held
        ? "An area held by an item shows no score or letter until that item is done: a gap that approval waits on is open in it, or in what its checks wait on."
        : nil,
    ].compactMap { $0 }
    return sentences.isEmpty ? nil : sentences.joined(separator: " ")
  }

  // MARK: Words and numbers

  /// "an" before a letter whose name begins with a vowel sound (an A, an E), "a" otherwise.
  static func article(_ letter: String) -> String {
    letter.first.map { "AEFHILMNORSX".contains($0) } == true ? "an" : "a"
  }

  /// A score with one decimal at most.
  static func score(_ score: Double) -> String { NumberText.plain(score, decimals: 1) }

  /// An area's score as a whole number, for the text table, rounded down where rounding
  /// would reach the next better grade's threshold: 77.8 graded C (B from 78) reads 77, not
  /// a 78 that reads as a B.
  static func wholeScore(_ score: Double, grade: Framework.Grade, in framework: Framework)
    -> String
  {
    let rank = framework.rank(of: grade.letter)
    let rounded = score.rounded()
    if rank > 0, framework.grades.indices.contains(rank - 1),
      rounded >= framework.grades[rank - 1].threshold
    {
      return NumberText.plain(score.rounded(.down), decimals: 0)
    }
    return NumberText.plain(score, decimals: 0)
  }

  /// Small counts in words, as the reports' sentences say them ("three"), others in figures.
  static func number(_ count: Int) -> String {
    let words = [
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    return words.indices.contains(count) ? words[count] : String(count)
  }
}

extension ReportFormatting {
  /// What the marks beside the checks under Findings mean, said once before them: how much a
  /// gap weighs, by the meaning each severity shown declares, and what a check's name is
  /// for. Readers took the severity words and the names for jargon they could not act on.
  struct FindingsLegend {
    /// The sentence that leads into the weights; `nil` when no check shows one.
    let weightsIntro: String?
    /// Each severity shown beside a check, with what a gap of it means.
    let weights: [(word: String, meaning: String)]
    /// What counts once against the verdicts the weights describe, said beside them: a check
    /// failing "counted under" an item is that item's gap, and items that can be met
    /// together are one gap; `nil` when the report has neither.
    let countedOnce: String?
    /// What a check's name is for.
    let names: String
  }

  static func findingsLegend(_ assessment: Assessment) -> FindingsLegend {
    let shown = Set(
      assessment.findings.filter(\.rule.isEssential).compactMap(\.rule.severityLabel))
    let weights = assessment.framework.severities.filter { shown.contains($0.id) }.map {
      (word: $0.id, meaning: lowercasingFirst($0.meaning))
    }
    let example = assessment.findingsByArea.first?.1.first?.rule.id ?? "RULE-ID"
    return FindingsLegend(
      weightsIntro: weights.isEmpty
        ? nil
        : "The word in brackets after a check says how much a gap there weighs, on this report's own scale (the programme itself ranks none):",
      weights: weights,
      countedOnce: countedOnce(assessment),
      names:
        "Each check's name (such as \(example)) identifies it, for anyone who asks how it "
        + "judged this design.")
  }

  /// ``FindingsLegend/countedOnce``.
  private static func countedOnce(_ assessment: Assessment) -> String? {
    let countedUnder =
      assessment.findings.contains(where: \.failsWithGap)
      ? "A check that fails “counted under” an item is part of that item's gap: it counts once, there, and is judged again once the item is done."
      : nil
    // Only where the verdict's lists above say which items can be met together.
    let listed =
      (assessment.reasons + assessment.conditions).compactMap { item(of: $0.rule, in: assessment) }
      + assessment.recommendations.filter { isConditionToCome($0, in: assessment) }.map(\.priority)
    let metTogether =
      countedAsOne(listed, in: assessment, saying: false).isEmpty
      ? nil : "Two items that can be met together, as the list above says, count as one gap."
    let sentences = [countedUnder, metTogether].compactMap { $0 }
    return sentences.isEmpty ? nil : sentences.joined(separator: " ")
  }

  private static func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }
}
