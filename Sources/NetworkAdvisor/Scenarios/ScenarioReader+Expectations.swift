extension ScenarioReader {
  mutating func readExpectations(_ value: JSONValue?, in json: JSONValue) -> Scenario.Expectations?
  {
    guard let value else {
      diagnostics.append(
        Diagnostic(
          id: "invalid-scenario", "missing required key \"expect\"",
          at: SourceRange(file, json.range.lowerBound..<json.range.lowerBound + 1),
          hint:
            "say what the framework should make of the proposal, such as \"expect\": { \"grade\": \"B\" }"
        ))
      return nil
    }
    guard case .object(let members) = value.kind else {
      problem("\"expect\" must be an object", value)
      return nil
    }
    checkKeys(members, allowed: Self.expectationKeys, in: "\"expect\"")
    var expectations = Scenario.Expectations()
    if let grade = value["grade"] { expectations.grade = gradeExpectation(grade) }
    if let score = value["score"] { expectations.score = scoreExpectation(score) }
    if let verdict = value["verdict"] {
      if case .string(let id) = verdict.kind, FrameworkLoader.verdictIDs.contains(id) {
        expectations.verdict = id
      } else {
        problem(
          "\"verdict\" must be one of \(FrameworkLoader.verdictIDs.map { "\"\($0)\"" }.joined(separator: ", "))",
          verdict,
          hint: verdict.kind.stringValue.flatMap {
            Diagnostic.didYouMean($0, among: FrameworkLoader.verdictIDs)
          })
      }
    }
    if let uncapped = value["uncappedGrade"] { expectations.uncappedGrade = gradeLetter(uncapped) }
    if let capped = value["cappedBy"] { expectations.cappedBy = ruleIDs(capped, "cappedBy") }
    if let areas = value["areas"] {
      if case .object(let entries) = areas.kind {
        for entry in entries {
          guard framework.areas.contains(where: { $0.id == entry.key }) else {
            diagnostics.append(
              Diagnostic(
                id: "invalid-scenario", "unknown area \"\(entry.key)\"",
                at: SourceRange(file, entry.keyRange),
                hint: Diagnostic.didYouMean(entry.key, among: framework.areas.map(\.id))
                  ?? "the areas are: " + framework.areas.map(\.id).joined(separator: ", ")))
            continue
          }
          if let grade = gradeExpectation(entry.value) {
            expectations.areas.append((entry.key, grade))
          }
        }
      } else {
        problem("\"areas\" must map area ids to grades, such as { \"knots\": \"A\" }", areas)
      }
    }
    for (key, path) in [
      ("pass", \Scenario.Expectations.pass), ("fail", \.fail), ("notApplicable", \.notApplicable),
      ("recommendations", \.recommendations),
    ] {
      if let list = value[key] { expectations[keyPath: path] = ruleIDs(list, key) ?? [] }
    }
    if let top = value["top"] {
      if case .number(let count)? = top["count"]?.kind, count >= 1, count <= 10_000,
        count == count.rounded(),
        let rules = top["rules"]
      {
        if case .object(let entries) = top.kind {
          checkKeys(entries, allowed: ["count", "rules"], in: "\"top\"")
        }
        expectations.top = (Int(count), ruleIDs(rules, "top.rules") ?? [])
      } else {
        problem(
          "\"top\" must be { \"count\": N, \"rules\": [rule ids] } with N a whole number from 1 to 10000",
          top)
      }
    }
    let contradictions = Set(expectations.pass).intersection(expectations.fail)
    for id in contradictions.sorted() {
      problem("the rule '\(id)' is expected both to pass and to fail", value)
    }
    return expectations
  }

  private mutating func gradeLetter(_ value: JSONValue) -> String? {
    let letters = framework.grades.map(\.letter)
    guard case .string(let letter) = value.kind, letters.contains(letter) else {
      problem(
        "expected a grade, one of \(letters.map { "\"\($0)\"" }.joined(separator: ", ")), found \(value.excerpt)",
        value)
      return nil
    }
    return letter
  }

  private mutating func gradeExpectation(_ value: JSONValue) -> Scenario.GradeExpectation? {
    if case .string = value.kind {
      return gradeLetter(value).map { Scenario.GradeExpectation(atLeast: $0, atMost: $0) }
    }
    guard case .object(let members) = value.kind else {
      problem(
        "a grade is a letter, such as \"B\", or a range such as { \"atLeast\": \"C\", \"atMost\": \"A\" }",
        value)
      return nil
    }
    checkKeys(members, allowed: ["atLeast", "atMost"], in: "a grade range")
    let worst = value["atLeast"].flatMap { gradeLetter($0) } ?? framework.grades.last!.letter
    let best = value["atMost"].flatMap { gradeLetter($0) } ?? framework.grades.first!.letter
    if framework.rank(of: best) > framework.rank(of: worst) {
      problem("the range is empty: \"atMost\" \(best) is worse than \"atLeast\" \(worst)", value)
    }
    return Scenario.GradeExpectation(atLeast: worst, atMost: best)
  }

  private mutating func scoreExpectation(_ value: JSONValue) -> ClosedRange<Double>? {
    if case .number(let exact) = value.kind { return exact...exact }
    guard case .object(let members) = value.kind else {
      problem("a score is a number, or a range such as { \"min\": 70, \"max\": 90 }", value)
      return nil
    }
    checkKeys(members, allowed: ["min", "max"], in: "a score range")
    var low = 0.0
    var high = 100.0
    if case .number(let number)? = value["min"]?.kind { low = number }
    if case .number(let number)? = value["max"]?.kind { high = number }
    guard low <= high else {
      problem(
        "the score range is empty: min \(NumberText.plain(low)) is above max \(NumberText.plain(high))",
        value)
      return nil
    }
    return low...high
  }

  private mutating func ruleIDs(_ value: JSONValue, _ key: String) -> [String]? {
    guard case .array(let items) = value.kind else {
      problem("\"\(key)\" must be an array of rule ids", value)
      return nil
    }
    var ids: [String] = []
    for item in items {
      guard case .string(let id) = item.kind else {
        problem("expected a rule id, found \(item.kindDescription)", item)
        continue
      }
      guard framework.ruleIndex(of: id) != nil else {
        problem(
          "unknown rule '\(id)'", item,
          hint: Diagnostic.didYouMean(id, among: framework.rules.map(\.id))
            ?? "'network-advisor rules list' shows them all")
        continue
      }
      ids.append(id)
    }
    return ids
  }
}

extension JSONValue.Kind {
  var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}
