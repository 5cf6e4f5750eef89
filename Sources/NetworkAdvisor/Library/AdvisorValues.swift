/// A proposal that was read and found well formed.
public struct NetworkProposal: Sendable {
  let read: ProposalReader.Result

  /// The network's name, as the proposal gives it.
  public var name: String { read.proposal.name }
}

/// What the framework made of one proposal.
public struct AdvisorAssessment: Sendable {
  let assessment: Assessment
  let proposal: NetworkProposal

  init(_ assessment: Assessment, of proposal: NetworkProposal) {
    self.assessment = assessment
    self.proposal = proposal
  }

  /// The network's name.
  public var networkName: String { assessment.subjectName }
  /// The overall score, 0 to 100, held within the band of ``grade`` when a failure caps it.
  public var score: Double { assessment.score }
  /// The score the rules met, before any cap; equal to ``score`` when nothing capped the grade.
  public var uncappedScore: Double { assessment.uncappedScore }
  /// The overall grade's letter, after any cap.
  public var grade: String { assessment.grade.letter }
  /// The verdict's id: `ready`, `ready-with-conditions` or `not-ready` in the default framework.
  public var verdict: String { assessment.verdict }
  /// Why the verdict is not better, in words (empty when ready).
  public var reasons: [String] { (assessment.reasons + assessment.conditions).map(\.message) }
  /// Each rule's outcome, in the framework's order.
  public var findings: [AdvisorFinding] {
    assessment.findings.map { finding in
      AdvisorFinding(
        ruleID: finding.rule.id, title: finding.rule.title,
        outcome: AdvisorFinding.Outcome(finding.outcome),
        advice: finding.outcome == .fail ? finding.message : nil)
    }
  }
  /// What to change first, most important first.
  public var recommendations: [String] { assessment.recommendations.map(\.advice) }
}

/// One rule's outcome for one proposal.
public struct AdvisorFinding: Sendable, Equatable {
  /// Whether the proposal met the rule.
  public enum Outcome: String, Sendable, Equatable {
    case passed, failed, notApplicable = "not-applicable"

    init(_ outcome: NetworkAdvisor.Outcome) {
      switch outcome {
      case .pass: self = .passed
      case .fail: self = .failed
      case .notApplicable: self = .notApplicable
      }
    }
  }

  /// The rule's id, as `explain` takes it.
  public var ruleID: String
  /// What the rule asks, in a line.
  public var title: String
  public var outcome: Outcome
  /// For a failed rule, what to do about it.
  public var advice: String?
}

/// Why a framework, a proposal or an assessment could not be had.
public struct AdvisorError: Error, Sendable, CustomStringConvertible {
  let diagnostics: [Diagnostic]

  init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// Each problem as the command line prints it: file, line and column, what was found,
  /// what is allowed, and a suggestion where there is one.
  public var problems: [String] {
    diagnostics.map { DiagnosticRenderer(usesColour: false).render($0) }
  }

  public var description: String { DiagnosticRenderer(usesColour: false).render(diagnostics) }
}
