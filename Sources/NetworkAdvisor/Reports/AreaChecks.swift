/// What the checks of one area found, as every report's Areas table says it: how many pass,
/// how many are met in part (failed, but earning part of their weight through their
/// `partial credit`), how many fail with no credit, how many are worth a thought (failed
/// rules that weigh nothing, suggestions rather than gaps), and how many wait on a gap (a rule with
/// a `dependsOn` finding), with the items under What to do first they wait on. Checks that do
/// not apply are not counted.
struct AreaChecks {
  /// The area's result.
  let area: Assessment.AreaResult
  /// How many of the area's checks pass.
  let passed: Int
  /// How many fail while earning part of their weight (``Assessment/credits`` above 0).
  let metInPart: Int
  /// How many fail with no credit, not counting those worth a thought.
  let failed: Int
  /// How many fail but weigh nothing: suggestions, not gaps (``ReportFormatting/isThought(_:)``).
  let thoughts: Int
  /// How many wait on a failed rule.
  let waiting: Int
  /// The items under What to do first of the checks met in part.
  let metInPartItems: [Int]
  /// The items under What to do first the waiting checks wait on, in ascending order (a
  /// check waits on a failed rule, and every failed rule has an item).
  let waitedOnItems: [Int]
  /// The items under What to do first that hold the area (``ReportFormatting/heldItems(_:in:)``).
  let heldItems: Set<Int>
  /// The score the report shows for the area (``ReportFormatting/shownScore(_:in:)``): none
  /// while an item holds it.
  var shownScore: Double? { heldItems.isEmpty ? area.shownScore : nil }

  /// Each area's checks, in the framework's order.
  static func all(in assessment: Assessment) -> [AreaChecks] {
    let framework = assessment.framework
    return assessment.areas.map { area in
      let index = framework.areas.firstIndex { $0.id == area.area.id }
      let own = assessment.findings.indices.filter {
        assessment.findings[$0].rule.areaIndex == index
      }
      return AreaChecks(area: area, findings: own, in: assessment)
    }
  }

  private init(area: Assessment.AreaResult, findings own: [Int], in assessment: Assessment) {
    self.area = area
    let findings = assessment.findings
    // Each check counts once: a check that waits is counted as waiting whatever its outcome.
    let judged = own.filter { findings[$0].dependsOn == nil }
    let failing = judged.filter { findings[$0].outcome == .fail }
    let partial = failing.filter { findings[$0].isMetInPart }
    let thoughtful = failing.filter { findings[$0].isThought }
    // A check that fails with the gap it depends on fails now: it is counted as failing
    // (its weight is scored with that gap), not as waiting.
    let failingWithGap = own.filter { findings[$0].failsWithGap }
    let waiters = own.filter { !findings[$0].failsWithGap && findings[$0].dependsOn != nil }
    let waits = waiters.compactMap { findings[$0].dependsOn }
    passed = judged.filter { findings[$0].outcome == .pass }.count
    metInPart = partial.count
    thoughts = thoughtful.count
    failed = failing.count - partial.count - thoughtful.count + failingWithGap.count
    waiting = waits.count
    metInPartItems = partial.compactMap {
      ReportFormatting.item(of: findings[$0].rule, in: assessment)
    }
    waitedOnItems = Array(
      Set(
        waits.compactMap { ReportFormatting.item(of: $0, in: assessment) }
          + waiters.flatMap { findings[$0].alsoItems })
    ).sorted()
    heldItems = ReportFormatting.heldItems(area, in: assessment)
  }

  /// Where the waiting checks wait, as a reader finds it: "item 1", "items 1 and 4". `nil`
  /// when no check waits.
  var waitsOn: String? {
    waiting > 0 ? ReportFormatting.items(waitedOnItems) : nil
  }

  /// "3 pass, 1 met in part, 1 fails, 1 worth a thought, 1 waits": the counts that are not
  /// zero, in that order;
  /// "none apply" when no check of the area applies.
  var summary: String {
    parts.isEmpty ? "none apply" : parts.joined(separator: ", ")
  }

  /// The counts of ``summary``, each a phrase ("3 pass"); empty when no check applies.
  var parts: [String] {
    [
      passed > 0 ? "\(passed) pass" : nil,
      metInPart > 0 ? "\(metInPart) met in part" : nil,
      failed > 0 ? (failed == 1 ? "1 fails" : "\(failed) fail") : nil,
      thoughts > 0 ? "\(thoughts) worth a thought" : nil,
      waiting > 0 ? (waiting == 1 ? "1 waits" : "\(waiting) wait") : nil,
    ].compactMap { $0 }
  }

  /// The summary with where the waiting checks wait, for the Markdown and HTML tables:
  /// "3 pass, 1 waits on item 1".
  var summaryWithWaits: String {
    waitsOn.map { "\(summary) on \($0)" } ?? summary
  }
}
