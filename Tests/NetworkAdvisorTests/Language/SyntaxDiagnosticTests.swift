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
}
