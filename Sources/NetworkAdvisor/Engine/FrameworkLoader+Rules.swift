extension FrameworkLoader {
  /// The clauses of one rule checked against the framework: its area, severity and seed
  /// items, once found.
  struct RuleClauses {
    var areaIndex: Int?
    var severity: Framework.Severity?
    var checks: [String] = []
    var problems: [Diagnostic] = []
  }

  /// Checks one rule's clauses and compiles its expressions, advice and examples.
  mutating func compileRule(
    _ declaration: RuleDeclaration, areas: [Framework.Area], grades: [Framework.Grade],
    severities: [Framework.Severity], lists: [Framework.SeedList],
    lookup: @escaping ExpressionChecker.ConstantLookup
  ) -> (Rule, slots: Int)? {
    var clauses = RuleClauses()
    clauses.problems = requiredClauseProblems(declaration)
    resolveArea(declaration, areas: areas, into: &clauses)
    resolveSeverity(declaration, grades: grades, severities: severities, into: &clauses)
    resolveSeed(declaration, lists: lists, into: &clauses)
    clauses.problems += exampleProblems(declaration)
    var checker = ExpressionChecker(
      file: declaration.file, subject: ruleSubject ?? subject.recordType,
      constantNames: constantNames,
      constant: lookup)
    let applicability = declaration.applicability.flatMap {
      checker.check($0, expecting: .bool, role: "the condition after 'applies when'")
    }
    let condition = declaration.condition.flatMap {
      checker.check($0, expecting: .bool, role: "the condition after 'passes when'")
    }
    let partialCredit = declaration.partialCredit.flatMap {
      checker.check($0, expecting: .number, role: "the share after 'partial credit'")
    }
    let advice = compileTemplate(declaration.advice, with: &checker)
    let reason = compileTemplate(declaration.inapplicableReason, with: &checker)
    let because = compileTemplate(declaration.because, with: &checker)
    let nodes =
      [applicability, condition, partialCredit].compactMap { $0 }
      + (advice + reason + because).compactMap(\.node)
    if checker.diagnostics.isEmpty,
      let problem = EvaluationBudget.problem(
        rule: declaration.id, nodes: nodes, file: declaration.file)
    {
      clauses.problems.append(problem)
    }
    diagnostics += clauses.problems + checker.diagnostics
    let examples = compileExamples(declaration.examples)
    guard clauses.problems.isEmpty, checker.diagnostics.isEmpty, let condition,
      let areaIndex = clauses.areaIndex, let title = declaration.title,
      let source = declaration.source, let examples
    else { return nil }
    if declaration.applicability != nil, applicability == nil { return nil }
    if declaration.partialCredit != nil, partialCredit == nil { return nil }
    let rule = Rule(
      id: declaration.id, title: title, aim: declaration.aim?.text,
      inapplicable: declaration.inapplicable?.text, reason: reason,
      awaits: declaration.awaits.map(\.id), follows: declaration.follows.map(\.id),
      countedWith: declaration.countedWith.map(\.id),
      countedWithReason: declaration.countedWithReason,
      areaIndex: areaIndex,
      weight: declaration.weight ?? 1,
      cap: declaration.cap?.grade ?? clauses.severity?.cap, severity: clauses.severity?.id,
      source: source, presumes: declaration.presumes.map(\.id), applicability: applicability,
      condition: condition, partialCredit: partialCredit, advice: advice, because: because,
      examples: examples, checks: clauses.checks,
      location: declaration.location)
    return (rule, checker.slotCount)
  }

  /// The text clauses written as an empty string: an empty `aim`, `inapplicable` or
  /// `because` says nothing a report could show.
  private func emptyClauseProblems(_ declaration: RuleDeclaration) -> [Diagnostic] {
    func blank(_ clause: (text: String, location: SourceRange)?) -> (
      isBlank: Bool, location: SourceRange
    )? {
      clause.map { ($0.text.allSatisfy(\.isWhitespace), $0.location) }
    }
    let clauses:
      [(name: String, clause: (isBlank: Bool, location: SourceRange)?, example: String)] =
        [
          (
            "aim", blank(declaration.aim),
            "aim \"The whole of what the advice asks\", or leave the clause out"
          ),
          (
            "inapplicable", blank(declaration.inapplicable),
            "inapplicable \"why it does not apply\", or leave the clause out"
          ),
          (
            "because", declaration.because.map { ($0.isBlank, $0.location) },
            "because \"what this design lacks\", or leave the clause out"
          ),
        ]
    return clauses.compactMap { name, clause, example in
      guard let clause, clause.isBlank else { return nil }
      return Diagnostic(
        FrameworkProblem.emptyClause(rule: declaration.id, clause: name, example: example),
        at: clause.location)
    }
  }

  /// The clauses every rule needs that are missing, and a weight below 0 (a weight of 0 is
  /// checked once the framework is whole: ``checkWeightlessRules(of:)``).
  private func requiredClauseProblems(_ declaration: RuleDeclaration) -> [Diagnostic] {
    let id = declaration.id
    func missing(_ clause: String, _ example: String) -> Diagnostic {
      Diagnostic(
        FrameworkProblem.missingClause(rule: id, clause: clause, example: example),
        at: declaration.location)
    }
    var problems: [Diagnostic] = []
    if declaration.title == nil {
      problems.append(missing("title", "title \"What a good design has\""))
    }
    if declaration.source == nil {
      problems.append(missing("source", "source \"Section of the seed\""))
    }
    problems += emptyClauseProblems(declaration)
    if let reason = declaration.inapplicable, declaration.applicability == nil {
      problems.append(
        Diagnostic(
          FrameworkProblem.missingClause(
            rule: id, clause: "applies when",
            example: "applies when CONDITION (the 'inapplicable' reason says why it is false)"),
          at: reason.location))
    }
    if declaration.condition == nil {
      problems.append(missing("passes when", "passes when CONDITION"))
    }
    if declaration.advice == nil { problems.append(missing("advice", "advice \"What to do\"")) }
    if declaration.area == nil { problems.append(missing("area", "area knots")) }
    if let weight = declaration.weight, weight < 0 {
      problems.append(
        Diagnostic(FrameworkProblem.badWeight(rule: id), at: declaration.location))
    }
    return problems
  }

  /// Finds the rule's area among the framework's.
  private func resolveArea(
    _ declaration: RuleDeclaration, areas: [Framework.Area], into clauses: inout RuleClauses
  ) {
    guard let area = declaration.area else { return }
    clauses.areaIndex = areas.firstIndex { $0.id == area.id }
    if clauses.areaIndex == nil {
      clauses.problems.append(
        Diagnostic(
          FrameworkProblem.unknownArea(area.id, areas: areas.map(\.id)), at: area.location,
          fixIts: FixIt.respelling(area.id, at: area.location, among: areas.map(\.id))))
    }
  }

  /// Checks the grade the rule caps at and finds its severity among the framework's.
  private mutating func resolveSeverity(
    _ declaration: RuleDeclaration, grades: [Framework.Grade], severities: [Framework.Severity],
    into clauses: inout RuleClauses
  ) {
    if let cap = declaration.cap, !grades.isEmpty,
      !grades.contains(where: { $0.letter == cap.grade })
    {
      clauses.problems.append(
        Diagnostic(
          FrameworkProblem.unknownGrade(cap.grade, grades: grades.map(\.letter)),
          at: cap.location))
    }
    if let declared = declaration.severity {
      clauses.severity = severities.first { $0.id == declared.id }
      if clauses.severity == nil {
        let ids = severities.map(\.id)
        clauses.problems.append(
          Diagnostic(
            FrameworkProblem.unknownSeverity(declared.id, severities: ids),
            at: declared.location,
            fixIts: FixIt.respelling(declared.id, at: declared.location, among: ids)))
      }
    }
    if declaration.severity == nil, declaration.cap == nil, !severities.isEmpty {
      diagnostics.append(
        Diagnostic(
          FrameworkProblem.noSeverity(rule: declaration.id, severities: severities.map(\.id)),
          at: declaration.location))
    }
  }

  /// Checks the seed section the rule cites and resolves the seed items it checks.
  private func resolveSeed(
    _ declaration: RuleDeclaration, lists: [Framework.SeedList], into clauses: inout RuleClauses
  ) {
    let sectionTitles = knownSections(lists: lists)
    if let source = declaration.source, !sectionTitles.isEmpty, !sectionTitles.contains(source) {
      clauses.problems.append(
        Diagnostic(
          FrameworkProblem.unknownSection(source, sections: sectionTitles),
          at: declaration.location))
    }
    for check in declaration.checks {
      if let list = lists.first(where: { $0.id == check.name }) {
        clauses.checks += list.items.map(\.key)
      } else if lists.flatMap(\.items).contains(where: { $0.key == check.name }) {
        clauses.checks.append(check.name)
      } else {
        let keys = lists.map(\.id) + lists.flatMap(\.items).map(\.key)
        clauses.problems.append(
          Diagnostic(
            FrameworkProblem.unknownItem(check.name, keys: keys), at: check.location,
            fixIts: FixIt.respelling(check.name, at: check.location, among: keys)))
      }
    }
  }

  /// The examples a rule lacks, and a not-applicable example of a rule that always applies.
  private func exampleProblems(_ declaration: RuleDeclaration) -> [Diagnostic] {
    let id = declaration.id
    var problems: [Diagnostic] = []
    for expectation in [ExampleDeclaration.Expectation.pass, .fail]
    where !declaration.examples.contains(where: { $0.expectation == expectation }) {
      problems.append(
        Diagnostic(
          FrameworkProblem.missingExample(rule: id, expectation: expectation.rawValue),
          at: declaration.location))
    }
    if declaration.applicability == nil,
      declaration.examples.contains(where: { $0.expectation == .notApplicable })
    {
      problems.append(
        Diagnostic(
          FrameworkProblem.notApplicableExampleOfARuleThatAlwaysApplies(rule: id),
          at: declaration.location))
    }
    return problems
  }

  /// The words and checked values of the advice, or of the reason a rule does not apply; a
  /// record cannot be written in words.
  private func compileTemplate(_ template: Template?, with checker: inout ExpressionChecker)
    -> [Rule.AdvicePart]
  {
    var advice: [Rule.AdvicePart] = []
    for part in template?.parts ?? [] {
      switch part {
      case .text(let text): advice.append(.text(text))
      case .expression(let expression):
        guard let node = checker.check(expression) else { continue }
        if case .record = node.type {
          checker.report(.unprintable(node.type), expression.range)
        } else if case .list(.record) = node.type {
          checker.report(.unprintable(node.type), expression.range)
        } else {
          advice.append(.value(node))
        }
      }
    }
    return advice
  }

  private mutating func compileExamples(_ examples: [ExampleDeclaration]) -> [Rule.Example]? {
    var result: [Rule.Example] = []
    var failed = false
    for example in examples {
      let file = example.location.file
      do throws(ExampleProblem) {
        let json = try Self.json(from: example.value)
        let fields = try subject.fields(fromExample: json)
        result.append(
          Rule.Example(
            expectation: example.expectation, readFields: fields, facts: factTable,
            location: example.location))
      } catch {
        failed = true
        diagnostics.append(
          Diagnostic(
            FrameworkProblem.malformedExample(error.message, hint: error.hint),
            at: SourceRange(file, error.range)))
      }
    }
    return failed ? nil : result
  }

  /// An example as JSON: examples are written as JSON objects inside rule files.
  static func json(from expression: Expression) throws(ExampleProblem) -> JSONValue {
    let range = expression.range
    switch expression.kind {
    case .number(let value): return JSONValue(.number(value), range: range)
    case .string(let text): return JSONValue(.string(text), range: range)
    case .bool(let flag): return JSONValue(.bool(flag), range: range)
    case .unary(.negate, let operand):
      guard case .number(let value) = operand.kind else { break }
      return JSONValue(.number(-value), range: range)
    case .list(let elements):
      var values: [JSONValue] = []
      for element in elements { values.append(try json(from: element)) }
      return JSONValue(.array(values), range: range)
    case .map(let entries):
      var members: [JSONMember] = []
      for entry in entries {
        if members.contains(where: { $0.key == entry.key }) {
          throw ExampleProblem("the key \"\(entry.key)\" appears twice", range: entry.keyRange)
        }
        members.append(
          JSONMember(key: entry.key, keyRange: entry.keyRange, value: try json(from: entry.value)))
      }
      return JSONValue(.object(members), range: range)
    default: break
    }
    throw ExampleProblem(
      "an example is written as JSON (objects, arrays, strings, numbers, true, false)", range: range
    )
  }
}
