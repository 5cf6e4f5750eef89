/// A command line's words sorted by the declarations of its ``CommandSpec``: the values
/// of each positional argument and option, and the flags given. It is read through those
/// declarations, never by a name written again.
package struct ParsedArguments: Sendable {
  /// The words given for each positional argument and option, by its name, in order.
  var words: [String: [String]] = [:]
  /// The flags given, by their long names.
  var flags: Set<String> = []

  /// The word given for an argument or option, or `nil` when it was left out: an
  /// argument's first word, an option's last value.
  package func value(of parameter: CommandSpec.Parameter) -> String? {
    parameter.isPositional ? words[parameter.name]?.first : words[parameter.name]?.last
  }

  /// Every word given for a repeatable argument or option, in order.
  package func values(of parameter: CommandSpec.Parameter) -> [String] {
    words[parameter.name] ?? []
  }

  /// Whether a flag was given.
  package func isSet(_ flag: CommandSpec.Parameter) -> Bool { flags.contains(flag.name) }

  /// The words whose options are being made, while ``ParsableOptions/init(_:)`` makes them:
  /// each ``Parsed`` property reads its value from them as it is initialised.
  @TaskLocal static var beingRead: ParsedArguments?
}

/// The values an option or argument takes, as the cases of a type: its help and its
/// checks list them, and the command reads the case.
package protocol OptionChoice: RawRepresentable<String>, CaseIterable, ArgumentValue {}

extension OptionChoice {
  /// Every value, in the order of the cases.
  package static var choices: [String] { allCases.map(\.rawValue) }
}

/// A command's options as a typed value: each stored property declared once with
/// ``Parsed``, which gives the command's parameters, their defaults and their values.
package protocol ParsableOptions: Sendable {
  /// The options as declared: each with its default, a required argument not yet read.
  init()

  /// Throws when options that were each read well do not go together.
  func validate(_ parsed: ParsedArguments) throws(UsageError.Problem)
}

extension ParsableOptions {
  package func validate(_ parsed: ParsedArguments) throws(UsageError.Problem) {}

  /// The declarations, in the order of the properties.
  static var declarations: [any ParsedParameter] {
    Mirror(reflecting: Self()).children.compactMap { $0.value as? any ParsedParameter }
  }

  /// Every parameter declared, in the order of the properties: the command's spec lists them.
  package static var parameters: [CommandSpec.Parameter] { declarations.map(\.projectedValue) }

  /// Reads the options from parsed words; throws the first value, in the order of the
  /// declarations, that does not convert, then what ``validate(_:)`` finds.
  package init(_ parsed: ParsedArguments) throws(UsageError.Problem) {
    for declaration in Self.declarations { try declaration.check(parsed) }
    self = ParsedArguments.$beingRead.withValue(parsed) { Self() }
    try validate(parsed)
  }
}

/// Sorts a command's words against its ``CommandSpec``: `--name value`, `--name=value`,
/// flags, `--` to end options, and `-` as a positional (standard input).
package enum ArgumentParser {
  /// Parses `words` against `spec`, checking options, their values and the positional arguments.
  package static func parse(_ words: [String], for spec: CommandSpec) throws(UsageError.Problem)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var positionals: [String] = []
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("-") || word == "-" {
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      var name = word
      var inlineValue: String?
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      let option = try self.option(named: name, in: spec)
      guard case .option = option.kind else {
        if inlineValue != nil { throw .flagWithValue(option.name) }
        parsed.flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < words.count, !words[index].hasPrefix("--") {
        value = words[index]
        index += 1
      } else {
        throw .missingValue(option.usageName)
      }
      if let choices = option.choices, !choices.contains(value) {
        throw .notAChoice(value, of: option.usageName, choices: choices)
      }
      if parsed.words[option.name] != nil, !option.isRepeatable {
        throw .repeatedOption(option.name)
      }
      parsed.words[option.name, default: []].append(value)
    }
    if parsed.isSet(.help) { return parsed }
    parsed.words.merge(try arguments(positionals, spec)) { _, given in given }
    return parsed
  }

  /// The option a word names, by its long or short name.
  private static func option(named name: String, in spec: CommandSpec) throws(UsageError.Problem)
    -> CommandSpec.Parameter
  {
    if let option = spec.options.first(where: { $0.name == name || $0.shortName == name }) {
      return option
    }
    throw .unknownOption(
      name, suggestion: EditDistance.closest(to: name, among: spec.options.map(\.name)))
  }

  /// The positional words given to each of the spec's arguments, checked against their
  /// number and their choices.
  private static func arguments(_ positionals: [String], _ spec: CommandSpec)
    throws(UsageError.Problem) -> [String: [String]]
  {
    let required = spec.arguments.filter { !$0.isOptional }
    if positionals.count < required.count {
      throw .missingArgument(required[positionals.count].usageName)
    }
    let acceptsMany = spec.arguments.last?.isRepeatable ?? false
    if !acceptsMany, positionals.count > spec.arguments.count {
      throw .unexpectedArgument(positionals[spec.arguments.count])
    }
    var given: [String: [String]] = [:]
    for (position, word) in positionals.enumerated() {
      let argument = spec.arguments[min(position, spec.arguments.count - 1)]
      if let choices = argument.choices, !choices.contains(word) {
        throw .notAChoice(word, of: argument.usageName, choices: choices)
      }
      given[argument.name, default: []].append(word)
    }
    return given
  }
}
