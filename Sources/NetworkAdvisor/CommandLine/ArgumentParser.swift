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

  /// The word given for an argument the command requires (the parser has checked it is there).
  package func required(_ argument: CommandSpec.Parameter) throws(UsageError.Problem) -> String {
    guard let value = value(of: argument) else { throw .missingArgument(argument.usageName) }
    return value
  }

  /// Whether a flag was given.
  package func isSet(_ flag: CommandSpec.Parameter) -> Bool { flags.contains(flag.name) }

  /// The value of an option whose choices are the cases of `Choice`, or `fallback` when it
  /// was not given.
  package func choice<Choice: OptionChoice>(
    of option: CommandSpec.Parameter, default fallback: Choice
  )
    throws(UsageError.Problem) -> Choice
  {
    guard let text = value(of: option) else { return fallback }
    guard let choice = Choice(rawValue: text) else {
      throw .notAChoice(text, of: option.usageName, choices: Choice.choices)
    }
    return choice
  }

  /// The value of an option made by `convert`, `nil` when it was not given; `problem`
  /// says why a value `convert` refuses is wrong.
  package func value<Converted>(
    of option: CommandSpec.Parameter, as convert: (String) -> Converted?,
    else problem: (String) -> UsageError.Problem
  ) throws(UsageError.Problem) -> Converted? {
    guard let text = value(of: option) else { return nil }
    guard let converted = convert(text) else { throw problem(text) }
    return converted
  }
}

/// The values an option or argument takes, as the cases of a type: its help and its
/// checks list them, and the command reads the case.
package protocol OptionChoice: RawRepresentable<String>, CaseIterable, Sendable {}

extension OptionChoice {
  /// Every value, in the order of the cases.
  package static var choices: [String] { allCases.map(\.rawValue) }
}

/// A command's options as a typed value, made from the words parsed against its spec.
package protocol ParsableOptions: Sendable {
  /// Reads the options from parsed words; throws when a value does not convert or two
  /// options do not go together.
  init(_ parsed: ParsedArguments) throws(UsageError.Problem)
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
