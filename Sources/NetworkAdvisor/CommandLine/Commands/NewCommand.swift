import Foundation

/// `network-advisor new [--output FILE]`: a questionnaire that writes a proposal.
enum NewCommand {
  static let spec = CommandSpec(
    name: "new",
    abstract: "Describe a new network by answering questions, and write it as a proposal.",
    discussion: "Answers may be typed at a terminal or piped in, one per line.",
    options: [
      .init("--output", value: "file", help: "The file to write (asked for when not given).")
    ])

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let prompter = Prompter(console: console)
    do throws(Prompter.InputEnded) {
      let proposal = try Questionnaire(prompter: prompter).run()
      let text = JSONWriter.pretty(proposal)
      let result = ProposalReader.read(proposal)
      guard result.problems.isEmpty else {
        console.report(
          result.problems.map { Diagnostic(id: "internal", "\($0.path): \($0.message)", at: nil) })
        return .invalidInput
      }
      prompter.say("")
      let path = try chooseFile(arguments.value("--output"), name: result.proposal.name, prompter)
      guard let path else {
        prompter.say("Nothing was written.")
        return .success
      }
      guard CommandSupport.emit(text, to: path, inputs: [], console) else { return .invalidInput }
      prompter.say("Wrote \(path).")
      if try prompter.confirm("Assess it now?", defaultAnswer: true) {
        prompter.say("")
        guard let framework = CommandSupport.loadFramework([], console) else {
          return .invalidInput
        }
        let assessment = Assessment(
          framework: framework, subjectName: result.proposal.name, fields: result.fields)
        console.print(
          TextReport(usesColour: console.usesColour, width: console.width).summary(
            of: assessment))
        prompter.say("\nFor every finding: network-advisor assess \(path)")
      }
      return .success
    } catch {
      console.printError(
        "error: the answers ended before the questions did; nothing was written.\n")
      return .invalidInput
    }
  }

  /// The file to write: never an existing one without asking first.
  private static func chooseFile(_ given: String?, name: String, _ prompter: Prompter)
    throws(Prompter.InputEnded) -> String?
  {
    var candidate = given ?? ""
    if candidate.isEmpty {
      let suggestion = (FormatReader.idSuggestion(for: name) ?? "network") + ".json"
      candidate = try prompter.text("File to write the proposal to", defaultAnswer: suggestion)
    }
    while FileManager.default.fileExists(atPath: candidate) {
      if try prompter.confirm("\(candidate) already exists. Replace it?", defaultAnswer: false) {
        break
      }
      candidate = try prompter.text("Another file name (Enter to write nothing)")
      if candidate.isEmpty { return nil }
    }
    return candidate
  }
}
