extension ScenarioReader {
  /// Reads `expect`: each key by its kind of expectation, in the kinds' order.
  mutating func readExpectations(_ value: JSONValue?, in json: JSONValue)
    -> [any ScenarioExpectation]?
  {
    guard let value else {
      diagnostics.append(
        Diagnostic(
          ScenarioProblem.missingKey(
            "expect",
            hint:
              "say what the framework should make of the proposal, such as \"expect\": { \"grade\": \"B\" }"
          ),
          at: SourceRange(file, json.range.lowerBound..<json.range.lowerBound + 1)))
      return nil
    }
    guard case .object(let members) = value.kind else {
      problem(.expectNotAnObject, value)
      return nil
    }
    checkKeys(members, allowed: ScenarioExpectations.keys, in: "\"expect\"")
    var expectations: [any ScenarioExpectation] = []
    for kind in ScenarioExpectations.kinds {
      guard let item = value[kind.key], let expectation = kind.read(item, by: &self) else {
        continue
      }
      expectations.append(expectation)
    }
    for id in PassingRules.contradictions(in: expectations) {
      problem(.passAndFail(rule: id), value)
    }
    return expectations
  }

  mutating func gradeLetter(_ value: JSONValue) -> String? {
    let letters = framework.grades.map(\.letter)
    guard case .string(let letter) = value.kind, letters.contains(letter) else {
      problem(.notAGrade(letters: letters, found: value.excerpt), value)
      return nil
    }
    return letter
  }

  mutating func gradeExpectation(_ value: JSONValue) -> Scenario.GradeExpectation? {
    if case .string = value.kind {
      return gradeLetter(value).map { Scenario.GradeExpectation(atLeast: $0, atMost: $0) }
    }
    guard case .object(let members) = value.kind else {
      problem(.notAGradeOrRange, value)
      return nil
    }
    checkKeys(members, allowed: ["atLeast", "atMost"], in: "a grade range")
    let worst = value["atLeast"].flatMap { gradeLetter($0) } ?? framework.grades.last!.letter
    let best = value["atMost"].flatMap { gradeLetter($0) } ?? framework.grades.first!.letter
    if framework.rank(of: best) > framework.rank(of: worst) {
      problem(.emptyGradeRange(best: best, worst: worst), value)
    }
    return Scenario.GradeExpectation(atLeast: worst, atMost: best)
  }

  mutating func ruleIDs(_ value: JSONValue, _ key: String) -> [String]? {
    guard case .array(let items) = value.kind else {
      problem(.notRuleIDs(key: key), value)
      return nil
    }
    var ids: [String] = []
    for item in items {
      guard case .string(let id) = item.kind else {
        problem(.notARuleID(found: item.kindDescription), item)
        continue
      }
      guard framework.ruleIndex(of: id) != nil else {
        let rules = framework.rules.map(\.id)
        problem(
          .unknownRule(id, rules: rules), item,
          fixIts: FixIt.respelling(id, at: SourceRange(file, item.range), among: rules))
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
