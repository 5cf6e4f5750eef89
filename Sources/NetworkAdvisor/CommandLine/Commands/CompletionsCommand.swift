/// `network-advisor completions SHELL`: a shell completion script, made from the command table.
enum CompletionsCommand {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a completion script for bash, zsh or fish.",
    discussion:
      "bash: source <(network-advisor completions bash). zsh: save it as _network-advisor in a folder of your fpath. fish: save it as ~/.config/fish/completions/network-advisor.fish. 'make install' puts all three in place.",
    arguments: [.init("shell", help: "The shell.", choices: CompletionScript.shells)])

  static func run(_ arguments: ParsedArguments, _ console: Console) -> ExitCode {
    let shell = arguments.positionals[0]
    guard CompletionScript.shells.contains(shell) else {
      var message = "The value '\(shell)' is invalid for '<shell>'."
      if let close = EditDistance.closest(to: shell, among: CompletionScript.shells) {
        message += " Did you mean '\(close)'?"
      }
      message +=
        " Please provide one of \(CompletionScript.shells.map { "'\($0)'" }.joined(separator: ", "))."
      console.printError(UsageError(message, spec: spec))
      return .invalidInput
    }
    console.print(
      CompletionScript.script(
        for: shell, commands: NetworkAdvisorCLI.table, toolOptions: NetworkAdvisorCLI.toolOptions))
    return .success
  }
}
