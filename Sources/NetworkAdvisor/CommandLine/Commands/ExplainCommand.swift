/// `network-advisor explain PROPOSAL RULE-ID`: why one rule passed, failed or did not apply.
enum ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "explain",
    abstract: "Show how one rule judged a proposal: each part of its condition with its value.",
    discussion: """
      Each part of the rule's condition is shown with the value it took, then every fact it
      reads with its definition, so that a pass, a failure or "does not apply" can be traced
      to what the proposal says.
      """)

  /// What `explain` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    @Parsed(.proposal) var proposal: String
    /// Checked against the framework once it is loaded.
    @Parsed(
      .positional(
        "rule-id", help: "The id of a rule, such as knots.enquiry-group (see 'rules list')."))
    var ruleID: String
    @Parsed(.rules()) var rules: [String] = []
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    let (path, ruleID) = (options.proposal, options.ruleID)
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      return .invalidInput
    }
    guard let index = framework.ruleIndex(of: ruleID) else {
      let problem = UsageError.Problem.unknownRule(
        ruleID, suggestion: EditDistance.closest(to: ruleID, among: framework.rules.map(\.id)),
        program: console.programName)
      console.printError(UsageError(problem, spec: spec))
      return .invalidInput
    }
    guard let proposal = CommandSupport.readProposal(path, framework, console) else {
      return .invalidInput
    }
    if let refusal = framework.budgetRefusal(for: proposal.fields) {
      console.report([refusal])
      return .invalidInput
    }
    // The refusal above covers a record of another shape, the one case with no trace.
    console.print(
      TraceReport.explain(framework.rules[index], in: framework, fields: proposal.fields) ?? "")
    return .success
  }
}
