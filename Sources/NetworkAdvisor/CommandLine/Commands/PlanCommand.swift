/// `network-advisor plan PROPOSAL`: the cheapest set of changes to a proposal that reaches
/// a target grade or verdict, each verified by re-assessing the changed proposal.
enum PlanCommand {
  /// The formats of the plan.
  enum Format: String, OptionChoice { case text, markdown, json }
  /// The most changes `--max-changes` accepts.
  static let changeLimit = 30

  static let spec = CommandSpec(
    name: "plan",
    abstract: "Find the fewest, cheapest changes to a proposal that reach a target grade or ready.",
    discussion: """
      Each change is a small edit a network could make (facilitate a knot, bring a school into
      it, add a leader, ...), with a cost from plan.costs; every candidate is re-assessed with
      the rules. Words and names the network must write itself are left marked as to do.
      """,
    arguments: [Options.proposal],
    options: [
      Options.target, Options.maxChanges, Options.format, Options.output, Options.writePatch,
      Options.rules,
    ])

  /// What `plan` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    static let proposal = CommandSpec.Parameter.proposal
    static let target = CommandSpec.Parameter.option(
      "--target", value: "target",
      help: "A grade (the grade or better) or a verdict such as ready (default: ready).")
    static let maxChanges = CommandSpec.Parameter.option(
      "--max-changes", value: "n",
      help: "The most changes a plan may have (default: 8, at most \(changeLimit)).")
    static let format = CommandSpec.Parameter.format(Format.self)
    static let output = CommandSpec.Parameter.output()
    static let writePatch = CommandSpec.Parameter.option(
      "--write-patch", value: "file",
      help: "Write the JSON merge patch (RFC 7386) that turns the proposal into the planned one.")
    static let rules = CommandSpec.Parameter.rules(
      help: "A folder of rules (and plan.costs) on top of the default (repeatable).")

    var proposal: String
    /// A grade or a verdict, checked against the framework once it is loaded.
    var target = "ready"
    var maxChanges = 8
    var format = Format.text
    var output: String?
    var writePatch: String?
    var rules: [String] = []
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
        options.target, of: Options.target.usageName, choices: allowed, suggests: false)
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
            option: Options.writePatch)
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

extension PlanCommand.Options {
  init(_ parsed: ParsedArguments) throws(UsageError.Problem) {
    let limits = 1...PlanCommand.changeLimit
    proposal = try parsed.required(Self.proposal)
    target = parsed.value(of: Self.target) ?? "ready"
    maxChanges =
      try parsed.value(
        of: Self.maxChanges, as: { Int($0).flatMap { limits.contains($0) ? $0 : nil } },
        else: { .notAWholeNumber($0, of: Self.maxChanges.usageName, range: limits) }) ?? 8
    format = try parsed.choice(of: Self.format, default: .text)
    output = parsed.value(of: Self.output)
    writePatch = parsed.value(of: Self.writePatch)
    rules = parsed.values(of: Self.rules)
    if let output, output == writePatch {
      throw .sameFile(Self.output.name, Self.writePatch.name)
    }
  }
}
