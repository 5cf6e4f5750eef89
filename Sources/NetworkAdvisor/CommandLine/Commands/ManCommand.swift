/// `network-advisor man`: the manual page, made from the command table.
enum ManCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "man",
    abstract: "Print the manual page (roff); read it with: network-advisor man | man -l -",
    discussion: "'make install' puts it where man finds it.")

  /// `man` takes no options but `--help`.
  struct Options: ParsableOptions, Equatable {}

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    console.print(
      ManPage.render(
        commands: NetworkAdvisorCLI.table, toolOptions: NetworkAdvisorCLI.toolOptions,
        abstract: NetworkAdvisorCLI.abstract, discussion: NetworkAdvisorCLI.discussion,
        version: networkAdvisorVersion))
    return .success
  }
}
