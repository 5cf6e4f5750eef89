/// `network-advisor assess PROPOSAL`: grades a proposal and prints a report.
enum AssessCommand {
  static let spec = CommandSpec(
    name: "assess",
    abstract: "Assess a proposed network against the framework and recommend what to change.",
    arguments: [Options.proposal],
    options: [Options.format, Options.output, Options.rules, Options.failBelow])

  /// What `assess` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    static let proposal = CommandSpec.Parameter.proposal
    static let format = CommandSpec.Parameter.format(ReportFormat.self)
    static let output = CommandSpec.Parameter.output()
    static let rules = CommandSpec.Parameter.rules(
      help: "A folder of rules on top of the default (repeatable; see the README).")
    static let failBelow = CommandSpec.Parameter.failBelow("the overall grade")

    var proposal: String
    var format = ReportFormat.text
    var output: String?
    var rules: [String] = []
    /// A grade letter, checked against the framework once it is loaded.
    var failBelow: String?
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      return .invalidInput
    }
    guard
      CommandSupport.checkGrade(
        options.failBelow, of: Options.failBelow, in: framework, for: spec, console)
    else {
      return .invalidInput
    }
    guard let proposal = CommandSupport.readProposal(options.proposal, framework, console) else {
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
    let usesColour = options.output == nil && console.usesColour
    let report: String
    switch options.format {
    case .json: report = JSONReport.render(assessment)
    case .markdown: report = MarkdownReport.render(assessment)
    case .html: report = HTMLReport.render(assessment, facts: proposal.facts)
    case .text:
      let width = console.width(onTerminal: options.output == nil)
      report = TextReport(usesColour: usesColour, width: width).render(assessment)
    }
    let inputs = [options.proposal] + framework.files.map(\.name)
    guard CommandSupport.emit(report, to: options.output, inputs: inputs, console) else {
      return .invalidInput
    }
    if let minimum = options.failBelow,
      framework.rank(of: assessment.grade.letter) > framework.rank(of: minimum)
    {
      console.printError(
        "The grade \(assessment.grade.letter) is below \(minimum) (\(Options.failBelow.name)).\n")
      return .shortfall
    }
    return .success
  }
}

extension AssessCommand.Options {
  init(_ parsed: ParsedArguments) throws(UsageError.Problem) {
    proposal = try parsed.required(Self.proposal)
    format = try parsed.choice(of: Self.format, default: .text)
    output = parsed.value(of: Self.output)
    rules = parsed.values(of: Self.rules)
    failBelow = parsed.value(of: Self.failBelow)
  }
}

extension ReportFormat: OptionChoice {}
