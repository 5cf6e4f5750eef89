import Foundation

/// `network-advisor compare PROPOSAL...`: many proposals side by side, for a broker.
enum CompareCommand {
  static let formats = ["text", "markdown", "json", "csv", "html"]
  static let reportFormats = ["html", "markdown"]

  static let spec = CommandSpec(
    name: "compare",
    abstract: "Assess several proposals and compare them side by side.",
    discussion:
      "A folder stands for every .json file in it and in its subfolders, in name order. A file\nthat is not a valid proposal is a row \"refused\" with its first problem; all its problems\ngo to standard error and the exit status is 2, but every valid proposal is still compared.",
    arguments: [.init("proposal", help: "Proposal files or folders of them.", isRepeatable: true)],
    options: [
      .format(formats, of: "comparison"),
      .output(of: "comparison"),
      .init(
        "--reports", value: "dir",
        help: "Also write each network's own report into this folder, named after its file."),
      .init(
        "--report-format", value: "format",
        help: "The format of the reports written by --reports (default: html).",
        choices: reportFormats),
      .rules(),
      .init(
        "--fail-below", value: "grade",
        help: "Exit with status 1 when any network's grade is below this grade."),
    ])

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(arguments.all("--rules"), console) else {
      return .invalidInput
    }
    let minimum = arguments.value("--fail-below")
    guard CommandSupport.checkGrade(minimum, in: framework, for: spec, console) else {
      return .invalidInput
    }
    if arguments.value("--report-format") != nil, arguments.value("--reports") == nil {
      console.printError(
        UsageError("'--report-format' needs '--reports <dir>'.", spec: spec))
      return .invalidInput
    }
    let listing = CommandSupport.listing(arguments.positionals, suffix: ".json", recursively: true)
    var entries = listing.map { entry(for: $0, framework, console) }
    var status = ExitCode.success
    if entries.contains(where: { $0.assessment == nil }) { status = .invalidInput }
    let output = arguments.value("--output")
    let inputs = listing.map(\.path) + framework.files.map(\.name)
    if let folder = arguments.value("--reports") {
      let format = arguments.value("--report-format") ?? "html"
      let written = ReportFolder(path: folder, format: format)
        .write(entries, inputs: inputs + (output.map { [$0] } ?? []), linkedFrom: output, console)
      guard let written else { return .invalidInput }
      entries = written.entries
      if !written.isComplete { status = .invalidInput }
    }
    let report = render(entries, as: arguments.value("--format") ?? "text")
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
    if let minimum, !isMet(minimum, by: entries, framework, console) { return .shortfall }
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
  private static func render(_ entries: [ComparisonReport.Entry], as format: String) -> String {
    switch format {
    case "json": ComparisonReport.json(entries)
    case "markdown": ComparisonReport.markdown(entries)
    case "csv": ComparisonReport.csv(entries)
    case "html": ComparisonReport.html(entries)
    default: ComparisonReport.text(entries)
    }
  }

  /// Whether every network reaches `--fail-below`'s grade; names those below it when not.
  private static func isMet(
    _ minimum: String, by entries: [ComparisonReport.Entry], _ framework: Framework,
    _ console: Console
  ) -> Bool {
    let below = entries.compactMap(\.assessment).filter {
      framework.rank(of: $0.grade.letter) > framework.rank(of: minimum)
    }
    guard !below.isEmpty else { return true }
    console.printError(
      "\(below.count) network\(below.count == 1 ? " is" : "s are") below grade \(minimum) (--fail-below): "
        + below.map { "\($0.subjectName) (\($0.grade.letter))" }.joined(separator: ", ") + ".\n"
    )
    return false
  }
}
