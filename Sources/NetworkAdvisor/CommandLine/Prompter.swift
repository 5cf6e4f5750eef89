import Foundation

/// Asks a person questions one at a time on a console, checks each answer, and asks again
/// after a wrong one. Works at a terminal and with answers piped in.
///
/// Answering ``back`` goes back to the previous question: the questions are asked again
/// from the start, silently taking the answers already given (``Session/replay``), up to
/// the question before.
struct Prompter {
  /// Why the questions stopped before their end.
  enum Stop: Error {
    /// Standard input ended before the questions did.
    case inputEnded
    /// The person asked to go back to the previous question.
    case back
  }

  /// The answer that goes back to the previous question.
  static let back = "<"

  /// The answers accepted so far, and those to give again without asking.
  final class Session: @unchecked Sendable {
    /// Every accepted answer, as typed (before a default replaced an empty one).
    var accepted: [String] = []
    /// Answers to take, in order, before asking anyone.
    var replay: ArraySlice<String> = []
    /// Whether ``Prompter/back`` goes back (otherwise it is an ordinary answer).
    var allowsBack = true
  }

  let console: Console
  let session = Session()

  /// Whether earlier answers are being given again, so nothing is printed.
  var isReplaying: Bool { !session.replay.isEmpty }

  /// Prints `text` followed by a newline, wrapped to the terminal's width with its
  /// leading spaces as the indent (not while earlier answers are given again).
  func say(_ text: String = "") {
    if !isReplaying { console.print(wrapped(text)) }
  }

  /// `text` wrapped to the console's width less `reserved` columns; lines after the first
  /// are indented by the text's own leading spaces plus `hanging`.
  func wrapped(_ text: String, hanging: Int = 0, reserving reserved: Int = 0) -> String {
    let indent = text.prefix { $0 == " " }.count
    guard !text.isEmpty else { return "\n" }
    return String(repeating: " ", count: indent)
      + TextWrapper(width: console.width - reserved).wrap(
        String(text.dropFirst(indent)), indent: indent + hanging, firstIndent: indent)
  }

  /// Asks until `parse` accepts the answer; an empty answer takes `defaultAnswer` if any.
  func ask<T>(
    _ question: String, defaultAnswer: String? = nil, _ parse: (String) -> Result<T, Problem>
  ) throws(Stop) -> T {
    while true {
      let line: String
      if let replayed = session.replay.popFirst() {
        line = replayed
      } else {
        console.print(
          String(
            wrapped(question + (defaultAnswer.map { " [\($0)]" } ?? "") + ":", reserving: 1)
              .dropLast()) + " ")
        guard let read = console.readLine() else {
          console.print("\n")
          throw .inputEnded
        }
        line = read.trimmingCharacters(in: .whitespaces)
        if !console.isInputTerminal { console.print(line + "\n") }
        if line == Self.back, session.allowsBack {
          if session.accepted.isEmpty {
            say("  This is the first question; there is none before it.")
            continue
          }
          throw .back
        }
      }
      var answer = line
      if answer.isEmpty, let defaultAnswer { answer = defaultAnswer }
      switch parse(answer) {
      case .success(let value):
        session.accepted.append(line)
        return value
      case .failure(let problem):
        // An earlier answer that no longer fits: ask from here on.
        session.replay = []
        say("  \(problem.message) Please try again.")
      }
    }
  }

  /// Whether `answer` asks to clear an earlier answer shown as the default.
  static func clears(_ answer: String) -> Bool { answer == "-" }

  /// A reason an answer was not accepted.
  struct Problem: Error {
    let message: String
    init(_ message: String) { self.message = message }
  }

  /// Free text; `isRequired` refuses an empty answer.
  func text(_ question: String, isRequired: Bool = false, defaultAnswer: String? = nil)
    throws(Stop) -> String
  {
    try ask(question, defaultAnswer: defaultAnswer) { answer in
      if !isRequired, defaultAnswer != nil, Self.clears(answer) { return .success("") }
      return isRequired && answer.isEmpty
        ? .failure(Problem("An answer is needed here.")) : .success(answer)
    }
  }

  /// Yes or no.
  func confirm(_ question: String, defaultAnswer: Bool) throws(Stop) -> Bool {
    try ask(question + " (y/n)", defaultAnswer: defaultAnswer ? "y" : "n") { answer in
      switch answer.lowercased() {
      case "y", "yes": .success(true)
      case "n", "no": .success(false)
      default: .failure(Problem("Answer y or n."))
      }
    }
  }

  /// A whole number at least `minimum`; empty leaves it out when there is no default.
  func number(_ question: String, minimum: Int, defaultAnswer: String? = nil) throws(Stop)
    -> Int?
  {
    try ask(question, defaultAnswer: defaultAnswer) { answer in
      if answer.isEmpty || Self.clears(answer) { return .success(nil) }
      guard let value = Int(answer), value >= minimum else {
        return .failure(Problem("Answer with a whole number of \(minimum) or more."))
      }
      return .success(value)
    }
  }

  /// A number (with decimals) at least 0; empty leaves it out.
  func decimal(_ question: String, defaultAnswer: String? = nil) throws(Stop) -> Double? {
    try ask(question, defaultAnswer: defaultAnswer) { answer in
      if answer.isEmpty || Self.clears(answer) { return .success(nil) }
      guard let value = Double(answer), value >= 0, value.isFinite else {
        return .failure(Problem("Answer with a number of 0 or more, such as 2 or 1.5."))
      }
      return .success(value)
    }
  }

  /// Prints numbered options with their meanings.
  func list(_ options: [(value: String, summary: String)]) {
    guard !isReplaying else { return }
    for (index, option) in options.enumerated() {
      let marker = "\(index + 1). "
      console.print(
        wrapped("  \(marker)\(option.value) — \(option.summary)", hanging: marker.count))
    }
  }

  /// One of `options`, by number or by value.
  func choose(
    _ question: String, from options: [(value: String, summary: String)],
    defaultAnswer: String? = nil
  )
    throws(Stop) -> String
  {
    list(options)
    return try ask(question, defaultAnswer: defaultAnswer) { answer in
      Self.option(answer, in: options).map { .success($0) }
        ?? .failure(Problem(Self.choiceHelp(answer, options)))
    }
  }

  /// Any number of `options`, comma-separated, `all`, or nothing (`-` for nothing when
  /// earlier choices are the default).
  func chooseSeveral(
    _ question: String, from options: [(value: String, summary: String)],
    defaultAnswer: [String] = []
  )
    throws(Stop) -> [String]
  {
    list(options)
    return try ask(
      question + " (numbers or names separated by commas, 'all', or nothing)",
      defaultAnswer: defaultAnswer.isEmpty ? nil : defaultAnswer.joined(separator: ", ")
    ) {
      answer in
      if answer.isEmpty || Self.clears(answer) { return .success([]) }
      if answer.lowercased() == "all" { return .success(options.map(\.value)) }
      var chosen: [String] = []
      for part in answer.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
      where !part.isEmpty {
        guard let value = Self.option(part, in: options) else {
          return .failure(Problem(Self.choiceHelp(part, options)))
        }
        if !chosen.contains(value) { chosen.append(value) }
      }
      return .success(chosen)
    }
  }

  static func option(_ answer: String, in options: [(value: String, summary: String)]) -> String? {
    if let number = Int(answer), number >= 1, number <= options.count {
      return options[number - 1].value
    }
    return options.first { $0.value == answer.lowercased() }?.value
  }

  static func choiceHelp(_ answer: String, _ options: [(value: String, summary: String)]) -> String
  {
    var message = "'\(answer)' is not one of the choices."
    if let close = EditDistance.closest(to: answer, among: options.map(\.value)) {
      message += " Did you mean '\(close)'?"
    } else {
      message += " Answer with a number from 1 to \(options.count)."
    }
    return message
  }
}
