/// `network-advisor completions SHELL`: a shell completion script, made from the command table.
enum CompletionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "completions",
    abstract: "Print a completion script for bash, zsh or fish.",
    discussion:
      "bash: source <(network-advisor completions bash). zsh: save it as _network-advisor in a folder of your fpath. fish: save it as ~/.config/fish/completions/network-advisor.fish. 'make install' puts all three in place."
  )

  /// What `completions` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    /// Its choices are checked by the parser.
    @Parsed(.positional("shell", help: "The shell.", choices: CompletionScript.shells))
    var shell: String
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    console.print(
      CompletionScript.script(
        for: options.shell, commands: NetworkAdvisorCLI.table,
        toolOptions: NetworkAdvisorCLI.toolOptions))
    return .success
  }
}
