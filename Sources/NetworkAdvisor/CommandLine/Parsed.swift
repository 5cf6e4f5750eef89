/// A stored property of a command's options, bound to the argument, option or flag it is read
/// from: one declaration gives the parameter (name, kind, help), the default and where the
/// value is kept, as swift-argument-parser's `@Option` does.
///
///     @Parsed(.option("--max-changes", value: "n", help: "At most (default: \(.default)).",
///       in: 1...30)
///     var maxChanges = 8
///
/// The command's spec lists the declarations in the order of the properties (see
/// ``ParsableOptions/parameters``), and help writes the default from `= 8`; `$maxChanges` is
/// the parameter, for messages that name it.
@propertyWrapper
package struct Parsed<Value: Sendable>: Sendable {
  /// The value read, or the default; `nil` only for a required argument not yet read.
  private var value: Value?
  /// The parameter, with its default as help writes it.
  package let projectedValue: CommandSpec.Parameter
  /// The value of the words given for the parameter, `nil` when it was not given.
  private let read:
    @Sendable (ParsedArguments, CommandSpec.Parameter) throws(UsageError.Problem) -> Value?
  /// How a value is written on the command line.
  private let describe: @Sendable (Value) -> String?

  package var wrappedValue: Value {
    get {
      guard let value else {
        preconditionFailure("\(projectedValue.usageName) is read before it was parsed")
      }
      return value
    }
    set { value = newValue }
  }

  /// Declares a parameter with a default, or a required one when `value` is `nil`; reads its
  /// value when the options are made from parsed words (see ``ParsableOptions/init(_:)``).
  private init(
    _ value: Value?, _ parameter: CommandSpec.Parameter,
    read:
      @escaping @Sendable (ParsedArguments, CommandSpec.Parameter) throws(UsageError.Problem)
      -> Value?,
    describe: @escaping @Sendable (Value) -> String?
  ) {
    projectedValue = parameter.defaulting(to: value.flatMap(describe))
    self.read = read
    self.describe = describe
    let given = ParsedArguments.beingRead.flatMap { try? read($0, parameter) }
    self.value = given ?? value
  }

  /// What the parsed words give this parameter, or the problem with them.
  func check(_ parsed: ParsedArguments) throws(UsageError.Problem) {
    _ = try read(parsed, projectedValue)
  }

  /// The value as it is written on the command line; `nil` when there is none to write.
  var valueText: String? { value.flatMap(describe) }
}

extension Parsed where Value: ArgumentValue {
  /// A parameter whose value is `wrappedValue` when it is not given.
  package init(wrappedValue: Value, _ parameter: CommandSpec.Parameter) {
    self.init(wrappedValue, parameter, read: Value.read, describe: \.argumentText)
  }

  /// A positional argument the command requires, which has no default.
  package init(_ parameter: CommandSpec.Parameter) {
    precondition(!parameter.isOptional, "\(parameter.name): may be left out but has no default")
    self.init(nil, parameter, read: Value.read, describe: \.argumentText)
  }
}

extension Parsed where Value == Int {
  /// A whole number within `range`, `wrappedValue` when it is not given.
  package init(wrappedValue: Int, _ parameter: CommandSpec.Parameter, in range: ClosedRange<Int>) {
    precondition(range.contains(wrappedValue), "\(parameter.name): the default is out of range")
    self.init(
      wrappedValue, parameter,
      read: { parsed, parameter throws(UsageError.Problem) in
        guard let text = parsed.value(of: parameter) else { return nil }
        guard let number = Int(text), range.contains(number) else {
          throw .notAWholeNumber(text, of: parameter.usageName, range: range)
        }
        return number
      }, describe: { String($0) })
  }
}

extension Parsed where Value == Double {
  /// A number of `minimum` or more, `wrappedValue` when it is not given.
  package init(wrappedValue: Double, _ parameter: CommandSpec.Parameter, atLeast minimum: Double) {
    self.init(
      wrappedValue, parameter,
      read: { parsed, parameter throws(UsageError.Problem) in
        guard let text = parsed.value(of: parameter) else { return nil }
        guard let number = Double(text), number >= minimum else {
          throw .notANumber(text, of: parameter.usageName, minimum: minimum)
        }
        return number
      }, describe: { NumberText.plain($0) })
  }
}

extension Parsed: Equatable where Value: Equatable {
  /// Two declarations hold the same value; their parameters are the command's, the same.
  package static func == (left: Self, right: Self) -> Bool { left.value == right.value }
}

/// A ``Parsed`` property seen without its value's type: how a command's spec is listed and
/// its words checked.
protocol ParsedParameter {
  /// The parameter, with its default.
  var projectedValue: CommandSpec.Parameter { get }
  /// The value as written on the command line.
  var valueText: String? { get }
  /// Throws the problem with the words given for the parameter, if any.
  func check(_ parsed: ParsedArguments) throws(UsageError.Problem)
}

extension Parsed: ParsedParameter {}

/// A type an argument's, option's or flag's words are read into.
package protocol ArgumentValue: Sendable {
  /// The value the words given for `parameter` make, or `nil` when none was given.
  static func read(_ parsed: ParsedArguments, _ parameter: CommandSpec.Parameter)
    throws(UsageError.Problem) -> Self?
  /// The value as it is written on the command line; `nil` when there is none to write.
  var argumentText: String? { get }
}

extension String: ArgumentValue {
  package static func read(_ parsed: ParsedArguments, _ parameter: CommandSpec.Parameter) -> Self? {
    parsed.value(of: parameter)
  }

  package var argumentText: String? { self }
}

extension Bool: ArgumentValue {
  /// A flag: `true` when it is given.
  package static func read(_ parsed: ParsedArguments, _ parameter: CommandSpec.Parameter) -> Self? {
    parsed.isSet(parameter) ? true : nil
  }

  package var argumentText: String? { self ? "true" : nil }
}

extension Array: ArgumentValue where Element == String {
  /// Every word of a repeatable parameter; `nil` when none was given.
  package static func read(_ parsed: ParsedArguments, _ parameter: CommandSpec.Parameter) -> Self? {
    let words = parsed.values(of: parameter)
    return words.isEmpty ? nil : words
  }

  package var argumentText: String? { isEmpty ? nil : joined(separator: " ") }
}

extension Optional: ArgumentValue where Wrapped: ArgumentValue {
  /// An optional value: `nil` when it was not given.
  package static func read(_ parsed: ParsedArguments, _ parameter: CommandSpec.Parameter)
    throws(UsageError.Problem) -> Self?
  {
    try Wrapped.read(parsed, parameter).map { .some($0) }
  }

  package var argumentText: String? { self?.argumentText }
}

extension OptionChoice {
  /// One of the cases, by its raw value.
  package static func read(_ parsed: ParsedArguments, _ parameter: CommandSpec.Parameter)
    throws(UsageError.Problem) -> Self?
  {
    guard let text = parsed.value(of: parameter) else { return nil }
    guard let choice = Self(rawValue: text) else {
      throw .notAChoice(text, of: parameter.usageName, choices: choices)
    }
    return choice
  }

  package var argumentText: String? { rawValue }
}
