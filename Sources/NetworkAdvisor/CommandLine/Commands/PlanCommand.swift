/// `network-advisor plan PROPOSAL`: the cheapest set of changes to a proposal that reaches
/// a target grade or verdict, each verified by re-assessing the changed proposal.
enum PlanCommand {
  static let formats = ["text", "markdown", "json"]
  /// The most changes `--max-changes` accepts.
  static let changeLimit = 30

  static let spec = CommandSpec(
    name: "plan",
    abstract: "Find the fewest, cheapest changes to a proposal that reach a target grade or ready.",
    discussion:
      "Each change is a small edit a network could make (facilitate a knot, bring a school into\nit, add a leader, ...), with a cost from plan.costs; every candidate is re-assessed with\nthe rules. Words and names the network must write itself are left marked as to do.",
    arguments: [
      .init("proposal", help: "A network-proposal/1 JSON file, or - for standard input.")
    ],
    options: [
      .init(
        "--target", value: "target",
        help: "A grade (the grade or better) or a verdict such as ready (default: ready)."),
      .init(
        "--max-changes", value: "n",
        help: "The most changes a plan may have (default: 8, at most \(changeLimit))."),
      .format(formats),
      .output(),
      .init(
        "--write-patch", value: "file",
        help: "Write the JSON merge patch (RFC 7386) that turns the proposal into the planned one."),
      .rules(help: "A folder of rules (and plan.costs) on top of the default (repeatable)."),
    ])

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let path = arguments.positionals[0]
    let folders = arguments.all("--rules")
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
    let targetText = arguments.value("--target") ?? "ready"
    guard let target = PlanTarget(targetText, in: framework) else {
      let allowed = framework.grades.map(\.letter) + framework.verdicts.map(\.id)
      return usageError(
        "The value '\(targetText)' is invalid for '--target <target>'. Please provide one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")).",
        console)
    }
    let maxChanges = arguments.value("--max-changes").map { Int($0) } ?? 8
    guard let maxChanges, (1...changeLimit).contains(maxChanges) else {
      return usageError(
        "The value '\(arguments.value("--max-changes") ?? "")' is invalid for '--max-changes <n>'. Please provide a whole number from 1 to \(changeLimit).",
        console)
    }
    let output = arguments.value("--output")
    let patchFile = arguments.value("--write-patch")
    if let output, let patchFile, output == patchFile {
      return usageError("'--output' and '--write-patch' must name different files.", console)
    }
    guard let input = CommandSupport.readInput(path, console),
      case .success = CommandSupport.checkedProposal(input, framework, console),
      let document = CommandSupport.document(input.bytes)
    else { return .invalidInput }
    let planner = Planner(framework: framework, costs: costs, maxChanges: maxChanges)
    guard let plan = planner.plan(document, target: target) else { return .invalidInput }
    let report: String
    switch arguments.value("--format") ?? "text" {
    case "json": report = PlanReport.json(plan)
    case "markdown": report = PlanReport.markdown(plan)
    default: report = PlanReport.text(plan)
    }
    let inputs = [path] + framework.files.map(\.name)
    if let patchFile {
      if plan.isReached {
        guard
          CommandSupport.emit(
            JSONWriter.pretty(plan.patch), to: patchFile, inputs: inputs, console,
            option: "--write-patch")
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

  private static func usageError(_ message: String, _ console: Console) -> ExitCode {
    console.printError(UsageError(message, spec: spec).rendered)
    return .invalidInput
  }
}
