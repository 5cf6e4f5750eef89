import Testing

@testable import NetworkAdvisor

/// Every diagnostic of the loader, with the range it points at marked ⟪…⟫ in the rule text
/// appended to a small valid framework.
@Suite struct LoaderDiagnosticTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let extra: MarkedSource
    let id: String
    let message: String
    init(_ extra: String, _ id: String, _ message: String) {
      self.extra = MarkedSource(extra)
      self.id = id
      self.message = message
    }
    var testDescription: String { id + ": " + message }
  }

  static let base =
    FrameworkLoaderTests.base + """
      section "Networked learning activity"
      section "Four things effective networks do"
      list qualities "Networked learning activity"
        facilitated "facilitated"
      end

      """

  static let rule =
    "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n"

  static let cases: [Case] = [
    Case(
      "fact wide for k in ⟪name⟫ \"w\" = true\n", "bad-fact-list",
      "'name' is not a list of records, so it cannot have a fact for each"),
    Case(
      "⟪fact name \"n\" = 1⟫\n", "duplicate-fact",
      "'name' is already a field there; a fact needs a name of its own"),
    Case("fact odd \"o\" = ⟪sizes⟫(knots)\n", "unknown-function", "unknown function 'sizes'"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n severity ⟪grave⟫\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "unknown-severity", "unknown severity 'grave'"),
    Case("severity grave \"g\" caps ⟪Z⟫\n", "unknown-grade", "unknown grade 'Z'"),
    Case("cap ⟪Q⟫ when failed > 2\n", "unknown-grade", "unknown grade 'Q'"),
    Case(
      "rule ⟪knots.some⟫\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "duplicate-rule", "the rule 'knots.some' is declared twice"),
    Case(
      "override rule ⟪x.z⟫\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "nothing-to-override", "'override' but there is no rule 'x.z' to replace"),
    Case("disable rule ⟪knots.som⟫\n", "unknown-rule", "there is no rule 'knots.som' to disable"),
    Case("⟪area knots \"K\" weight 1⟫\n", "duplicate-area", "the area 'knots' is declared twice"),
    Case("⟪let minimum = 2⟫\n", "duplicate-constant", "the constant 'minimum' is declared twice"),
    Case(
      "⟪list qualities⟫ \"Networked learning activity\"\n a \"a\"\nend\n", "duplicate-list",
      "the list 'qualities' is declared twice"),
    Case(
      "rule x.y\n title \"T\"\n area ⟪knot⟫\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "unknown-area", "unknown area 'knot'"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n essential caps ⟪Z⟫\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "unknown-grade", "unknown grade 'Z'"),
    Case(
      "rule ⟪x.y⟫\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "missing-clause", "the rule 'x.y' has no 'title'"),
    Case(
      "rule ⟪x.y⟫\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\nend\n",
      "missing-example", "the rule 'x.y' has no example that must fail"),
    Case(
      "rule ⟪x.y⟫\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\n example not-applicable {}\nend\n",
      "bad-example", "the rule 'x.y' always applies, so no example can be not-applicable"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass { \"knots\": [ { ⟪\"nam\"⟫: \"K\" } ] }\n example fail {}\nend\n",
      "bad-example", "malformed example: at knots[0].nam: unknown key \"nam\""),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass { \"knots\": ⟪size(knots)⟫ }\n example fail {}\nend\n",
      "bad-example",
      "malformed example: an example is written as JSON (objects, arrays, strings, numbers, true, false)"
    ),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"Add {⟪knots⟫}\"\n example pass {}\n example fail {}\nend\n",
      "unprintable", "a list of a knot cannot be written in advice"),
    Case(
      "rule ⟪x.y⟫\n title \"T\"\n area knots\n weight 0\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "bad-weight",
      "the weight of rule 'x.y' must be more than 0, or 0 with a severity that changes no grade or verdict"
    ),
    // A rule that weighs nothing must change nothing else: a cap of its own is refused.
    Case(
      "rule ⟪x.y⟫\n title \"T\"\n area knots\n weight 0\n essential caps B\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "bad-weight",
      "the weight of rule 'x.y' must be more than 0, or 0 with a severity that changes no grade or verdict"
    ),
    Case(
      "rule ⟪x.y⟫\n title \"T\"\n area knots\n source \"Networked learning actvity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "unknown-section",
      "\"Networked learning actvity\" is not a section of the seed that the framework declares"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n checks ⟪qualities.facilitate⟫\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "unknown-item", "unknown seed item 'qualities.facilitate'"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when ⟪size(knots)⟫\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "type-mismatch", "the condition after 'passes when' must be a boolean, but this is a number"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n applies when ⟪knots⟫\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "type-mismatch",
      "the condition after 'applies when' must be a boolean, but this is a list of a knot"),
    Case(
      "rule x.y\n title \"T\"\n ⟪title⟫ \"U\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "duplicate-clause", "the rule 'x.y' has more than one 'title' clause"),
    Case(
      "rule x.y\n title \"T\"\n aim \"A whole requirement\"\n ⟪aim⟫ \"Another\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "duplicate-clause", "the rule 'x.y' has more than one 'aim' clause"),
    Case(
      "rule x.y\n title \"T\"\n aim ⟪\"  \"⟫\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "empty-clause", "the 'aim' of rule 'x.y' is empty"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n applies when true\n inapplicable ⟪\"\"⟫\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "empty-clause", "the 'inapplicable' of rule 'x.y' is empty"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n because ⟪\" \"⟫\n example pass {}\n example fail {}\nend\n",
      "empty-clause", "the 'because' of rule 'x.y' is empty"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n because \"no knot\"\n ⟪because⟫ \"again\"\n example pass {}\n example fail {}\nend\n",
      "duplicate-clause", "the rule 'x.y' has more than one 'because' clause"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n passes when true\n advice \"A\"\n because \"{⟪knots⟫}\"\n example pass {}\n example fail {}\nend\n",
      "unprintable", "a list of a knot cannot be written in advice"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n applies when true\n inapplicable \"No\"\n ⟪inapplicable⟫ \"Again\"\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "duplicate-clause", "the rule 'x.y' has more than one 'inapplicable' clause"),
    Case(
      "rule x.y\n title \"T\"\n area knots\n source \"Networked learning activity\"\n inapplicable ⟪\"the network has no knots\"⟫\n passes when true\n advice \"A\"\n example pass {}\n example fail {}\nend\n",
      "missing-clause", "the rule 'x.y' has no 'applies when'"),
    Case(
      "⟪verdict maybe when score > 3⟫\nverdict ready otherwise\n", "unknown-verdict",
      "unknown verdict 'maybe'"),
    Case(
      "⟪verdict ready otherwise⟫\nverdict not-ready when score < 3\n", "unreachable-verdict",
      "verdicts after 'otherwise' are never reached"),
    Case(
      "verdict ready when ⟪scor⟫ > 3\nverdict ready otherwise\n", "unknown-name",
      "unknown name 'scor'"),
    Case(
      "let broken = ⟪knots⟫\n", "unknown-name",
      "unknown name 'knots' (a constant may use only literals and other constants)"),
    Case(
      "⟪grade C \"Weak\" from 0⟫\n", "duplicate-threshold",
      "the grades 'B' and 'C' start at the same score"),
    Case(
      "⟪grade Z \"Odd\" from 140⟫\n", "bad-threshold",
      "a grade's threshold must be between 0 and 100"),
    Case(
      "area odd \"Odd\" weight ⟪-⟫1\n", "unexpected-token", "expected the area's weight, found '-'"),
    Case(
      "⟪list schools⟫ \"Networked learning activity\"\n a \"a\"\nend\n", "name-clash",
      "the list 'schools' has the name of a proposal field, which rules could then not read"),
    Case(
      "list twice \"Networked learning activity\"\n a \"a\"\n ⟪a \"b\"⟫\nend\n", "duplicate-item",
      "the item 'a' appears twice in the list 'twice'"),
    Case(
      "⟪list empty⟫ \"Networked learning activity\"\nend\n", "empty-list",
      "the list 'empty' has no items"),
    Case(
      "⟪let qualities = 1⟫\n", "duplicate-constant",
      "the constant 'qualities' has the name of a seed list"),
    Case(
      "rule x.y\n ⟪titel⟫ \"T\"\nend\n", "unexpected-token",
      "expected a clause of the rule or 'end', found 'titel'"),
  ]

  @Test func thereIsACaseForEveryKind() { #expect(Self.cases.count >= 30) }

  @Test(arguments: cases)
  func located(_ test: Case) {
    let file = SourceFile(name: "local.rules", text: Self.base + test.extra.text)
    let offset = Self.base.utf8.count
    var diagnostics: [Diagnostic] = []
    do {
      _ = try FrameworkLoader.load(
        [RuleSource(name: "t", files: [file])], subject: ProposalSubject())
    } catch {
      diagnostics = error.diagnostics
    }
    let match = diagnostics.first { $0.message == test.message }
    #expect(match != nil, "got: \(diagnostics.map(\.message))")
    #expect(match?.id.rawValue == test.id)
    let expected = (test.extra.range.lowerBound + offset)..<(test.extra.range.upperBound + offset)
    #expect(match?.location?.range == expected)
  }

  @Test func uncoveredItemsArePointedAt() throws {
    let text = Self.base + "list more \"Networked learning activity\"\n  lonely \"lonely\"\nend\n"
    let framework = try FrameworkLoader.load(
      [RuleSource(name: "t", files: [SourceFile(name: "local.rules", text: text)])],
      subject: ProposalSubject()
    ).framework
    let problems = framework.uncoveredItems()
    #expect(
      problems.map(\.message).contains("no rule checks the seed item 'more.lonely' (\"lonely\")"))
    #expect(
      problems.map(\.message).contains(
        "no rule checks the seed item 'qualities.facilitated' (\"facilitated\")"))
  }
}
