/// `network-advisor assess PROPOSAL`: grades a proposal and prints a report.
enum AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "assess",
    abstract: "Assess a proposed network against the framework and recommend what to change.",
    discussion: """
      The report grades each area and the network as a whole, says whether the design is
      ready, and lists what to do first. Exit status: 0 when the proposal was assessed, 1
      when its grade is below --fail-below, 2 when the proposal or the command line is
      invalid (nothing is assessed).
      """)

  /// What `assess` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    @Parsed(.proposal) var proposal: String
    @Parsed(.format(ReportFormat.self)) var format = ReportFormat.text
    @Parsed(.output()) var output: String? = nil
    @Parsed(.rules(help: "A folder of rules on top of the default (repeatable; see the README)."))
    var rules: [String] = []
    /// A grade letter, checked against the framework once it is loaded.
    @Parsed(.failBelow("the overall grade")) var failBelow: String? = nil
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      return .invalidInput
    }
    guard
      CommandSupport.checkGrade(
        options.failBelow, of: options.$failBelow, in: framework, for: spec, console)
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
        "The grade \(assessment.grade.letter) is below \(minimum) (\(options.$failBelow.name)).\n")
      return .shortfall
    }
    return .success
  }
}

extension ReportFormat: OptionChoice {}
