import Testing

@testable import NetworkAdvisor

@Suite struct CheckerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let source: MarkedSource
    let id: String
    let message: String
    let hint: String?

    init(_ source: String, _ id: String, _ message: String, hint: String? = nil) {
      self.source = MarkedSource(source)
      self.id = id
      self.message = message
      self.hint = hint
    }

    var testDescription: String { source.text }
  }

  @Test(arguments: [
    Case(
      "exists k in knots: k.⟪typ⟫ == \"joint-work\"", "unknown-field",
      "unknown field 'typ' of a knot", hint: "did you mean 'type'?"),
    Case("⟪knot⟫ == 1", "unknown-name", "unknown name 'knot'", hint: "did you mean 'knots'?"),
    Case(
      "size(⟪schols⟫) > 1", "unknown-name", "unknown name 'schols'", hint: "did you mean 'schools'?"
    ),
    Case(
      "⟪school-count⟫ > 1", "unknown-name", "unknown name 'school-count'",
      hint: "subtraction needs spaces around '-': write a - b"),
    Case(
      "⟪size⟫ > 1", "unknown-name", "unknown name 'size'", hint: "size is a function: write size(…)"
    ),
    Case(
      "⟪lenght⟫(knots) > 1", "unknown-function", "unknown function 'lenght'",
      hint:
        "the functions are: size, count, given, union, intersection, difference, distinct, sum, min, max, join, words, lower, placeholder, mentions, connected"
    ),
    Case(
      "⟪siz⟫(knots) > 1", "unknown-function", "unknown function 'siz'", hint: "did you mean 'size'?"
    ),
    Case(
      "knots.⟪type⟫ == \"x\"", "not-a-record",
      "'knots' is a list of a knot and has no field 'type'",
      hint:
        "'knots' is a list; use a quantifier, as in exists k in knots: k.type …, or [k.type for k in knots]"
    ),
    Case("name.⟪first⟫ == \"x\"", "not-a-record", "'name' is a string and has no fields"),
    Case(
      "exists k in knots: k.type == ⟪\"colaborative-enquiry\"⟫", "unknown-value",
      "\"colaborative-enquiry\" is not a knot type",
      hint: "did you mean 'collaborative-enquiry'?"),
    Case(
      "⟪\"pupils\"⟫ in levelsUsed", "unknown-value", "\"pupils\" is not a level of learning",
      hint: "did you mean 'pupil'?"),
    Case(
      "processesUsed covers ⟪[\"learning-from\", \"learning-about\"]⟫", "unknown-value",
      "\"learning-about\" is not a learning process",
      hint: "did you mean 'learning-from'?"),
    Case(
      "⟪size(knots)⟫ and true", "type-mismatch",
      "each side of 'and' must be a boolean, but this is a number",
      hint: "compare the number, for instance COUNT > 0"),
    Case(
      "⟪knots⟫ or true", "type-mismatch",
      "each side of 'or' must be a boolean, but this is a list of a knot",
      hint: "to ask whether a list has items, write size(LIST) > 0 or exists k in LIST: …"),
    Case(
      "⟪name⟫ and true", "type-mismatch",
      "each side of 'and' must be a boolean, but this is a string",
      hint: "to ask whether a text is given, write given(TEXT)"),
    Case(
      "size(knots) ⟪==⟫ \"six\"", "type-mismatch",
      "cannot compare a number with a string using '=='"),
    Case("⟪name⟫ > 3", "type-mismatch", "each side of '>' must be a number, but this is a string"),
    Case(
      "1 ⟪+⟫ [1]", "type-mismatch",
      "'+' adds two numbers, joins two strings (or a string and a number) or joins two lists, but this is a number and a list of number"
    ),
    Case(
      "1 in ⟪name⟫", "type-mismatch", "the right side of 'in' must be a list, but this is a string"),
    Case(
      "1 ⟪in⟫ levelsUsed", "type-mismatch", "a number can never be in a list of level of learning"),
    Case("knots ⟪covers⟫ 1", "type-mismatch", "both sides of 'covers' must be lists"),
    Case(
      "exists k in ⟪name⟫: true", "type-mismatch",
      "'exists' needs a list to go through, but this is a string"),
    Case(
      "exists k in knots: ⟪k.months⟫", "type-mismatch",
      "the condition of 'exists' must be a boolean, but this is a number",
      hint: "compare the number, for instance COUNT > 0"),
    Case(
      "[k for k in knots where ⟪k.name⟫]", "type-mismatch",
      "the condition after 'where' must be a boolean, but this is a string",
      hint: "to ask whether a text is given, write given(TEXT)"),
    Case(
      "⟪(if true then 1 else \"a\")⟫ == 1", "type-mismatch",
      "the branches of 'if' differ: number and string"),
    Case(
      "[1, ⟪\"a\"⟫] == []", "type-mismatch",
      "the items of a list must be of one type: number and string"),
    Case(
      "⟪size(knots, schools)⟫ > 1", "wrong-arguments", "size takes 1 argument, not 2",
      hint: "size(x): the number of items in a list, or of characters in a string"),
    Case(
      "sum(⟪levelsUsed⟫) > 1", "type-mismatch",
      "sum needs a list of numbers, but this is a list of level of learning",
      hint: "sum(numbers): the total of a list of numbers (0 for none)"),
    Case(
      "size(union(⟪knots⟫)) > 1", "type-mismatch",
      "union needs a list of lists, but this is a list of a knot",
      hint: "union(lists): the items of a list of lists, each once, in order"),
    Case(
      "size(difference(levelsUsed, ⟪[1]⟫)) > 0", "type-mismatch",
      "difference needs two lists of one kind: list of level of learning and list of number"),
    Case(
      "⟪{\"a\": 1}⟫ == 1", "misplaced-object", "an object {…} can only be written in an example",
      hint: "in a condition, read fields with '.', as in leadership.model"),
  ])
  func diagnostics(_ test: Case) {
    let compiled = ExpressionHarness.compile(test.source.text)
    let first = compiled.diagnostics.first
    #expect(first?.id.rawValue == test.id)
    #expect(first?.message == test.message)
    #expect(first?.hint == test.hint)
    #expect(first?.location?.range == test.source.range)
  }

  @Test(arguments: [
    "exists k in knots: k.type == \"joint-work\"",
    "knotTypesUsed covers [\"joint-work\"]",
    "size(difference([\"pupil\"], levelsUsed)) == 0",
    "[k.name for k in knots where k.facilitated] == []",
    "if given(purpose.idea) then size(schools) > 1 else false",
    "purpose.idea + \"!\" != \"\"",
    "levelsUsed + [\"pupil\"] covers [\"pupil\"]",
  ])
  func wellTypedExpressions(_ source: String) {
    let compiled = ExpressionHarness.compile(source)
    #expect(compiled.diagnostics.isEmpty)
    #expect(compiled.node?.type == .bool)
  }

  /// Each operator with one operand type takes two operands of it, and says so of each side
  /// that is not.
  @Test(arguments: BinaryOperator.allCases.filter { $0.operandType != nil })
  func operatorsTakeTheirOperandType(_ op: BinaryOperator) throws {
    let type = try #require(op.operandType)
    let operand = type == .bool ? "true" : "2"
    let compiled = ExpressionHarness.compile("\(operand) \(op.rawValue) \(operand)")
    #expect(compiled.diagnostics.isEmpty)
    let isArithmetic = [.subtract, .multiply, .divide].contains(op)
    #expect(compiled.node?.type == (isArithmetic ? .number : .bool))
    let wrong = ExpressionHarness.compile("\"x\" \(op.rawValue) \(operand)").diagnostics
    #expect(
      wrong.map(\.message) == [
        "each side of '\(op.rawValue)' must be a \(type), but this is a string"
      ])
  }

  @Test func allProblemsAreReportedTogether() {
    let compiled = ExpressionHarness.compile(
      "knot == 1 and size(schols) > 1 and exists k in knots: k.typ == \"x\"")
    #expect(compiled.diagnostics.map(\.id) == ["unknown-name", "unknown-name", "unknown-field"])
  }

  @Test func renderingLooksLikeTheSwiftCompiler() {
    let source = "rule a.b\n  passes when exists k in knots: k.typ == \"joint-work\"\nend\n"
    let file = SourceFile(name: "rules/knots.rules", text: source)
    let offset = source.utf8.count - "typ == \"joint-work\"\nend\n".utf8.count
    let diagnostic = Diagnostic(
      id: "unknown-field", "unknown field 'typ' of a knot",
      at: SourceRange(file, offset..<offset + 3),
      hint: "did you mean 'type'?")
    #expect(
      DiagnosticRenderer().render(diagnostic) == """
        rules/knots.rules:2:36: error: unknown field 'typ' of a knot
            2 |   passes when exists k in knots: k.typ == "joint-work"
              |                                    ^~~
              = hint: did you mean 'type'?

        """)
  }

  @Test func colourOnlyWhenAsked() {
    let diagnostic = Diagnostic(id: "x", "message", at: nil)
    #expect(!DiagnosticRenderer(usesColour: false).render(diagnostic).contains("\u{1B}["))
    #expect(DiagnosticRenderer(usesColour: true).render(diagnostic).contains("\u{1B}[1;31m"))
  }
}
