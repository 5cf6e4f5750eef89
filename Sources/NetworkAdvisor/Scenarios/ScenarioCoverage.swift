/// `test --coverage`: for each rule, in how many scenarios it passed, failed and did not
/// apply, and how many scenarios pin it in their expectations; the rules no scenario ever
/// sees fail are the ones a change could break unnoticed.
package struct ScenarioCoverage: Sendable {
  /// One rule's counts over the scenarios.
  package struct Row: Sendable, Equatable {
    /// The rule's id.
    package let rule: String
    /// The rule's area.
    package let area: String
    /// Scenarios in which it passed.
    package var passed = 0
    /// Scenarios in which it failed.
    package var failed = 0
    /// Scenarios in which it did not apply.
    package var notApplicable = 0
    /// Scenarios whose expectations name it (`pass`, `fail`, `notApplicable`, `cappedBy`,
    /// `recommendations`, `top`).
    package var pinned = 0
  }

  /// A row per rule, in the framework's order.
  package let rows: [Row]
  /// How many scenarios were run.
  package let scenarios: Int

  /// Counts each rule's outcomes over the scenarios' proposals under `framework`.
  package init(framework: Framework, scenarios: [Scenario]) {
    var rows = framework.rules.map { Row(rule: $0.id, area: framework.areas[$0.areaIndex].id) }
    for scenario in scenarios {
      let outcomes = framework.outcomes(scenario.proposal.fields)
      let named = Set(scenario.expectations.flatMap(\.namedRules))
      for (index, outcome) in outcomes.enumerated() {
        switch outcome {
        case .pass: rows[index].passed += 1
        case .fail: rows[index].failed += 1
        case .notApplicable: rows[index].notApplicable += 1
        }
        if named.contains(rows[index].rule) { rows[index].pinned += 1 }
      }
    }
    self.rows = rows
    self.scenarios = scenarios.count
  }

  /// The rules that fail in no scenario.
  package var neverFailing: [Row] { rows.filter { $0.failed == 0 } }

  /// The table, then the rules never seen failing.
  package func text() -> String {
    let width = max(4, rows.map(\.rule.count).max() ?? 0)
    func pad(_ text: String, _ count: Int) -> String {
      text + String(repeating: " ", count: max(0, count - text.count))
    }
    func number(_ value: Int) -> String { String(value).padded(to: 6) }
    var text =
      "Coverage: \(rows.count) rule\(rows.count == 1 ? "" : "s") over \(scenarios) scenario\(scenarios == 1 ? "" : "s") (in how many each rule passed, failed and did not apply; pinned: named in the expectations)\n"
    text += "  " + pad("rule", width) + "  pass  fail   n/a  pinned\n"
    for row in rows {
      text +=
        "  " + pad(row.rule, width) + number(row.passed) + number(row.failed)
        + number(row.notApplicable) + String(row.pinned).padded(to: 8)
        + (row.failed == 0 ? "  never fails" : "") + "\n"
    }
    let never = neverFailing
    if never.isEmpty {
      text += "Every rule fails in at least one scenario.\n"
    } else {
      text +=
        "\(never.count) rule\(never.count == 1 ? "" : "s") never seen failing: "
        + never.map(\.rule).joined(separator: ", ") + "\n"
    }
    return text
  }

  /// The `network-coverage/1` document.
  package func json(framework: Framework) -> JSONValue {
    let rules = rows.map { row in
      JSONValue.object([
        ("rule", .string(row.rule)), ("area", .string(row.area)),
        ("passed", .number(Double(row.passed))), ("failed", .number(Double(row.failed))),
        ("notApplicable", .number(Double(row.notApplicable))),
        ("pinned", .number(Double(row.pinned))),
      ])
    }
    return ComparisonReport.suiteDocument(
      "network-coverage/1", framework: framework, scenarios: scenarios,
      [("rules", .array(rules)), ("neverFailing", .array(neverFailing.map { .string($0.rule) }))])
  }
}

extension String {
  /// The text right-aligned in `width` columns.
  fileprivate func padded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
