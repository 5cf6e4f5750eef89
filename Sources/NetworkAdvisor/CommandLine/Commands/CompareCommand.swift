import Foundation

/// `network-advisor compare PROPOSAL...`: many proposals side by side, for a broker.
enum CompareCommand: ParsableCommand {
  /// The formats of the comparison.
  enum Format: String, OptionChoice { case text, markdown, json, csv, html }
  /// The formats of the reports `--reports` writes.
  enum ReportFormat: String, OptionChoice { case html, markdown }

  static let configuration = CommandConfiguration(
    name: "compare",
    abstract: "Assess several proposals and compare them side by side.",
    discussion: """
      A folder stands for every .json file in it and in its subfolders, in name order. A file
      that is not a valid proposal is a row "refused" with its first problem; all its problems
      go to standard error and the exit status is 2, but every valid proposal is still compared.
      """)

  /// What `compare` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    @Parsed(.positional("proposal", help: "Proposal files or folders of them.", isRepeatable: true))
    var proposals: [String]
    @Parsed(.format(Format.self, of: "comparison")) var format = Format.text
    @Parsed(.output(of: "comparison")) var output: String? = nil
    @Parsed(
      .option(
        "--reports", value: "dir",
        help: "Also write each network's own report into this folder, named after its file."))
    var reports: String? = nil
    /// Given only with ``reports``.
    @Parsed(
      .option(
        "--report-format", value: "format",
        help: "The format of the reports written by --reports (default: \(.default)).",
        choices: ReportFormat.choices))
    var reportFormat = ReportFormat.html
    @Parsed(.rules()) var rules: [String] = []
    /// A grade letter, checked against the framework once it is loaded.
    @Parsed(.failBelow("any network's grade")) var failBelow: String? = nil

    func validate(_ parsed: ParsedArguments) throws(UsageError.Problem) {
      if parsed.value(of: $reportFormat) != nil, reports == nil {
        throw .needsOption($reportFormat.name, needs: $reports.usageName)
      }
    }
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      return .invalidInput
    }
    let minimum = options.failBelow
    guard
      CommandSupport.checkGrade(
        minimum, of: options.$failBelow, in: framework, for: spec, console)
    else {
      return .invalidInput
    }
    let listing = CommandSupport.listing(options.proposals, suffix: ".json", recursively: true)
    var entries = listing.map { entry(for: $0, framework, console) }
    var status = ExitCode.success
    if entries.contains(where: { $0.assessment == nil }) { status = .invalidInput }
    let output = options.output
    let inputs = listing.map(\.path) + framework.files.map(\.name)
    if let folder = options.reports {
      let written = ReportFolder(path: folder, format: options.reportFormat.rawValue)
        .write(entries, inputs: inputs + (output.map { [$0] } ?? []), linkedFrom: output, console)
      guard let written else { return .invalidInput }
      entries = written.entries
      if !written.isComplete { status = .invalidInput }
    }
    let report = render(entries, as: options.format)
    guard CommandSupport.emit(report, to: output, inputs: inputs, console) else {
      return .invalidInput
    }
    if status == .invalidInput {
      let refused = entries.filter { $0.assessment == nil }.count
      if refused > 0 {
        console.printError(
          "\(refused) of \(entries.count) file\(entries.count == 1 ? " was" : "s were") refused; the others were compared.\n"
        )
      }
      return status
    }
    if let minimum, !isMet(minimum, of: options.$failBelow, by: entries, framework, console) {
      return .shortfall
    }
    return status
  }

  /// One file of the listing, assessed, or refused with its first problem (printed).
  private static func entry(
    for item: (path: String, problem: Diagnostic?), _ framework: Framework, _ console: Console
  ) -> ComparisonReport.Entry {
    if let problem = item.problem {
      console.report([problem])
      return .init(
        file: item.path, outcome: .refused(problem: problem.message, problems: 1),
        diagnostic: problem)
    }
    switch CommandSupport.checkedProposal(item.path, framework, console) {
    case .success(let read):
      switch Assessment.withinBudget(
        framework: framework, subjectName: read.proposal.name, fields: read.fields)
      {
      case .success(let assessment):
        return .init(file: item.path, outcome: .assessed(assessment, read.facts))
      case .failure(let refusal):
        console.report([refusal])
        return .init(
          file: item.path, outcome: .refused(problem: refusal.message, problems: 1),
          diagnostic: refusal)
      }
    case .failure(let error):
      return .init(
        file: item.path,
        outcome: .refused(
          problem: CommandSupport.firstProblem(error), problems: error.diagnostics.count),
        diagnostic: error.diagnostics.first)
    }
  }

  /// The portfolio in one of `--format`'s formats.
  private static func render(_ entries: [ComparisonReport.Entry], as format: Format) -> String {
    switch format {
    case .json: ComparisonReport.json(entries)
    case .markdown: ComparisonReport.markdown(entries)
    case .csv: ComparisonReport.csv(entries)
    case .html: ComparisonReport.html(entries)
    case .text: ComparisonReport.text(entries)
    }
  }

  /// Whether every network reaches the grade `option` gives; names those below it when not.
  private static func isMet(
    _ minimum: String, of option: CommandSpec.Parameter, by entries: [ComparisonReport.Entry],
    _ framework: Framework,
    _ console: Console
  ) -> Bool {
    let below = entries.compactMap(\.assessment).filter {
      framework.rank(of: $0.grade.letter) > framework.rank(of: minimum)
    }
    guard !below.isEmpty else { return true }
    console.printError(
      "\(below.count) network\(below.count == 1 ? " is" : "s are") below grade \(minimum) (\(option.name)): "
        + below.map { "\($0.subjectName) (\($0.grade.letter))" }.joined(separator: ", ") + ".\n"
    )
    return false
  }
}
