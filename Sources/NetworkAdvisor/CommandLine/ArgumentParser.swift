/// A command line's words sorted into positional arguments and option values.
package struct ParsedArguments: Sendable {
  /// The words that are not options, in order.
  package var positionals: [String] = []
  /// The values given for each option, in order.
  package var values: [String: [String]] = [:]
  /// The flags given.
  package var flags: Set<String> = []

  /// The last value given for an option.
  package func value(_ option: String) -> String? { values[option]?.last }

  /// Every value given for a repeatable option, in order.
  package func all(_ option: String) -> [String] { values[option] ?? [] }

  /// Whether a flag was given.
  package func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A mistake on the command line; printed with the command's usage, exit status 2.
package struct UsageError: Error, Sendable {
  /// What is wrong, as a sentence.
  package let message: String
  /// The command whose usage to show; `nil` for the top level.
  package let spec: CommandSpec?

  /// Makes a usage error.
  package init(_ message: String, spec: CommandSpec?) {
    self.message = message
    self.spec = spec
  }

  /// `Error: …`, then `Usage: …` and where to find help, as swift-argument-parser prints.
  package var rendered: String { rendered(as: "network-advisor") }

  /// The error, its hint running the tool as `program`.
  package func rendered(as program: String) -> String {
    var text = "Error: \(message)\n"
    if let spec {
      text += spec.wrappedUsage(after: "Usage: ")
      text += "  See '\(program) \(spec.name) --help'.\n"
    } else {
      text += "Usage: network-advisor <subcommand>\n  See '\(program) --help'.\n"
    }
    return text
  }
}

/// Sorts a command's words against its ``CommandSpec``: `--name value`, `--name=value`,
/// flags, `--` to end options, and `-` as a positional (standard input).
package enum ArgumentParser {
  /// Parses `words` against `spec`, checking options, their values and the positional arguments.
  package static func parse(_ words: [String], for spec: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("-") || word == "-" {
        parsed.positionals.append(word)
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
      let option = try self.option(named: &name, in: spec)
      guard let valueName = option.valueName else {
        if inlineValue != nil {
          throw UsageError("The flag '\(name)' takes no value.", spec: spec)
        }
        parsed.flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < words.count, !words[index].hasPrefix("--") {
        value = words[index]
        index += 1
      } else {
        throw UsageError("Missing value for '\(name) <\(valueName)>'.", spec: spec)
      }
      try check(value, isAChoiceOf: option, named: name, in: spec)
      if parsed.values[name] != nil, !option.isRepeatable {
        throw UsageError("The option '\(name)' was given more than once.", spec: spec)
      }
      parsed.values[name, default: []].append(value)
    }
    if parsed.has("--help") { return parsed }
    try checkPositionals(parsed.positionals, spec)
    return parsed
  }

  /// The option a word names, by its long or short name; `name` becomes its long name.
  private static func option(named name: inout String, in spec: CommandSpec) throws(UsageError)
    -> CommandSpec.Option
  {
    if let long = spec.options.first(where: { $0.shortName == name }) { name = long.name }
    if let option = spec.options.first(where: { $0.name == name }) { return option }
    var message = "Unknown option '\(name)'."
    if let close = EditDistance.closest(to: name, among: spec.options.map(\.name)) {
      message += " Did you mean '\(close)'?"
    }
    throw UsageError(message, spec: spec)
  }

  /// Throws when an option with choices is given a value that is not one of them.
  private static func check(
    _ value: String, isAChoiceOf option: CommandSpec.Option, named name: String,
    in spec: CommandSpec
  ) throws(UsageError) {
    guard let choices = option.choices, !choices.contains(value) else { return }
    let valueName = option.valueName ?? "value"
    var message = "The value '\(value)' is invalid for '\(name) <\(valueName)>'."
    if let close = EditDistance.closest(to: value, among: choices) {
      message += " Did you mean '\(close)'?"
    }
    message += " Please provide one of \(choices.map { "'\($0)'" }.joined(separator: ", "))."
    throw UsageError(message, spec: spec)
  }

  private static func checkPositionals(_ positionals: [String], _ spec: CommandSpec)
    throws(UsageError)
  {
    let required = spec.arguments.filter { !$0.isOptional }
    if positionals.count < required.count {
      let missing = required[positionals.count]
      throw UsageError("Missing expected argument '<\(missing.name)>'.", spec: spec)
    }
    let acceptsMany = spec.arguments.last?.isRepeatable ?? false
    if !acceptsMany, positionals.count > spec.arguments.count {
      throw UsageError("Unexpected argument '\(positionals[spec.arguments.count])'.", spec: spec)
    }
  }
}
