/// One token of the rule language.
package struct Token: Sendable, Equatable {
  /// The kinds of token.
  package enum Kind: Sendable, Equatable {
    /// A name: letters, digits, `_`, and hyphens between letters or digits (`joint-work`).
    case identifier(String)
    case number(Double)
    /// A string literal, decoded; its raw text stays in the source for templates.
    case string(String)
    /// Punctuation and operators: `( ) [ ] { } , : . = == != < <= > >= + - * /`.
    case symbol(String)
    case endOfFile
  }

  /// What the token is.
  package var kind: Kind
  /// The UTF-8 offsets of the token in its file.
  package var range: Range<Int>

  /// Makes a token.
  package init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
  }

  /// Whether this is the identifier `word`.
  package func isWord(_ word: String) -> Bool { kind == .identifier(word) }

  /// Whether this is the symbol `symbol`.
  package func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }

  /// How the token reads in a message: `'passes'`, `a number`, `the end of the file`.
  package var description: String {
    switch kind {
    case .identifier(let name): "'\(name)'"
    case .number: "a number"
    case .string: "a string"
    case .symbol(let symbol): "'\(symbol)'"
    case .endOfFile: "the end of the file"
    }
  }
}
