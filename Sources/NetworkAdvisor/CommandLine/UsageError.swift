/// A mistake on the command line; printed with the command's usage, exit status 2.
///
/// Every kind of mistake is a case of ``Problem``, and every message is written in
/// ``Problem/message``, the one place the command line's usage errors are worded.
package struct UsageError: Error, Sendable {
  /// What can be wrong with a command line.
  package enum Problem: Error, Sendable, Equatable {
    /// A word that is not one of the command's options, with the closest option's name.
    case unknownOption(String, suggestion: String?)
    /// A flag given a value with `=`.
    case flagWithValue(String)
    /// An option given without its value.
    case missingValue(String)
    /// A value that is not one of those allowed; `suggestion` is the closest, when asked for.
    case notAChoice(String, of: String, choices: [String], suggestion: String?)
    /// A value that is not a whole number in `range`.
    case notAWholeNumber(String, of: String, range: ClosedRange<Int>)
    /// A value that is not a number of at least `minimum`.
    case notANumber(String, of: String, minimum: Double)
    /// An option that may be given once, given more often.
    case repeatedOption(String)
    /// A positional argument left out.
    case missingArgument(String)
    /// A positional argument more than the command takes.
    case unexpectedArgument(String)
    /// A command line that names no subcommand of a command that needs one.
    case missingSubcommand(among: [String])
    /// A subcommand that does not exist, with the closest one's name.
    case unknownSubcommand(String, suggestion: String?)
    /// An option that only means something with another one.
    case needsOption(String, needs: String)
    /// Two options that name the same file.
    case sameFile(String, String)
    /// Two paths of which one is a file and the other a folder.
    case mixedFileAndFolder(String, String)
    /// A rule id the framework does not have; `program` is how to run the tool.
    case unknownRule(String, suggestion: String?, program: String)

    /// What is wrong, as a sentence.
    package var message: String {
      switch self {
      case .unknownOption(let name, let suggestion):
        "Unknown option '\(name)'." + Self.didYouMean(suggestion)
      case .flagWithValue(let name): "The flag '\(name)' takes no value."
      case .missingValue(let name): "Missing value for '\(name)'."
      case .notAChoice(let value, let name, let choices, let suggestion):
        "The value '\(value)' is invalid for '\(name)'." + Self.didYouMean(suggestion)
          + " Please provide one of \(Self.quoted(choices))."
      case .notAWholeNumber(let value, let name, let range):
        "The value '\(value)' is invalid for '\(name)'. Please provide a whole number from \(range.lowerBound) to \(range.upperBound)."
      case .notANumber(let value, let name, let minimum):
        "The value '\(value)' is invalid for '\(name)': give a number of \(NumberText.plain(minimum)) or more."
      case .repeatedOption(let name): "The option '\(name)' was given more than once."
      case .missingArgument(let name): "Missing expected argument '\(name)'."
      case .unexpectedArgument(let word): "Unexpected argument '\(word)'."
      case .missingSubcommand(let names): "Missing subcommand: one of \(Self.quoted(names))."
      case .unknownSubcommand(let name, let suggestion):
        "Unknown subcommand '\(name)'." + Self.didYouMean(suggestion)
      case .needsOption(let name, let other): "'\(name)' needs '\(other)'."
      case .sameFile(let first, let second): "'\(first)' and '\(second)' must name different files."
      case .mixedFileAndFolder(let first, let second):
        "'\(first)' and '\(second)' must both be files or both be folders."
      case .unknownRule(let id, let suggestion, let program):
        "Unknown rule '\(id)'."
          + (suggestion.map { " Did you mean '\($0)'?" }
            ?? " '\(program) rules list' shows them all.")
      }
    }

    /// A value not among `choices`, suggesting the closest choice when `suggests`.
    package static func notAChoice(
      _ value: String, of name: String, choices: [String], suggests: Bool = true
    ) -> Self {
      .notAChoice(
        value, of: name, choices: choices,
        suggestion: suggests ? EditDistance.closest(to: value, among: choices) : nil)
    }

    private static func didYouMean(_ suggestion: String?) -> String {
      suggestion.map { " Did you mean '\($0)'?" } ?? ""
    }

    private static func quoted(_ names: [String]) -> String {
      names.map { "'\($0)'" }.joined(separator: ", ")
    }
  }

  /// What is wrong.
  package let problem: Problem
  /// The command whose usage to show; `nil` for the top level.
  package let spec: CommandSpec?

  /// Makes a usage error.
  package init(_ problem: Problem, spec: CommandSpec?) {
    self.problem = problem
    self.spec = spec
  }

  /// What is wrong, as a sentence.
  package var message: String { problem.message }

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
