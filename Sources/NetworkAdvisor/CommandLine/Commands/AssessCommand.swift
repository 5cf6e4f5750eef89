/// `network-advisor assess PROPOSAL`: grades a proposal and prints a report.
enum AssessCommand {
  static let formats = ["text", "markdown", "json", "html"]

  static let spec = CommandSpec(
    name: "assess",
    abstract: "Assess a proposed network against the framework and recommend what to change.",
    arguments: [
      .init("proposal", help: "A network-proposal/1 JSON file, or - for standard input.")
    ],
    options: [
      .format(formats),
      .output(),
      .rules(help: "A folder of rules on top of the default (repeatable; see the README)."),
      .init(
        "--fail-below", value: "grade",
        help: "Exit with status 1 when the overall grade is below this grade."),
    ])

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let path = arguments.positionals[0]
    guard let framework = CommandSupport.loadFramework(arguments.all("--rules"), console) else {
      return .invalidInput
    }
    guard
      CommandSupport.checkGrade(
        arguments.value("--fail-below"), in: framework, for: spec, console)
    else {
      return .invalidInput
    }
    guard let proposal = CommandSupport.readProposal(path, framework, console) else {
      return .invalidInput
    }
    let assessment: Assessment
    switch Assessment.withinBudget(
      framework: framework, subjectName: proposal.proposal.name, fields: proposal.fields)
    {
    case .success(let assessed): assessment = assessed
    case .failure(let refusal):
      console.report([refusal])
      return .invalidInput
    }
    let usesColour = arguments.value("--output") == nil && console.usesColour
    let report: String
    switch arguments.value("--format") ?? "text" {
    case "json": report = JSONReport.render(assessment)
    case "markdown": report = MarkdownReport.render(assessment)
    case "html": report = HTMLReport.render(assessment, facts: proposal.facts)
    default:
      let width = console.width(onTerminal: arguments.value("--output") == nil)
      report = TextReport(usesColour: usesColour, width: width).render(assessment)
    }
    let inputs = [path] + framework.files.map(\.name)
    guard CommandSupport.emit(report, to: arguments.value("--output"), inputs: inputs, console)
    else {
      return .invalidInput
    }
    if let minimum = arguments.value("--fail-below"),
      framework.rank(of: assessment.grade.letter) > framework.rank(of: minimum)
    {
      console.printError(
        "The grade \(assessment.grade.letter) is below \(minimum) (--fail-below).\n")
      return .shortfall
    }
    return .success
  }
}
