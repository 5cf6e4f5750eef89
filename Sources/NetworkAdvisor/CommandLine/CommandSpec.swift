/// A command's interface, as data: what it takes and how its help reads.
public struct CommandSpec: Sendable {
  /// A positional argument.
  public struct Argument: Sendable {
    /// Its placeholder, such as `proposal`.
    public let name: String
    /// One line of help.
    public let help: String
    /// Whether it may be left out.
    public let isOptional: Bool
    /// Whether it may be given many times (the last argument only).
    public let isRepeatable: Bool

    /// Describes an argument.
    public init(_ name: String, help: String, isOptional: Bool = false, isRepeatable: Bool = false)
    {
      self.name = name
      self.help = help
      self.isOptional = isOptional
      self.isRepeatable = isRepeatable
    }
  }

  /// An option or flag.
  public struct Option: Sendable {
    /// With its dashes: `--format`.
    public let name: String
    /// The value's placeholder (`FORMAT`), or `nil` for a flag.
    public let valueName: String?
    /// One line of help.
    public let help: String
    /// Whether it may be given many times.
    public let isRepeatable: Bool
    /// The values accepted, when they are a closed set.
    public let choices: [String]?

    /// Describes an option.
    public init(
      _ name: String, value: String? = nil, help: String, isRepeatable: Bool = false,
      choices: [String]? = nil
    ) {
      self.name = name
      self.valueName = value
      self.help = help
      self.isRepeatable = isRepeatable
      self.choices = choices
    }
  }

  /// The words after `network-advisor`: `assess`, or `rules check`.
  public let name: String
  /// One line on what the command does.
  public let abstract: String
  /// More help, printed after the overview.
  public let discussion: String?
  /// Its positional arguments.
  public let arguments: [Argument]
  /// Its options, `--help` included.
  public let options: [Option]

  /// Describes a command.
  public init(
    name: String, abstract: String, discussion: String? = nil, arguments: [Argument] = [],
    options: [Option] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options + [Option("--help", help: "Show help for this command.")]
  }

  /// `network-advisor assess <proposal> [--format <format>] …`
  public var usage: String {
    var parts = ["network-advisor", name]
    for argument in arguments {
      let word = "<\(argument.name)>" + (argument.isRepeatable ? " ..." : "")
      parts.append(argument.isOptional ? "[\(word)]" : word)
    }
    for option in options where option.name != "--help" {
      let word = option.valueName.map { "\(option.name) <\($0)>" } ?? option.name
      parts.append("[\(word)]" + (option.isRepeatable ? " ..." : ""))
    }
    return parts.joined(separator: " ")
  }

  /// The help page: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
  public var help: String {
    var text = "OVERVIEW: \(abstract)\n"
    if let discussion { text += "\n\(discussion)\n" }
    text += "\nUSAGE: \(usage)\n"
    if !arguments.isEmpty {
      text += "\nARGUMENTS:\n"
      for argument in arguments { text += Self.row("<\(argument.name)>", argument.help) }
    }
    text += "\nOPTIONS:\n"
    for option in options {
      let left = option.valueName.map { "\(option.name) <\($0)>" } ?? option.name
      var help = option.help
      if let choices = option.choices { help += " (values: \(choices.joined(separator: ", ")))" }
      text += Self.row(left, help)
    }
    return text
  }

  static func row(_ left: String, _ right: String) -> String {
    let padded = "  " + left
    if padded.count < 26 {
      return padded + String(repeating: " ", count: 26 - padded.count) + right + "\n"
    }
    return padded + "\n" + String(repeating: " ", count: 26) + right + "\n"
  }
}
