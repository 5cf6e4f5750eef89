/// A parameter's line of help, which may name its default as `\(.default)`: the default is
/// written in from the one place it is declared (see ``Parsed``), so that help and the value
/// used never disagree.
package struct HelpText: Sendable, ExpressibleByStringInterpolation {
  /// Where the default goes in help, written `\(.default)`.
  package enum Slot: Sendable { case `default` }

  /// A run of text, or the place of the default.
  enum Part: Sendable, Equatable {
    case text(String)
    case defaultValue
  }

  /// The text and the default's place, in order.
  let parts: [Part]

  package init(stringLiteral text: String) { parts = [.text(text)] }

  package init(stringInterpolation: Interpolation) { parts = stringInterpolation.parts }

  /// Whether the help names the parameter's default.
  var namesDefault: Bool { parts.contains(.defaultValue) }

  /// The help with `defaultText` in the default's place.
  func text(default defaultText: String?) -> String {
    precondition(!namesDefault || defaultText != nil, "help names a default that is not declared")
    return parts.map {
      switch $0 {
      case .text(let text): text
      case .defaultValue: defaultText ?? ""
      }
    }.joined()
  }

  /// Builds help from literal text, values and the default's place.
  package struct Interpolation: StringInterpolationProtocol {
    var parts: [Part] = []

    package init(literalCapacity: Int, interpolationCount: Int) {}

    package mutating func appendLiteral(_ literal: String) { parts.append(.text(literal)) }

    package mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      parts.append(.text(value.description))
    }

    package mutating func appendInterpolation(_ slot: Slot) { parts.append(.defaultValue) }
  }
}
