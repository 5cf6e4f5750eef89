/// `field LEVEL.NAME TYPE [in [VALUE, …]] "description"`: a field that a rule layer adds to
/// the subject, read from the `extensions` object at that level.
package struct FieldDeclaration: Sendable {
  /// The kind of value the field holds.
  package enum Kind: String, Sendable, CaseIterable {
    case text, number, boolean
  }

  /// Where the field lives, such as `knots` or `network`, and where that is written.
  package var level: (name: String, range: Range<Int>)
  /// The field's name.
  package var name: String
  /// Where the field's name is written.
  package var nameRange: Range<Int>
  /// The kind of value.
  package var kind: Kind
  /// For text: the values allowed, when the field takes one of a closed set.
  package var allowed: [(value: String, range: Range<Int>)]?
  /// What the field means, for the schema and the catalogue.
  package var summary: String
  /// Whether it replaces a field of an earlier layer.
  package var isOverride: Bool
  /// Where it is declared.
  package var location: SourceRange

  /// The key that identifies the field across layers: `knots.facilitator`.
  package var key: String { level.name + "." + name }
}

extension Parser {
  /// Parses `field LEVEL.NAME TYPE [in [VALUE, …]] "description"` after an optional
  /// `override`; `start` is where the declaration begins.
  mutating func parseField(start: Int, isOverride: Bool) throws(Diagnostic) -> FieldDeclaration {
    advance()
    let example = "write: field knots.facilitator text \"the person who facilitates the knot\""
    let (level, levelRange) = try expectIdentifier(
      "where the field goes, such as 'knots' in knots.facilitator")
    _ = try expectSymbol(".", hint: example)
    let (name, nameRange) = try expectIdentifier("the field's name, such as 'facilitator'")
    guard case .identifier(let word) = current.kind,
      let kind = FieldDeclaration.Kind(rawValue: word)
    else {
      var hint = "the kinds are: text, number, boolean"
      if case .identifier(let word) = current.kind,
        let suggestion = Diagnostic.didYouMean(
          word, among: FieldDeclaration.Kind.allCases.map(\.rawValue))
      {
        hint = suggestion
      }
      throw unexpected("the kind of value: 'text', 'number' or 'boolean'", hint: hint)
    }
    advance()
    var allowed: [(value: String, range: Range<Int>)]?
    if current.isWord("in") {
      let inToken = advance()
      guard kind == .text else {
        throw Diagnostic(
          ParsingProblem.choicesOnANonTextField(level: level, name: name),
          at: location(inToken.range))
      }
      _ = try expectSymbol("[", hint: "list the allowed values as [\"a\", \"b\"]")
      var values: [(value: String, range: Range<Int>)] = []
      while !current.isSymbol("]") {
        if !values.isEmpty {
          _ = try expectSymbol(",", hint: "separate the allowed values with commas")
        }
        let (value, range) = try expectString("an allowed value, in double quotes")
        values.append((value, range))
      }
      advance()
      allowed = values
    }
    let (summary, summaryRange) = try expectString("what the field means, in double quotes")
    return FieldDeclaration(
      level: (level, levelRange), name: name, nameRange: nameRange, kind: kind, allowed: allowed,
      summary: summary, isOverride: isOverride, location: location(start..<summaryRange.upperBound))
  }
}
