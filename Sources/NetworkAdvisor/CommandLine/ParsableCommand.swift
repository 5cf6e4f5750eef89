/// A command of the tool, declared once: what help says about it, the options it reads and
/// what it does with them, as swift-argument-parser's `ParsableCommand`. Its spec, and so its
/// help, man page entry and completions, is made from these.
protocol ParsableCommand: SendableMetatype {
  /// What it reads from its command line.
  associatedtype Options: ParsableOptions
  /// Its name and what help says about it.
  static var configuration: CommandConfiguration { get }
  /// Runs it with the options read from its command line.
  static func run(_ options: Options, _ console: Console) -> ExitCode
}

/// What help says about a command: its name, one line on what it does, and more help.
struct CommandConfiguration: Sendable {
  /// The word after `network-advisor`, such as `assess`.
  let name: String
  /// One line on what the command does.
  let abstract: String
  /// More help, printed after the overview.
  var discussion: String? = nil
}

extension ParsableCommand {
  /// Its interface: its configuration with the parameters its options declare.
  static var spec: CommandSpec {
    CommandSpec(
      name: configuration.name, abstract: configuration.abstract,
      discussion: configuration.discussion, reading: Options.self)
  }
}
