import Testing

@testable import NetworkAdvisor

/// Located notes: a diagnostic points to the other place that makes it a problem.
@Suite struct DiagnosticNoteTests {
  static let base = LoaderDiagnosticTests.base

  static func diagnostics(of text: String) -> [Diagnostic] {
    FixItTests.diagnostics(of: text)
  }

  /// The offset of the `occurrence`th (from 0) `word` in `text`.
  static func offset(of word: String, in text: String, occurrence: Int = 0) -> Int {
    var rest = text[...]
    for _ in 0..<occurrence {
      rest = rest[rest.range(of: word)!.upperBound...]
    }
    return text.utf8.distance(from: text.startIndex, to: rest.range(of: word)!.lowerBound)
  }

  @Test func aDuplicateRulePointsToItsFirstDeclaration() throws {
    let text =
      Self.base
      + FixItTests.rule(when: "true").replacingOccurrences(
        of: "rule x.y", with: "rule knots.some")
    let diagnostic = try #require(Self.diagnostics(of: text).first { $0.id == "duplicate-rule" })
    let note = try #require(diagnostic.notes.first)
    #expect(note.message == "'knots.some' is first declared here")
    let first = Self.offset(of: "knots.some", in: text)
    #expect(note.location?.range.lowerBound == first)
    #expect(
      diagnostic.location?.range.lowerBound
        == Self.offset(of: "knots.some", in: text, occurrence: 1))
    let file = SourceFile(name: "local.rules", text: text)
    let position = file.position(of: first)
    let rendered = DiagnosticRenderer().render(diagnostic)
    #expect(
      rendered.contains(
        "local.rules:\(position.line):\(position.column): note: 'knots.some' is first declared here\n"
      ), "\(rendered)")
    #expect(rendered.contains("rule knots.some\n      |      ^~~~~~~~~~\n"), "\(rendered)")
  }

  @Test(arguments: [
    ("area knots \"Again\" weight 1\n", "duplicate-area", "'knots' is first declared here"),
    ("let minimum = 3\n", "duplicate-constant", "'minimum' is first declared here"),
    ("grade C \"Weaker\" from 50\n", "duplicate-threshold", "'A' starts at the same score here"),
  ])
  func redeclarationsPointBack(_ extra: String, _ id: String, _ message: String) throws {
    let diagnostic = try #require(
      Self.diagnostics(of: Self.base + extra).first { $0.id.rawValue == id })
    #expect(diagnostic.notes.map(\.message) == [message])
    let location = try #require(diagnostic.notes.first?.location)
    #expect(location.range.upperBound <= Self.base.utf8.count)
  }

  @Test func aCircleOfPresumptionsPointsToEachOtherLink() throws {
    let text =
      Self.base
      + FixItTests.rule(when: "true", extra: " presumes x.z\n")
      + FixItTests.rule(when: "true", extra: " presumes x.y\n").replacingOccurrences(
        of: "rule x.y", with: "rule x.z")
    let diagnostic = try #require(Self.diagnostics(of: text).first { $0.id == "presumes-cycle" })
    #expect(
      diagnostic.message
        == "the rule 'x.z' closes a circle of presumptions: 'x.y' presumes 'x.z' presumes 'x.y'")
    #expect(diagnostic.notes.map(\.message) == ["'x.y' presumes 'x.z' here"])
    #expect(diagnostic.notes.first?.location?.range.lowerBound == Self.offset(of: "x.z", in: text))
    #expect(DiagnosticRenderer().render(diagnostic).contains(": note: 'x.y' presumes 'x.z' here\n"))
  }

  @Test func aNoteWithoutAPlaceIsPrintedAsBefore() {
    let diagnostic = Diagnostic(id: "x", "message", at: nil, notes: ["plain"])
    #expect(DiagnosticRenderer().render(diagnostic) == "error: message\n= note: plain\n")
  }
}
