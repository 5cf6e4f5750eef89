import Testing

@testable import NetworkAdvisor

/// Every operator, function and quantifier, on the spec's example proposal (7 schools,
/// 6 knots, all facilitated).
@Suite struct EvaluatorTests {
  @Test(
    arguments: [
      // literals and access
      ("42", "42"), ("0.5", "0.5"), ("\"text\"", "\"text\""), ("true", "true"),
      ("[1, 2]", "[1, 2]"),
      ("name", "\"Riverside Learning Network\""),
      ("leadership.model", "\"co-leadership\""),
      ("purpose.pupilLearningFocus", "\"early reading and oracy\""),
      // arithmetic, total by design
      ("1 + 2 * 3", "7"), ("10 - 4 - 3", "3"), ("7 / 2", "3.5"), ("5 / 0", "0"),
      ("-size(schools)", "-7"),
      // comparison
      ("1 == 1", "true"), ("1 != 1", "false"), ("2 < 3", "true"), ("3 <= 3", "true"),
      ("2 > 3", "false"), ("3 >= 4", "false"),
      ("\"a\" == \"a\"", "true"), ("[1, 2] == [1, 2]", "true"),
      // logic
      ("true and false", "false"), ("true or false", "true"), ("not true", "false"),
      // membership and sets
      ("\"pupil\" in levelsUsed", "true"), ("\"pupil\" not in levelsUsed", "false"),
      ("[1, 2, 3] covers [3, 1]", "true"), ("[1, 2] covers [3]", "false"), ("[] covers []", "true"),
      ("union([[1, 2], [2, 3], []])", "[1, 2, 3]"),
      ("intersection([1, 2, 3], [3, 2, 5])", "[2, 3]"),
      ("difference([1, 2, 3, 2], [2])", "[1, 3]"),
      ("distinct([1, 1, 2])", "[1, 2]"),
      ("[1] + [2]", "[1, 2]"), ("\"a\" + \"b\"", "\"ab\""),
      // a number beside a string is written as advice writes numbers
      ("\"knots: \" + size(knots)", "\"knots: 6\""), ("1.5 + \" days\"", "\"1.5 days\""),
      // words() of enumerated values writes them in plain words; of strings, as they are
      (
        "words(union([k.participants for k in knots where k.type == \"joint-work\"]))",
        "\"teachers and middle leaders\""
      ),
      ("words([\"middle-leaders\"])", "\"middle-leaders\""),
      // sizes and aggregates
      ("size(schools)", "7"), ("count(knots)", "6"), ("size(\"abc\")", "3"),
      ("sum([1, 2, 3])", "6"), ("min([3, 1, 2])", "1"), ("max([3, 1, 2])", "3"),
      ("sum([])", "0"), ("min([])", "0"), ("max([])", "0"),
      ("join([\"a\", \"b\"], \", \")", "\"a, b\""), ("lower(\"ABC\")", "\"abc\""),
      // placeholders: nothing left once the phrases and punctuation are taken out
      ("placeholder(\"TBC.\", [\"tbc\"])", "true"),
      ("placeholder(\"Various; to be agreed\", [\"to be agreed\", \"various\"])", "true"),
      ("placeholder(\"Reading, to be agreed\", [\"to be agreed\"])", "false"),
      ("placeholder(\"\", [])", "true"), ("placeholder(\"   \", [\"x\"])", "true"),
      ("placeholder(\"Tbcs\", [\"tbc\"])", "false"),
      // connected groups
      ("connected([[1, 2], [3], [2, 4], [3, 5]])", "[[1, 2, 4], [3, 5]]"),
      ("connected([])", "[]"), ("connected([[1], [1]])", "[[1]]"),
      ("given(purpose.idea)", "true"), ("given(\"   \")", "false"), ("given(\"\")", "false"),
      // quantifiers
      ("exists k in knots: k.type == \"joint-work\"", "true"),
      ("exists k in knots: k.months > 100", "false"),
      ("all k in knots: k.facilitated", "true"),
      ("all k in knots: k.months >= 24", "false"),
      ("all k in []: false", "true"), ("exists k in []: true", "false"),
      ("all s in schools: exists k in knots: s.id in k.schools", "true"),
      // filter and map
      ("[k.months for k in knots where k.months < 36]", "[24, 18]"),
      ("size([k for k in knots where k.type == \"collective-planning\"])", "2"),
      ("[s.knotCount for s in schools]", "[5, 4, 5, 4, 5, 5, 5]"),
      // aggregates of comprehensions, computed in one pass
      ("sum([k.months for k in knots where k.months < 36])", "42"),
      ("min([k.meetingsPerYear for k in knots])", "2"),
      ("max([x for x in [1, 5, 3] where x < 5])", "3"),
      ("size([k for k in knots where k.facilitated])", "6"),
      ("count([s for s in schools])", "7"),
      ("min([x for x in [] where true])", "0"),
      ("sum([x for x in [1, 2, 3]])", "6"),
      // conditional
      ("if size(schools) > 6 then \"big\" else \"small\"", "\"big\""),
      // derived facts
      ("schoolsInNoKnot", "[]"),
      ("size(islands)", "1"),
      ("facilitatedShare", "1"),
      ("charactersUsed", "[\"architectural\", \"fluid\"]"),
      (
        "brokerageUsed",
        "[\"membership\", \"relationships\", \"partnerships\", \"resources\", \"knowledge-exchange\"]"
      ),
      (
        "[k.character for k in knots]",
        "[\"architectural\", \"architectural\", \"fluid\", \"fluid\", \"architectural\", \"fluid\"]"
      ),
    ] as [(String, String)])
  func evaluates(_ source: String, _ expected: String) {
    let value = ExpressionHarness.evaluate(source)
    #expect((value?.literalText ?? "nil") == expected)
  }

  @Test func aggregatesOfComprehensionsBuildNoList() {
    let compiled = ExpressionHarness.compile("size([k for k in knots where k.facilitated])")
    guard case .aggregate(.size, _, _, nil, _)? = compiled.node?.kind else {
      Issue.record("not compiled to an aggregate: \(String(describing: compiled.node?.kind))")
      return
    }
  }

  @Test func knotWithoutSchoolsMeansEverySchool() {
    let value = ExpressionHarness.evaluate("size([k for k in knots where size(k.schools) == 7])")
    #expect(value == .number(3))
  }

  @Test func quantifierVariablesDoNotLeak() {
    let compiled = ExpressionHarness.compile("(exists k in knots: k.facilitated) and k.facilitated")
    #expect(compiled.diagnostics.map(\.message) == ["unknown name 'k'"])
  }

  @Test func traceCountsItemsThatMatch() {
    let compiled = ExpressionHarness.compile("exists k in knots: k.type == \"joint-work\"")
    let recorder = TraceRecorder()
    var evaluator = Evaluator(
      subject: Fixtures.riverside.fields, localSlots: compiled.slots, recorder: recorder)
    _ = evaluator.evaluate(compiled.node!)
    #expect(recorder.loopCounts[compiled.node!.id]?.matched == 1)
    #expect(recorder.loopCounts[compiled.node!.id]?.total == 6)
  }

  @Test(arguments: [
    (Value.number(3), "3"), (.number(0.755), "0.76"), (.string("a"), "a"), (.bool(true), "yes"),
    (.list([]), "none"), (.list([.string("a")]), "a"),
    (.list([.string("a"), .string("b")]), "a and b"),
    (.list([.string("a"), .string("b"), .string("c")]), "a, b and c"),
    (.list((1...12).map { .number(Double($0)) }), "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 12"),
    (.list((1...40).map { .number(Double($0)) }), "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 30 more"),
  ])
  func plainText(_ value: Value, _ expected: String) {
    #expect(value.plainText == expected)
  }
}
