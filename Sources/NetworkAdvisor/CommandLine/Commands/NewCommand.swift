import Foundation

/// `network-advisor new [--from PROPOSAL] [--output FILE]`: a questionnaire that writes a
/// proposal, or edits one through the same questions.
enum NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "new",
    abstract: "Describe a new network by answering questions, and write it as a proposal.",
    discussion:
      "Answers may be typed at a terminal or piped in, one per line. Type < to go back to the previous question. With --from, each question offers the earlier answer: Enter keeps it, - clears it. The proposal edited is never written over. If the answers end before the questions do (Ctrl-D, or a piped file that is too short), the answers given so far are kept in a new file, and the command to carry on from the next question is printed: new --resume FILE."
  )

  /// What `new` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    @Parsed(
      .option("--output", value: "file", help: "The file to write (asked for when not given)."))
    var output: String? = nil
    @Parsed(
      .option(
        "--from", value: "proposal",
        help: "A proposal to edit: its answers are the questions' defaults."))
    var from: String? = nil
    @Parsed(
      .option(
        "--resume", value: "answers",
        help:
          "A file of answers kept when an earlier session ended early: they are given again, and the questions carry on from there."
      ))
    var resume: String? = nil
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    let source = options.from
    var earlier = EarlierAnswers.none
    if let source {
      guard let loaded = readEarlier(source, console) else { return .invalidInput }
      earlier = loaded
    }
    let prompter = Prompter(console: console)
    var replay: [String] = []
    if let resume = options.resume {
      guard let kept = KeptAnswers.read(resume, console) else { return .invalidInput }
      replay = kept
      let count = kept.count
      console.print(
        prompter.wrapped(
          "Carrying on from \(resume): \(count) answer\(count == 1 ? "" : "s") given again; "
            + "the questions start where they stopped."))
    }
    while true {
      prompter.session.accepted = []
      prompter.session.replay = replay[...]
      do throws(Prompter.Stop) {
        let proposal = try Questionnaire(prompter: prompter, earlier: earlier).run()
        let result = ProposalReader.read(proposal)
        guard result.problems.isEmpty else {
          console.report(
            result.problems.map {
              Diagnostic(CommandProblem.internal("\($0.path): \($0.message)"), at: nil)
            }
          )
          return .invalidInput
        }
        prompter.say("")
        let path = try chooseFile(
          options.output, name: result.proposal.name, editing: source, prompter)
        prompter.session.allowsBack = false
        return finish(
          writing: JSONWriter.pretty(proposal), of: result, to: path,
          inputs: [source, options.resume].compactMap { $0 }, prompter, console)
      } catch {
        switch error {
        case .back:
          replay = prompter.session.accepted.dropLast()
          console.print("  Back to the previous question.\n")
        case .inputEnded:
          KeptAnswers.keep(prompter.session.accepted, options: options, console)
          return .invalidInput
        }
      }
    }
  }

  /// Writes the proposal and offers to assess it.
  private static func finish(
    writing text: String, of result: ProposalReader.Result, to path: String?, inputs: [String],
    _ prompter: Prompter, _ console: Console
  ) -> ExitCode {
    guard let path else {
      prompter.say("Nothing was written.")
      return .success
    }
    guard CommandSupport.emit(text, to: path, inputs: inputs, console) else {
      return .invalidInput
    }
    prompter.say("Wrote \(path).")
    // The proposal is written: answers that end here lose nothing.
    let assess: Bool
    do throws(Prompter.Stop) {
      assess = try prompter.confirm("Assess it now?", defaultAnswer: true)
    } catch {
      return .success
    }
    if assess {
      prompter.say("")
      guard let framework = CommandSupport.loadFramework([], console) else {
        return .invalidInput
      }
      let assessment = Assessment(
        framework: framework, subjectName: result.proposal.name, fields: result.fields)
      console.print(
        TextReport(usesColour: console.usesColour, width: console.width).summary(of: assessment))
      // A command to copy, so never wrapped.
      console.print(
        "\nFor every finding: \(console.programName) assess \(ShellQuoting.quoted(path))\n")
    }
    return .success
  }

  /// The proposal to edit, checked like any proposal; `nil` (with its problems printed)
  /// when it does not read.
  private static func readEarlier(_ path: String, _ console: Console) -> EarlierAnswers? {
    guard let input = CommandSupport.readInput(path, console) else { return nil }
    guard case .success = CommandSupport.checkedProposal(input, nil, console),
      let json = try? JSONReader.parseAllowingDuplicates(
        Array(
          input.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? input.bytes.dropFirst(3) : input.bytes[...]
        )
      ).0
    else { return nil }
    return EarlierAnswers(value: json)
  }

  /// The file to write: never an existing one without asking first, never the proposal
  /// being edited, and never a yes or a no taken for a file name.
  private static func chooseFile(
    _ given: String?, name: String, editing source: String?, _ prompter: Prompter
  ) throws(Prompter.Stop) -> String? {
    var candidate = given ?? ""
    if candidate.isEmpty {
      var suggestion = (FormatReader.idSuggestion(for: name) ?? "network") + ".json"
      if let source { suggestion = editedName(for: source) }
      candidate = try prompter.ask(
        "File to write the proposal to", defaultAnswer: suggestion, fileName(allowsNone: false))
    }
    while true {
      if let source, sameFile(candidate, source) {
        prompter.say("  \(candidate) is the proposal being edited; it is never written over.")
      } else if FileManager.default.fileExists(atPath: candidate) {
        if try prompter.confirm("\(candidate) already exists. Replace it?", defaultAnswer: false) {
          return candidate
        }
      } else {
        return candidate
      }
      candidate = try prompter.ask(
        "Another file name (Enter to write nothing)", fileName(allowsNone: true))
      if candidate.isEmpty { return nil }
    }
  }

  /// Accepts a file name, refusing a yes or a no typed where a name was asked for (as when
  /// answers are piped in one line early).
  private static func fileName(allowsNone: Bool) -> (String) -> Result<String, Prompter.Problem> {
    { answer in
      if ["y", "n", "yes", "no"].contains(answer.lowercased()) {
        return .failure(
          .init(
            "'\(answer)' looks like an answer to a yes-or-no question, not a file name. Type a file name such as network.json\(allowsNone ? ", or press Enter to write nothing" : "")."
          ))
      }
      if answer.isEmpty, !allowsNone { return .failure(.init("A file name is needed here.")) }
      return .success(answer)
    }
  }

  /// `riverside.json` → `riverside-edited.json`, or `-edited-2` and on when that exists.
  static func editedName(for source: String) -> String {
    let url = URL(fileURLWithPath: source)
    let ending = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
    let stem = String(source.dropLast(ending.count))
    var candidate = stem + "-edited" + ending
    var counter = 2
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = stem + "-edited-\(counter)" + ending
      counter += 1
    }
    return candidate
  }

  private static func sameFile(_ first: String, _ second: String) -> Bool {
    func resolved(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    return resolved(first) == resolved(second)
  }
}
