extension CommandSpec {
  /// One thing a command takes on its command line: a positional argument, an option with a
  /// value, or a flag. One declaration gives its parsing, its help, its man page entry and
  /// its completions.
  package struct Parameter: Sendable {
    /// How a parameter is written on the command line.
    package enum Kind: Sendable, Equatable {
      /// A word in its place, such as `<proposal>`; `isOptional` when it may be left out.
      case positional(isOptional: Bool)
      /// `--name value` or `--name=value`; `valueName` is the value's placeholder.
      case option(valueName: String)
      /// `--name` alone.
      case flag
    }

    /// How it is written.
    package let kind: Kind
    /// A positional's placeholder, such as `proposal`; an option's or flag's long name with
    /// its dashes, such as `--format`.
    package let name: String
    /// A one-letter form with its dash, such as `-h`, if any.
    package let shortName: String?
    /// One line of help, which may name the default (see ``HelpText``).
    package let helpText: HelpText
    /// How its default is written on the command line, set where the default is declared
    /// (see ``Parsed``); `nil` when it has none.
    package private(set) var defaultText: String?
    /// Whether it may be given many times (of positionals, the last one only).
    package let isRepeatable: Bool
    /// The values accepted, when they are a closed set.
    package let choices: [String]?

    /// A positional argument.
    package static func positional(
      _ name: String, help: HelpText, isOptional: Bool = false, isRepeatable: Bool = false,
      choices: [String]? = nil
    ) -> Self {
      Self(
        kind: .positional(isOptional: isOptional), name: name, shortName: nil, helpText: help,
        isRepeatable: isRepeatable, choices: choices)
    }

    /// An option that takes a value written `value` in help.
    package static func option(
      _ name: String, value: String, help: HelpText, isRepeatable: Bool = false,
      choices: [String]? = nil
    ) -> Self {
      Self(
        kind: .option(valueName: value), name: name, shortName: nil, helpText: help,
        isRepeatable: isRepeatable, choices: choices)
    }

    /// A flag: an option without a value.
    package static func flag(_ name: String, short shortName: String? = nil, help: HelpText)
      -> Self
    {
      Self(
        kind: .flag, name: name, shortName: shortName, helpText: help, isRepeatable: false,
        choices: nil)
    }

    /// Its line of help, with its default written in where the help names it.
    package var help: String { helpText.text(default: defaultText) }

    /// The same parameter with the default written `text` on the command line.
    func defaulting(to text: String?) -> Self {
      var parameter = self
      parameter.defaultText = text
      return parameter
    }

    /// Whether it is a positional argument rather than an option or a flag.
    package var isPositional: Bool {
      if case .positional = kind { true } else { false }
    }

    /// Whether it may be left out: an option or flag always may.
    package var isOptional: Bool {
      if case .positional(let isOptional) = kind { isOptional } else { true }
    }

    /// What its value is called: a positional's own name, an option's value name, `nil` for
    /// a flag.
    package var placeholder: String? {
      switch kind {
      case .positional: name
      case .option(let valueName): valueName
      case .flag: nil
      }
    }

    /// `<proposal>`, `-h, --help` or `--format <format>`, as help shows it.
    package var synopsis: String {
      if isPositional { return usageName }
      let names = (shortName.map { "\($0), " } ?? "") + name
      return placeholder.map { "\(names) <\($0)>" } ?? names
    }

    /// `<proposal>` for a positional, `--format <format>` for an option, `--quiet` for a
    /// flag: how usage and errors name it.
    package var usageName: String {
      switch kind {
      case .positional: "<\(name)>"
      case .option(let valueName): "\(name) <\(valueName)>"
      case .flag: name
      }
    }

    /// Its help with the values it accepts, when they are a closed set.
    var helpWithChoices: String {
      guard let choices else { return help }
      return help + " (values: \(choices.joined(separator: ", ")))"
    }

    /// `-h, --help`, which every command takes.
    package static let help = flag("--help", short: "-h", help: "Show help for this command.")
  }
}

/// The parameters several commands share, declared once.
extension CommandSpec.Parameter {
  /// `<proposal>`: a proposal file, or `-` for standard input.
  static let proposal = positional(
    "proposal", help: "A network-proposal/1 JSON file, or - for standard input.")

  /// `[<path> ...]`: scenario files or folders; `scenarios` when none is given.
  static let scenarioPaths = positional(
    "path", help: "Scenario files or folders (default: \(.default)).", isOptional: true,
    isRepeatable: true)

  /// `--rules DIR`, repeatable: a folder of rules layered on the default framework.
  static func rules(help: HelpText = "A folder of rules on top of the default (repeatable).")
    -> Self
  {
    option("--rules", value: "dir", help: help, isRepeatable: true)
  }

  /// `--format FORMAT` among the cases of `Choice`, for the `what` a command writes.
  static func format<Choice: OptionChoice>(_ choice: Choice.Type, of what: String = "report")
    -> Self
  {
    option(
      "--format", value: "format", help: "The \(what)'s format (default: \(.default)).",
      choices: Choice.choices)
  }

  /// `--fail-below GRADE`: exit with status 1 when `what` is below a grade of the framework.
  static func failBelow(_ what: String) -> Self {
    option(
      "--fail-below", value: "grade",
      help: "Exit with status 1 when \(what) is below this grade.")
  }

  /// `--output FILE`: the `what` a command writes, whole or not at all.
  static func output(of what: String = "report") -> Self {
    option(
      "--output", value: "file",
      help: "Write the \(what) to a file (whole or not at all) instead of standard output.")
  }
}
