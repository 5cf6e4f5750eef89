/// `network-advisor explain PROPOSAL RULE-ID`: why one rule passed, failed or did not apply.
enum ExplainCommand {
  static let spec = CommandSpec(
    name: "explain",
    abstract: "Show how one rule judged a proposal: each part of its condition with its value.",
    arguments: [
      .init("proposal", help: "A network-proposal/1 JSON file, or - for standard input."),
      .init("rule-id", help: "The id of a rule, such as knots.enquiry-group (see 'rules list')."),
    ],
    options: [
      .rules()
    ])

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let path = arguments.positionals[0]
    let ruleID = arguments.positionals[1]
    guard let framework = CommandSupport.loadFramework(arguments.all("--rules"), console) else {
      return .invalidInput
    }
    guard let index = framework.ruleIndex(of: ruleID) else {
      var message = "Unknown rule '\(ruleID)'."
      if let close = EditDistance.closest(to: ruleID, among: framework.rules.map(\.id)) {
        message += " Did you mean '\(close)'?"
      } else {
        message += " '\(console.programName) rules list' shows them all."
      }
      console.printError(UsageError(message, spec: spec))
      return .invalidInput
    }
    guard let proposal = CommandSupport.readProposal(path, framework, console) else {
      return .invalidInput
    }
    if let refusal = framework.budgetRefusal(for: proposal.fields) {
      console.report([refusal])
      return .invalidInput
    }
    console.print(
      TraceReport.explain(framework.rules[index], in: framework, fields: proposal.fields))
    return .success
  }
}
