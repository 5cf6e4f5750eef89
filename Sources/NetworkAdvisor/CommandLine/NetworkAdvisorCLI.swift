/// The `network-advisor` command line: dispatches to a command and returns the exit status.
/// The executable only forwards its arguments here, so tests run commands in-process.
public enum NetworkAdvisorCLI {
  /// The tool's version.
  public static let version = "0.1.0"

  static let commands: [(name: String, abstract: String)] = [
    ("assess", AssessCommand.spec.abstract),
    ("compare", CompareCommand.spec.abstract),
    ("explain", ExplainCommand.spec.abstract),
    ("test", TestCommand.spec.abstract),
    ("rules", RulesCommand.spec.abstract),
    ("new", NewCommand.spec.abstract),
    ("schema", SchemaCommand.spec.abstract),
    ("help", "Show help for a command."),
  ]

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
    for command in commands { text += CommandSpec.row(command.name, command.abstract) }
    text += "\n  See 'network-advisor help <subcommand>' for detailed help.\n"
    return text
  }

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
    case "assess":
      return dispatch(AssessCommand.spec, rest, console, AssessCommand.run)
    case "explain":
      return dispatch(ExplainCommand.spec, rest, console, ExplainCommand.run)
    case "compare":
      return dispatch(CompareCommand.spec, rest, console, CompareCommand.run)
    case "new":
      return dispatch(NewCommand.spec, rest, console, NewCommand.run)
    case "test":
      return dispatch(TestCommand.spec, rest, console, TestCommand.run)
    case "schema":
      return dispatch(SchemaCommand.spec, rest, console, SchemaCommand.run)
    case "rules":
      guard let subcommand = rest.first, !subcommand.hasPrefix("-") else {
        if rest.first == "--help" || rest.first == "-h" {
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
      return dispatch(spec, Array(rest.dropFirst()), console) {
        RulesCommand.run(subcommand, $0, $1)
      }
    default:
      var message = "Unknown subcommand '\(first)'."
      if first.hasPrefix("-") {
        message = "Unknown option '\(first)'."
      } else if let close = EditDistance.closest(to: first, among: commands.map(\.name)) {
        message += " Did you mean '\(close)'?"
      }
      console.printError(UsageError(message, spec: nil).rendered)
      return .invalidInput
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
    case "assess": spec = AssessCommand.spec
    case "explain": spec = ExplainCommand.spec
    case "compare": spec = CompareCommand.spec
    case "new": spec = NewCommand.spec
    case "test": spec = TestCommand.spec
    case "schema": spec = SchemaCommand.spec
    case "rules": spec = words.count > 1 ? RulesCommand.spec(for: words[1]) : RulesCommand.spec
    case "help":
      spec = CommandSpec(
        name: "help", abstract: "Show help for a command.",
        arguments: [.init("subcommand", help: "The command to explain.", isOptional: true)])
    default: spec = nil
    }
    guard let spec else {
      var message = "Unknown subcommand '\(words.joined(separator: " "))'."
      if let close = EditDistance.closest(to: name, among: commands.map(\.name)) {
        message += " Did you mean '\(close)'?"
      }
      console.printError(UsageError(message, spec: nil).rendered)
      return .invalidInput
    }
    console.print(spec.help)
    return .success
  }
}
