/// A command's interface, as data: what it takes and how its help reads.
package struct CommandSpec: Sendable {
  /// A positional argument.
  package struct Argument: Sendable {
    /// Its placeholder, such as `proposal`.
    package let name: String
    /// One line of help.
    package let help: String
    /// Whether it may be left out.
    package let isOptional: Bool
    /// Whether it may be given many times (the last argument only).
    package let isRepeatable: Bool
    /// The values accepted, when they are a closed set.
    package let choices: [String]?

    /// Describes an argument.
    package init(
      _ name: String, help: String, isOptional: Bool = false, isRepeatable: Bool = false,
      choices: [String]? = nil
    ) {
      self.name = name
      self.help = help
      self.isOptional = isOptional
      self.isRepeatable = isRepeatable
      self.choices = choices
    }
  }

  /// An option or flag.
  package struct Option: Sendable {
    /// With its dashes: `--format`.
    package let name: String
    /// A one-letter form with its dash, such as `-h`, if any.
    package let shortName: String?
    /// The value's placeholder (`FORMAT`), or `nil` for a flag.
    package let valueName: String?
    /// One line of help.
    package let help: String
    /// Whether it may be given many times.
    package let isRepeatable: Bool
    /// The values accepted, when they are a closed set.
    package let choices: [String]?

    /// Describes an option.
    package init(
      _ name: String, short shortName: String? = nil, value: String? = nil, help: String,
      isRepeatable: Bool = false, choices: [String]? = nil
    ) {
      self.name = name
      self.shortName = shortName
      self.valueName = value
      self.help = help
      self.isRepeatable = isRepeatable
      self.choices = choices
    }

    /// `-h, --help` or `--format <format>`, as help shows it.
    package var synopsis: String {
      let names = (shortName.map { "\($0), " } ?? "") + name
      return valueName.map { "\(names) <\($0)>" } ?? names
    }

    /// `--format <format>` for an option, `--quiet` for a flag: how usage and errors name it.
    package var usageName: String { valueName.map { "\(name) <\($0)>" } ?? name }

    /// `-h, --help`, which every command takes.
    package static let help = Self("--help", short: "-h", help: "Show help for this command.")
  }

  /// The words after `network-advisor`: `assess`, or `rules check`.
  package let name: String
  /// One line on what the command does.
  package let abstract: String
  /// More help, printed after the overview.
  package let discussion: String?
  /// Its positional arguments.
  package let arguments: [Argument]
  /// Its options, `--help` included.
  package let options: [Option]
  /// The commands under it, such as `rules list`; a command with subcommands takes a
  /// subcommand's name as its first word.
  package let subcommands: [CommandSpec]

  /// The widest help and usage text, in columns.
  package static let helpWidth = 80

  /// Describes a command.
  package init(
    name: String, abstract: String, discussion: String? = nil, arguments: [Argument] = [],
    options: [Option] = [], subcommands: [CommandSpec] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options + [.help]
    self.subcommands = subcommands
  }

  /// The last word of its name: `check` for `rules check`.
  package var word: String { String(name.split(separator: " ").last ?? "") }

  /// The words of its usage after `network-advisor` and its name.
  var usageWords: [String] {
    if !subcommands.isEmpty { return ["<subcommand>"] }
    var parts: [String] = []
    for argument in arguments {
      let word = "<\(argument.name)>" + (argument.isRepeatable ? " ..." : "")
      parts.append(argument.isOptional ? "[\(word)]" : word)
    }
    for option in options where option.name != Option.help.name {
      parts.append("[\(option.usageName)]" + (option.isRepeatable ? " ..." : ""))
    }
    return parts
  }

  /// `network-advisor assess <proposal> [--format <format>] …` on one line.
  package var usage: String { (["network-advisor", name] + usageWords).joined(separator: " ") }

  /// The usage after `prefix` (such as `USAGE: `), wrapped within the help's width with
  /// continuation lines lined up after the command's name.
  func wrappedUsage(after prefix: String) -> String {
    let lead = prefix + "network-advisor \(name)"
    guard !usageWords.isEmpty else { return lead + "\n" }
    let indent = lead.count + 1
    let words = usageWords.map { $0.replacingOccurrences(of: " ", with: "\u{A0}") }
    let wrapped = TextWrapper(width: Self.helpWidth).wrap(
      words.joined(separator: " "), indent: indent, firstIndent: indent)
    return lead + " " + wrapped.replacingOccurrences(of: "\u{A0}", with: " ")
  }

  /// The help page: OVERVIEW, USAGE, ARGUMENTS, OPTIONS and SUBCOMMANDS, within 80 columns.
  package var help: String {
    let wrapper = TextWrapper(width: Self.helpWidth)
    var text = "OVERVIEW: " + wrapper.wrap(abstract, indent: 0, firstIndent: 10)
    if let discussion {
      for paragraph in discussion.components(separatedBy: "\n\n") {
        text += "\n" + wrapper.wrap(paragraph, indent: 0)
      }
    }
    text += "\n" + wrappedUsage(after: "USAGE: ")
    if !arguments.isEmpty {
      text += "\nARGUMENTS:\n"
      for argument in arguments {
        var help = argument.help
        if let choices = argument.choices {
          help += " (values: \(choices.joined(separator: ", ")))"
        }
        text += Self.row("<\(argument.name)>", help)
      }
    }
    text += "\nOPTIONS:\n"
    for option in options {
      var help = option.help
      if let choices = option.choices { help += " (values: \(choices.joined(separator: ", ")))" }
      text += Self.row(option.synopsis, help)
    }
    if !subcommands.isEmpty {
      text += "\nSUBCOMMANDS:\n"
      for subcommand in subcommands { text += Self.row(subcommand.word, subcommand.abstract) }
      text += "\n  See 'network-advisor help \(name) <subcommand>' for detailed help.\n"
    }
    return text
  }

  /// A row of a help table: the name in a column of 26, its help wrapped beside it.
  static func row(_ left: String, _ right: String) -> String {
    let padded = "  " + left
    let help = TextWrapper(width: helpWidth).wrap(right, indent: 26, firstIndent: 26)
    if padded.count < 26 {
      return padded + String(repeating: " ", count: 26 - padded.count) + help
    }
    return padded + "\n" + String(repeating: " ", count: 26) + help
  }
}

/// The arguments several commands share, declared once.
extension CommandSpec.Argument {
  /// `<proposal>`: a proposal file, or `-` for standard input.
  static let proposal = Self(
    "proposal", help: "A network-proposal/1 JSON file, or - for standard input.")

  /// `[<path> ...]`: scenario files or folders; `scenarios` when none is given.
  static let scenarioPaths = Self(
    "path", help: "Scenario files or folders (default: scenarios).", isOptional: true,
    isRepeatable: true)
}

/// The options several commands share, declared once.
extension CommandSpec.Option {
  /// `--rules DIR`, repeatable: a folder of rules layered on the default framework.
  static func rules(help: String = "A folder of rules on top of the default (repeatable).")
    -> Self
  {
    Self("--rules", value: "dir", help: help, isRepeatable: true)
  }

  /// `--format FORMAT` among the cases of `Choice`, for the `what` a command writes.
  static func format<Choice: OptionChoice>(_ choice: Choice.Type, of what: String = "report")
    -> Self
  {
    Self(
      "--format", value: "format", help: "The \(what)'s format (default: text).",
      choices: Choice.choices)
  }

  /// `--fail-below GRADE`: exit with status 1 when `what` is below a grade of the framework.
  static func failBelow(_ what: String) -> Self {
    Self(
      "--fail-below", value: "grade",
      help: "Exit with status 1 when \(what) is below this grade.")
  }

  /// `--output FILE`: the `what` a command writes, whole or not at all.
  static func output(of what: String = "report") -> Self {
    Self(
      "--output", value: "file",
      help: "Write the \(what) to a file (whole or not at all) instead of standard output.")
  }
}
