/// The `network-advisor` command line: dispatches to a command and returns the exit status.
/// The executable only forwards its arguments here, so tests run commands in-process.
public enum NetworkAdvisorCLI {
  /// The tool's version.
  public static let version = "0.1.0"

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
  ]

  static let helpSpec = CommandSpec(
    name: "help", abstract: "Show help for a command.",
    arguments: [.init("subcommand", help: "The command to explain.", isOptional: true)])

  static var overview: String {
    var text =
      "OVERVIEW: Assess the design of a network of schools that learn together, and recommend what to change.\n\n"
    text +=
      "Rules come from what England's Networked Learning Communities programme learned about effective networks.\n\n"
    text += "USAGE: network-advisor <subcommand>\n\n"
    text += "OPTIONS:\n"
    text += CommandSpec.row("--version", "Show the version.")
    text += CommandSpec.row("-h, --help", "Show help information.")
    text += "\nSUBCOMMANDS:\n"
    for spec in commands.map(\.spec) + [RulesCommand.spec, helpSpec] {
      text += CommandSpec.row(spec.name, spec.abstract)
    }
    text += "\n  See 'network-advisor help <subcommand>' for detailed help.\n"
    return text
  }

  static var commandNames: [String] { commands.map(\.spec.name) + ["rules", "help"] }

  /// Runs the command line `arguments` (without the program name).
  public static func run(_ arguments: [String], console: Console) -> ExitCode {
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
      console.print("network-advisor \(version)\n")
      return .success
    case "help":
      return help(rest, console)
    case "rules":
      return rules(rest, console)
    default:
      if let command = commands.first(where: { $0.spec.name == first }) {
        return dispatch(command.spec, rest, console, command.run)
      }
      var message = "Unknown subcommand '\(first)'."
      if first.hasPrefix("-") {
        message = "Unknown option '\(first)'."
      } else if let close = EditDistance.closest(to: first, among: commandNames) {
        message += " Did you mean '\(close)'?"
      }
      console.printError(UsageError(message, spec: nil).rendered)
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
        UsageError("Missing subcommand: one of 'list', 'check', 'docs'.", spec: RulesCommand.spec)
          .rendered)
      return .invalidInput
    }
    guard let spec = RulesCommand.spec(for: subcommand) else {
      var message = "Unknown subcommand 'rules \(subcommand)'."
      if let close = EditDistance.closest(to: subcommand, among: RulesCommand.subcommands) {
        message += " Did you mean 'rules \(close)'?"
      }
      console.printError(UsageError(message, spec: RulesCommand.spec).rendered)
      return .invalidInput
    }
    return dispatch(spec, Array(words.dropFirst()), console) {
      RulesCommand.run(subcommand, $0, $1)
    }
  }

  private static func dispatch(
    _ spec: CommandSpec, _ words: [String], _ console: Console,
    _ body: (ParsedArguments, Console) -> ExitCode
  ) -> ExitCode {
    do {
      let parsed = try ArgumentParser.parse(words, for: spec)
      if parsed.has("--help") {
        console.print(spec.help)
        return .success
      }
      return body(parsed, console)
    } catch {
      console.printError(error.rendered)
      return .invalidInput
    }
  }

  private static func help(_ words: [String], _ console: Console) -> ExitCode {
    guard let name = words.first else {
      console.print(overview)
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
      console.printError(UsageError(message, spec: nil).rendered)
      return .invalidInput
    }
    console.print(spec.help)
    return .success
  }
}
