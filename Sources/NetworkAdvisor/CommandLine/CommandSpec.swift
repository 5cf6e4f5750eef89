/// A command's interface, as data: what it takes and how its help reads.
package struct CommandSpec: Sendable {
  /// The words after `network-advisor`: `assess`, or `rules check`.
  package let name: String
  /// One line on what the command does.
  package let abstract: String
  /// More help, printed after the overview.
  package let discussion: String?
  /// Its positional arguments, in order.
  package let arguments: [Parameter]
  /// Its options and flags, `--help` included.
  package let options: [Parameter]
  /// The commands under it, such as `rules list`; a command with subcommands takes a
  /// subcommand's name as its first word.
  package let subcommands: [CommandSpec]

  /// The widest help and usage text, in columns.
  package static let helpWidth = 80

  /// Describes a command.
  package init(
    name: String, abstract: String, discussion: String? = nil, arguments: [Parameter] = [],
    options: [Parameter] = [], subcommands: [CommandSpec] = []
  ) {
    precondition(arguments.allSatisfy(\.isPositional), "\(name): an option among the arguments")
    precondition(!options.contains(where: \.isPositional), "\(name): an argument among the options")
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options + [.help]
    self.subcommands = subcommands
  }

  /// Describes a command whose arguments and options are those `Options` declares.
  package init<Options: ParsableOptions>(
    name: String, abstract: String, discussion: String? = nil, reading _: Options.Type
  ) {
    let parameters = Options.parameters
    self.init(
      name: name, abstract: abstract, discussion: discussion,
      arguments: parameters.filter(\.isPositional),
      options: parameters.filter { !$0.isPositional })
  }

  /// The last word of its name: `check` for `rules check`.
  package var word: String { String(name.split(separator: " ").last ?? "") }

  /// The words of its usage after `network-advisor` and its name.
  var usageWords: [String] {
    if !subcommands.isEmpty { return ["<subcommand>"] }
    var parts: [String] = []
    for argument in arguments {
      let word = argument.usageName + (argument.isRepeatable ? " ..." : "")
      parts.append(argument.isOptional ? "[\(word)]" : word)
    }
    for option in options where option.name != Parameter.help.name {
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
      for argument in arguments { text += Self.row(argument.synopsis, argument.helpWithChoices) }
    }
    text += "\nOPTIONS:\n"
    for option in options { text += Self.row(option.synopsis, option.helpWithChoices) }
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
