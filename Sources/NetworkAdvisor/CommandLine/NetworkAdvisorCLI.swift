/// The `network-advisor` command line: dispatches to a command and returns the exit status.
/// The executable only forwards its arguments here, so tests run commands in-process.
package enum NetworkAdvisorCLI {
  /// A command with one level of words: its interface and what it does with the options
  /// read from it.
  struct Command: Sendable {
    let spec: CommandSpec
    /// The type of its options, whose declarations its spec lists.
    let options: any ParsableOptions.Type
    let run: @Sendable (ParsedArguments, Console) throws(UsageError.Problem) -> ExitCode

    /// A command declared as a type.
    init<Declared: ParsableCommand>(_ command: Declared.Type) {
      self.init(spec: Declared.spec) { options, console in Declared.run(options, console) }
    }

    /// A command whose body takes its options as a typed value.
    init<Options: ParsableOptions>(
      spec: CommandSpec, run: @escaping @Sendable (Options, Console) -> ExitCode
    ) {
      self.spec = spec
      self.options = Options.self
      self.run = { parsed, console throws(UsageError.Problem) in
        run(try Options(parsed), console)
      }
    }
  }

  /// The commands, in the order help lists them (`rules` has subcommands of its own).
  static let commands: [Command] = [
    Command(AssessCommand.self),
    Command(CompareCommand.self),
    Command(DiffCommand.self),
    Command(PlanCommand.self),
    Command(ExplainCommand.self),
    Command(TestCommand.self),
    Command(NewCommand.self),
    Command(SchemaCommand.self),
    Command(CompletionsCommand.self),
    Command(ManCommand.self),
  ]

  static let helpSpec = CommandSpec(
    name: "help", abstract: "Show help for a command.",
    arguments: [
      .positional(
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
    CommandSpec.Parameter.flag("--version", help: "Show the version."),
    CommandSpec.Parameter.flag("--help", short: "-h", help: "Show help information."),
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
        return dispatch(command, words: rest, console)
      }
      let problem: UsageError.Problem =
        first.hasPrefix("-")
        ? .unknownOption(first, suggestion: nil)
        : .unknownSubcommand(
          first, suggestion: EditDistance.closest(to: first, among: commandNames))
      console.printError(UsageError(problem, spec: nil))
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
        UsageError(.missingSubcommand(among: RulesCommand.subcommands), spec: RulesCommand.spec))
      return .invalidInput
    }
    guard let command = RulesCommand.command(for: subcommand) else {
      let close = EditDistance.closest(to: subcommand, among: RulesCommand.subcommands)
      console.printError(
        UsageError(
          .unknownSubcommand("rules \(subcommand)", suggestion: close.map { "rules \($0)" }),
          spec: RulesCommand.spec))
      return .invalidInput
    }
    return dispatch(command, words: Array(words.dropFirst()), console)
  }

  /// Parses a command's words against its spec, reads its options and runs it; prints a
  /// usage error (status 2) when the words do not fit, and the help when asked for.
  private static func dispatch(_ command: Command, words: [String], _ console: Console)
    -> ExitCode
  {
    do throws(UsageError.Problem) {
      let parsed = try ArgumentParser.parse(words, for: command.spec)
      if parsed.isSet(.help) {
        console.print(command.spec.help)
        return .success
      }
      return try command.run(parsed, console)
    } catch {
      console.printError(UsageError(error, spec: command.spec))
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
      let problem = UsageError.Problem.unknownSubcommand(
        words.joined(separator: " "),
        suggestion: EditDistance.closest(to: name, among: commandNames))
      console.printError(UsageError(problem, spec: nil))
      return .invalidInput
    }
    console.print(spec.help)
    return .success
  }
}
