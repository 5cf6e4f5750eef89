/// `test --update`: rewrites a scenario's expectations to the current results, replacing
/// only the text of the values that changed, so the file keeps its layout and comments of
/// structure. Returns the new text and a line per change.
///
/// It never removes an expectation: a cap that no longer applies, a rule no longer
/// recommended, or a rule whose new outcome has no list in the scenario stays where it is,
/// so the scenario keeps failing on it until someone decides.
public enum ScenarioUpdater {
  /// The scenario's text with its expectations set to the assessment's results, and the changes.
  public static func update(_ scenario: Scenario, with assessment: Assessment) -> (
    text: String, changes: [String]
  ) {
    guard let expect = scenario.json["expect"], case .object(let members) = expect.kind else {
      return (scenario.source.text, [])
    }
    let framework = assessment.framework
    var replacements: [(range: Range<Int>, text: String)] = []
    var changes: [String] = []
    func replace(_ value: JSONValue, with new: JSONValue, _ what: String) {
      let old = JSONWriter.compact(value)
      let text = JSONWriter.compact(new).replacingOccurrences(of: ",", with: ", ")
        .replacingOccurrences(of: "\":", with: "\": ")
      guard old != JSONWriter.compact(new) else { return }
      replacements.append((value.range, text))
      changes.append("\(what): \(readable(value)) → \(readable(new))")
    }
    func grade(_ value: JSONValue, actual letter: String) -> JSONValue {
      guard case .object = value.kind else { return .string(letter) }
      let worst = value["atLeast"]?.kind.stringValue ?? framework.grades.last!.letter
      let best = value["atMost"]?.kind.stringValue ?? framework.grades.first!.letter
      let rank = framework.rank(of: letter)
      if rank <= framework.rank(of: worst), rank >= framework.rank(of: best) { return value }
      let newWorst = rank > framework.rank(of: worst) ? letter : worst
      let newBest = rank < framework.rank(of: best) ? letter : best
      return .object([("atLeast", .string(newWorst)), ("atMost", .string(newBest))])
    }
    let score = NumberText.rounded(assessment.score, decimals: 1)
    let outcomes = Dictionary(
      uniqueKeysWithValues: assessment.findings.map { ($0.rule.id, $0.outcome) })
    let outcomeKeys: [(key: String, outcome: Outcome)] = [
      ("pass", .pass), ("fail", .fail), ("notApplicable", .notApplicable),
    ]
    var moved: [Outcome: [String]] = [:]
    for member in members {
      let value = member.value
      switch member.key {
      case "grade": replace(value, with: grade(value, actual: assessment.grade.letter), "grade")
      case "uncappedGrade":
        replace(value, with: .string(assessment.uncappedGrade.letter), "grade without caps")
      case "verdict": replace(value, with: .string(assessment.verdict), "verdict")
      case "cappedBy":
        // New caps are added; caps that no longer apply stay, to be decided by hand.
        guard case .array(let items) = value.kind else { continue }
        var caps = items.compactMap(\.kind.stringValue)
        for cap in assessment.cappedBy.map(\.id) where !caps.contains(cap) { caps.append(cap) }
        replace(value, with: .array(caps.map { .string($0) }), "capped by")
      case "score":
        if case .number = value.kind {
          replace(value, with: .number(score), "score")
        } else {
          let low =
            value["min"].flatMap { if case .number(let n) = $0.kind { n } else { nil } } ?? 0
          let high =
            value["max"].flatMap { if case .number(let n) = $0.kind { n } else { nil } } ?? 100
          if !(low...high).contains(score) {
            let width = high - low
            let newLow = max(0, min(100 - width, (score - width / 2).rounded()))
            replace(
              value, with: .object([("min", .number(newLow)), ("max", .number(newLow + width))]),
              "score")
          }
        }
      case "areas":
        guard case .object(let entries) = value.kind else { continue }
        for entry in entries {
          guard
            let letter = assessment.areas.first(where: { $0.area.id == entry.key })?.grade?.letter
          else { continue }
          replace(entry.value, with: grade(entry.value, actual: letter), "area \(entry.key)")
        }
      case "pass", "fail", "notApplicable":
        guard case .array(let items) = value.kind,
          let outcome = outcomeKeys.first(where: { $0.key == member.key })?.outcome
        else { continue }
        for id in items.compactMap(\.kind.stringValue) where outcomes[id] != outcome {
          if let now = outcomes[id] { moved[now, default: []].append(id) }
        }
      case "recommendations", "top":
        // Lists of recommendations only ever lose rules: nothing to update.
        continue
      default: continue
      }
    }
    // Rules whose outcome changed move to the list of their new outcome, where there is one;
    // where there is none, they stay and keep failing.
    let listed = Set(outcomeKeys.filter { expect[$0.key] != nil }.map(\.outcome))
    for (key, outcome) in outcomeKeys {
      guard let value = expect[key], case .array(let items) = value.kind else { continue }
      var ids = items.compactMap(\.kind.stringValue).filter { id in
        outcomes[id].map { $0 == outcome || !listed.contains($0) } ?? true
      }
      for id in moved[outcome] ?? [] where !ids.contains(id) { ids.append(id) }
      replace(
        value, with: .array(ids.map { .string($0) }),
        "rules that \(key == "notApplicable" ? "do not apply" : "must " + key)")
    }
    var bytes = scenario.source.utf8
    for replacement in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      bytes.replaceSubrange(replacement.range, with: Array(replacement.text.utf8))
    }
    return (String(decoding: bytes, as: UTF8.self), changes)
  }

  private static func readable(_ value: JSONValue) -> String {
    switch value.kind {
    case .string(let text): text
    case .array(let items):
      items.isEmpty ? "none" : items.compactMap(\.kind.stringValue).joined(separator: ", ")
    case .number(let number): NumberText.plain(number)
    case .object:
      if let low = value["atLeast"]?.kind.stringValue ?? value["atMost"]?.kind.stringValue,
        let high = value["atMost"]?.kind.stringValue
      {
        "\(low) to \(high)"
      } else if case .number(let low)? = value["min"]?.kind,
        case .number(let high)? = value["max"]?.kind
      {
        "\(NumberText.plain(low)) to \(NumberText.plain(high))"
      } else {
        JSONWriter.compact(value)
      }
    default: JSONWriter.compact(value)
    }
  }
}
