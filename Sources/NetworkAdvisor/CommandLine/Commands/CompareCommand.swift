import Foundation

/// `network-advisor compare PROPOSAL...`: many proposals side by side, for a broker.
enum CompareCommand {
  static let formats = ["text", "markdown", "json"]

  static let spec = CommandSpec(
    name: "compare",
    abstract: "Assess several proposals and compare them side by side.",
    discussion:
      "A folder stands for every .json file in it. Every proposal must be valid: one that is\nnot is reported, and nothing is compared.",
    arguments: [.init("proposal", help: "Proposal files or folders of them.", isRepeatable: true)],
    options: [
      .init(
        "--format", value: "format", help: "The comparison's format (default: text).",
        choices: formats),
      .init(
        "--output", value: "file",
        help: "Write the comparison to a file (whole or not at all) instead of standard output."),
      .init(
        "--rules", value: "dir", help: "A folder of rules on top of the default (repeatable).",
        isRepeatable: true),
    ])

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(arguments.all("--rules"), console) else {
      return .invalidInput
    }
    guard
      let files = CommandSupport.expand(
        arguments.positionals, suffix: ".json", recursively: false, console)
    else { return .invalidInput }
    var entries: [ComparisonReport.Entry] = []
    var invalid = false
    for file in files {
      guard let proposal = CommandSupport.readProposal(file, console) else {
        invalid = true
        continue
      }
      if let refusal = framework.budgetRefusal(for: proposal.fields) {
        console.report([refusal])
        invalid = true
        continue
      }
      entries.append(
        .init(
          file: file,
          assessment: Assessment(
            framework: framework, subjectName: proposal.proposal.name, fields: proposal.fields)))
    }
    guard !invalid else { return .invalidInput }
    let report: String
    switch arguments.value("--format") ?? "text" {
    case "json": report = ComparisonReport.json(entries)
    case "markdown": report = ComparisonReport.markdown(entries)
    default: report = ComparisonReport.text(entries)
    }
    let inputs = files + framework.files.map(\.name)
    return CommandSupport.emit(report, to: arguments.value("--output"), inputs: inputs, console)
      ? .success : .invalidInput
  }
}
