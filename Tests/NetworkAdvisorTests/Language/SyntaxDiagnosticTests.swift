import Testing

@testable import NetworkAdvisor

/// Each kind of syntax problem has its own id from the catalogue, not one shared id.
@Suite struct SyntaxDiagnosticTests {
  @Test(arguments: [
    ("area a \"A\" weight 1\nrule x.y\n title \"T\"\n", DiagnosticID.missingEnd),
    ("aera a \"A\" weight 1\n", .unknownDeclaration),
    ("area a \"A\" weight -1\n", .unexpectedToken),
    ("area a \"A\n", .unreadableText),
    (
      "let x = " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        + "\n", .nestingTooDeep
    ),
  ])
  func syntaxProblemsHaveTheirOwnIDs(_ text: String, _ id: DiagnosticID) {
    let parsed = Parser.parse(SourceFile(name: "x.rules", text: text))
    #expect(parsed.diagnostics.first?.id == id, "\(parsed.diagnostics.map(\.message))")
  }

  @Test func theSyntaxIDsAreDistinct() {
    let ids: [DiagnosticID] = [
      .unreadableText, .unexpectedToken, .unknownDeclaration, .missingEnd,
      .unclosedInterpolation, .nestingTooDeep,
    ]
    #expect(Set(ids).count == ids.count)
  }

  /// An interpolation longer than the lexer follows is one problem that says so, located at
  /// its `{`, and the rule's other clauses are still read: not an unclosed brace and a
  /// cascade of stray characters further along the line.
  @Test(arguments: [1_001, 1_500, 4_000])
  func anOverlongInterpolationIsOneProblemThatSaysSo(_ length: Int) {
    let long = "size(\"" + String(repeating: "x", count: length) + "\")"
    let text = """
      area a "A" weight 1
      rule a.b
        title "T"
        area a
        weight 1
        passes when true
        advice "Start {\(long)} and go on, with \"quotes\" of the network's own."
        example pass { }
      end

      """
    let parsed = Parser.parse(SourceFile(name: "x.rules", text: text))
    #expect(parsed.diagnostics.count == 1, "\(parsed.diagnostics.map(\.message))")
    let problem = parsed.diagnostics.first
    #expect(problem?.message.contains("runs past 1000 bytes") == true)
    #expect(problem?.hint?.contains("fact") == true)
    #expect(
      problem?.location?.range.lowerBound == text.utf8.count - text.drop { $0 != "{" }.utf8.count)
  }

  /// Up to the limit, an interpolation with strings of its own reads as before.
  @Test func anInterpolationJustUnderTheLimitReads() {
    let long = "size(\"" + String(repeating: "x", count: 980) + "\")"
    let text =
      "area a \"A\" weight 1\nrule a.b\n title \"T\"\n area a\n weight 1\n passes when true\n advice \"n {\(long)}\"\n example pass { }\nend\n"
    let parsed = Parser.parse(SourceFile(name: "x.rules", text: text))
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
  }
}
