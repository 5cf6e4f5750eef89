/// The `network-advisor` command line: dispatches to a command and returns the exit status.
/// The executable only forwards its arguments here, so tests run commands in-process.
package enum NetworkAdvisorCLI {
  /// A command with one level of words: its interface and what it does.
  struct Command: Sendable {
    let spec: CommandSpec
    let run: @Sendable (ParsedArguments, Console) -> ExitCode
  }

  /// The commands, in the order help lists them (`rules` has subcommands of its own).
  static let commands: [Command] = [
    Command(spec: AssessCommand.spec, run: AssessCommand.run),
    Command(spec: CompareCommand.spec, run: CompareCommand.run),
    Command(spec: DiffCommand.spec, run: DiffCommand.run),
    Command(spec: PlanCommand.spec, run: PlanCommand.run),
    Command(spec: ExplainCommand.spec, run: ExplainCommand.run),
    Command(spec: TestCommand.spec, run: TestCommand.run),
    Command(spec: NewCommand.spec, run: NewCommand.run),
    Command(spec: SchemaCommand.spec, run: SchemaCommand.run),
    Command(spec: CompletionsCommand.spec, run: CompletionsCommand.run),
    Command(spec: ManCommand.spec, run: ManCommand.run),
  ]

  static let helpSpec = CommandSpec(
    name: "help", abstract: "Show help for a command.",
    arguments: [
      .init(
        "subcommand", help: "The command to explain.", isOptional: true,
        choices: commands.map(\.spec.name) + ["rules"])
    ])

  /// The one table of every command, in the order help lists them: help, the completion
  /// scripts and the man page are all made from it.
  static var table: [CommandSpec] {
    var specs = commands.map(\.spec)
    specs.insert(
      RulesCommand.spec, at: specs.firstIndex { $0.name == "schema" }.map { $0 + 1 } ?? 0)
    return specs + [helpSpec]
  }

  /// The options of `network-advisor` itself, before any command.
  static let toolOptions = [
    CommandSpec.Option("--version", help: "Show the version."),
    CommandSpec.Option("--help", short: "-h", help: "Show help information."),
  ]

  /// What the tool does, as the overview of its help and man page.
  static let abstract =
    "Assess the design of a network of schools that learn together, and recommend what to change."

  /// More on where the rules come from.
  static let discussion =
    "Rules come from what England's Networked Learning Communities programme learned about effective networks."

  static var overview: String {
    let wrapper = TextWrapper(width: CommandSpec.helpWidth)
    var text = "OVERVIEW: " + wrapper.wrap(abstract, indent: 0, firstIndent: 10) + "\n"
    text += wrapper.wrap(discussion, indent: 0) + "\n"
    text += "USAGE: network-advisor <subcommand>\n\n"
    text += "OPTIONS:\n"
    for option in toolOptions { text += CommandSpec.row(option.synopsis, option.help) }
    text += "\nSUBCOMMANDS:\n"
    for spec in table { text += CommandSpec.row(spec.name, spec.abstract) }
    text += "\n  See 'network-advisor help <subcommand>' for detailed help.\n"
    return text
  }

  static var commandNames: [String] { table.map(\.name) }

  /// Runs the command line `arguments` (without the program name).
  package static func run(_ arguments: [String], console: Console) -> ExitCode {
    guard let first = arguments.first else {
      console.print(overview)
      return .success
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--help", "-h":
      console.print(overview)
      return .success
    case "--version":
      console.print("network-advisor \(networkAdvisorVersion)\n")
      return .success
    case "help":
      return help(rest, console)
    case "rules":
      return rules(rest, console)
    default:
      if let command = commands.first(where: { $0.spec.name == first }) {
        return dispatch(command.spec, words: rest, console, to: command.run)
      }
      var message = "Unknown subcommand '\(first)'."
      if first.hasPrefix("-") {
        message = "Unknown option '\(first)'."
      } else if let close = EditDistance.closest(to: first, among: commandNames) {
        message += " Did you mean '\(close)'?"
      }
      console.printError(UsageError(message, spec: nil))
      return .invalidInput
    }
  }

  private static func rules(_ words: [String], _ console: Console) -> ExitCode {
    guard let subcommand = words.first, !subcommand.hasPrefix("-") else {
      if words.first == "--help" || words.first == "-h" {
        console.print(RulesCommand.spec.help)
        return .success
      }
      console.printError(
        UsageError(
          "Missing subcommand: one of 'list', 'check', 'docs', 'sensitivity'.",
          spec: RulesCommand.spec))
      return .invalidInput
    }
    guard let spec = RulesCommand.spec(for: subcommand) else {
      var message = "Unknown subcommand 'rules \(subcommand)'."
      if let close = EditDistance.closest(to: subcommand, among: RulesCommand.subcommands) {
        message += " Did you mean 'rules \(close)'?"
      }
      console.printError(UsageError(message, spec: RulesCommand.spec))
      return .invalidInput
    }
    return dispatch(spec, words: Array(words.dropFirst()), console) {
      RulesCommand.run(subcommand, $0, $1)
    }
  }

  private static func dispatch(
    _ spec: CommandSpec, words: [String], _ console: Console,
    to body: (ParsedArguments, Console) -> ExitCode
  ) -> ExitCode {
    do {
      let parsed = try ArgumentParser.parse(words, for: spec)
      if parsed.has("--help") {
        console.print(spec.help)
        return .success
      }
      return body(parsed, console)
    } catch {
      console.printError(error)
      return .invalidInput
    }
  }

  private static func help(_ words: [String], _ console: Console) -> ExitCode {
    guard let name = words.first else {
      console.print(overview)
      return .success
    }
    if name == "--help" || name == "-h" {
      console.print(helpSpec.help)
      return .success
    }
    let spec: CommandSpec?
    switch name {
    case "rules": spec = words.count > 1 ? RulesCommand.spec(for: words[1]) : RulesCommand.spec
    case "help": spec = helpSpec
    default: spec = commands.first { $0.spec.name == name }?.spec
    }
    guard let spec else {
      var message = "Unknown subcommand '\(words.joined(separator: " "))'."
      if let close = EditDistance.closest(to: name, among: commandNames) {
        message += " Did you mean '\(close)'?"
      }
      console.printError(UsageError(message, spec: nil))
      return .invalidInput
    }
    console.print(spec.help)
    return .success
  }
}
