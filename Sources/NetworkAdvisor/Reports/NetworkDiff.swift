/// Two versions of one network's proposal, assessed with the same framework: what changed
/// in the proposal, how the score, grade and verdict moved, which findings went from fail
/// to pass and back (or came to be judged, or stopped being judged), which earlier
/// recommendations were acted on and what is still open.
package struct NetworkDiff: Sendable {
  /// One side of the comparison: a file, and its assessment or why it was refused.
  package struct Side: Sendable {
    /// The file.
    package let file: String
    /// The assessment, when the file was assessed.
    package let assessment: Assessment?
    /// The first problem, when the file was refused.
    package let problem: String?

    /// An assessed file.
    package init(file: String, assessment: Assessment) {
      self.file = file
      self.assessment = assessment
      self.problem = nil
    }

    /// A refused file, with its first problem.
    package init(file: String, problem: String) {
      self.file = file
      self.assessment = nil
      self.problem = problem
    }
  }

  /// A rule whose outcome moved.
  package struct Move: Sendable {
    /// The rule.
    package let rule: Rule
    /// Its outcome before.
    package let old: Outcome
    /// Its outcome after.
    package let new: Outcome
    /// The rule whose gap it waited on before (not judged, the gap counted there); `nil`
    /// when it was judged on its own or did not apply.
    package let waitedOn: Rule?
    /// The rule whose gap it waits on now; `nil` when it is judged on its own or does not
    /// apply.
    package let waitsOn: Rule?

    /// Whether the rule was not judged before: it did not apply, or waited on another gap.
    package var wasNotJudged: Bool { old == .notApplicable }
  }

  /// The earlier version; `nil` when the network is new in the later portfolio.
  package let old: Side?
  /// The later version; `nil` when the network left the portfolio.
  package let new: Side?
  /// What changed in the proposal; empty unless both versions were read.
  package let changes: [ProposalChange]

  /// Compares two versions.
  package init(old: Side?, new: Side?, changes: [ProposalChange]) {
    self.old = old
    self.new = new
    self.changes = changes
  }

  /// `compared`, `added` (only a later version), `removed` (only an earlier one) or
  /// `refused` (a version could not be read).
  package var status: String {
    if old?.problem != nil || new?.problem != nil { return "refused" }
    if old == nil { return "added" }
    if new == nil { return "removed" }
    return "compared"
  }

  /// The network's name: the later one when there is one.
  package var network: String? { new?.assessment?.subjectName ?? old?.assessment?.subjectName }

  private var both: (old: Assessment, new: Assessment)? {
    guard let old = old?.assessment, let new = new?.assessment else { return nil }
    return (old, new)
  }

  /// Every rule whose outcome moved, in the framework's order.
  package var moves: [Move] {
    guard let (old, new) = both else { return [] }
    return zip(old.findings, new.findings).compactMap { before, after in
      before.outcome == after.outcome
        ? nil
        : Move(
          rule: after.rule, old: before.outcome, new: after.outcome, waitedOn: before.dependsOn,
          waitsOn: after.dependsOn)
    }
  }

  /// Rules that failed before and pass now.
  package var fixed: [Move] { moves.filter { $0.old == .fail && $0.new == .pass } }
  /// Rules that passed before and fail now.
  package var broken: [Move] { moves.filter { $0.old == .pass && $0.new == .fail } }
  /// Rules that moved to or from not-applicable.
  package var otherMoves: [Move] {
    moves.filter { $0.old == .notApplicable || $0.new == .notApplicable }
  }
  /// Every rule that did not fail before and fails now: those that passed (``broken``) and
  /// those not judged before, because they did not apply or waited on another rule's gap.
  /// To a reader all are new failures; each is a recommendation of the later assessment.
  package var nowFailing: [Move] { moves.filter { $0.old != .fail && $0.new == .fail } }
  /// The moves to or from not-applicable that do not fail now: rules now judged and met,
  /// and rules no longer judged.
  package var judgedOrNot: [Move] { otherMoves.filter { $0.new != .fail } }

  /// The earlier recommendations whose rule now passes: acted on.
  package var actedOn: [Assessment.Recommendation] {
    guard let (old, new) = both else { return [] }
    return old.recommendations.filter { new.findings[index(of: $0.rule, in: new)].outcome == .pass }
  }

  /// The earlier recommendations whose rule no longer applies.
  package var noLongerApply: [Assessment.Recommendation] {
    guard let (old, new) = both else { return [] }
    return old.recommendations.filter {
      new.findings[index(of: $0.rule, in: new)].outcome == .notApplicable
    }
  }

  /// The later recommendations that were made before too: still open, in the later order.
  package var stillOpen: [Assessment.Recommendation] {
    guard let (old, new) = both else { return [] }
    return new.recommendations.filter { old.findings[index(of: $0.rule, in: old)].outcome == .fail }
  }

  /// The later recommendations that are new: their rule did not fail before.
  package var newlyRecommended: [Assessment.Recommendation] {
    guard let (old, new) = both else { return [] }
    return new.recommendations.filter { old.findings[index(of: $0.rule, in: old)].outcome != .fail }
  }

  /// Both assessments use the same framework, so a rule is at the same place in both.
  private func index(of rule: Rule, in assessment: Assessment) -> Int {
    assessment.findings.firstIndex { $0.rule.id == rule.id } ?? 0
  }
}
