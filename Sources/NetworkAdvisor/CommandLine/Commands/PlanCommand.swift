/// `network-advisor plan PROPOSAL`: the cheapest set of changes to a proposal that reaches
/// a target grade or verdict, each verified by re-assessing the changed proposal.
enum PlanCommand: ParsableCommand {
  /// The formats of the plan.
  enum Format: String, OptionChoice { case text, markdown, json }
  /// The most changes `--max-changes` accepts.
  static let changeLimit = 30

  static let configuration = CommandConfiguration(
    name: "plan",
    abstract: "Find the fewest, cheapest changes to a proposal that reach a target grade or ready.",
    discussion: """
      Each change is a small edit a network could make (facilitate a knot, bring a school into
      it, add a leader, ...), with a cost from plan.costs; every candidate is re-assessed with
      the rules. Words and names the network must write itself are left marked as to do.
      """)

  /// What `plan` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    @Parsed(.proposal) var proposal: String
    /// A grade or a verdict, checked against the framework once it is loaded.
    @Parsed(
      .option(
        "--target", value: "target",
        help: "A grade (the grade or better) or a verdict such as ready (default: \(.default))."))
    var target = "ready"
    @Parsed(
      .option(
        "--max-changes", value: "n",
        help: "The most changes a plan may have (default: \(.default), at most \(changeLimit))."),
      in: 1...changeLimit)
    var maxChanges = 8
    @Parsed(.format(Format.self)) var format = Format.text
    @Parsed(.output()) var output: String? = nil
    @Parsed(
      .option(
        "--write-patch", value: "file",
        help: "Write the JSON merge patch (RFC 7386) that turns the proposal into the planned one."
      ))
    var writePatch: String? = nil
    @Parsed(.rules(help: "A folder of rules (and plan.costs) on top of the default (repeatable)."))
    var rules: [String] = []

    func validate(_ parsed: ParsedArguments) throws(UsageError.Problem) {
      if let output, output == writePatch { throw .sameFile($output.name, $writePatch.name) }
    }
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    let path = options.proposal
    let folders = options.rules
    guard let framework = CommandSupport.loadFramework(folders, console) else {
      return .invalidInput
    }
    let costs: EditCosts
    do throws(DiagnosticError) {
      costs = try EditCosts.forFolders(folders)
    } catch {
      console.report(error.diagnostics)
      return .invalidInput
    }
    guard let target = PlanTarget(options.target, in: framework) else {
      let allowed = framework.grades.map(\.letter) + framework.verdicts.map(\.id)
      let problem = UsageError.Problem.notAChoice(
        options.target, of: options.$target.usageName, choices: allowed, suggests: false)
      console.printError(UsageError(problem, spec: spec))
      return .invalidInput
    }
    let (output, patchFile) = (options.output, options.writePatch)
    guard let input = CommandSupport.readInput(path, console),
      case .success = CommandSupport.checkedProposal(input, framework, console),
      let document = CommandSupport.document(input.bytes)
    else { return .invalidInput }
    let planner = Planner(framework: framework, costs: costs, maxChanges: options.maxChanges)
    guard let plan = planner.plan(document, target: target) else { return .invalidInput }
    let report: String
    switch options.format {
    case .json: report = PlanReport.json(plan)
    case .markdown: report = PlanReport.markdown(plan)
    case .text: report = PlanReport.text(plan)
    }
    let inputs = [path] + framework.files.map(\.name)
    if let patchFile {
      if plan.isReached {
        guard
          CommandSupport.emit(
            JSONWriter.pretty(plan.patch), to: patchFile, inputs: inputs, console,
            option: options.$writePatch)
        else { return .invalidInput }
      } else {
        console.printError("The target was not reached; no patch was written.\n")
      }
    }
    guard CommandSupport.emit(report, to: output, inputs: inputs, console) else {
      return .invalidInput
    }
    return plan.isReached ? .success : .shortfall
  }
}
