extension RulesSensitivity {
  /// A table, the numbers that change most outcomes first; `limit` rows at most (all for
  /// `nil`), then how many numbers move nothing.
  package func text(limit: Int? = nil) -> String {
    let moving = parameters.filter { $0.impact > 0 }
    let shown = limit.map { Array(moving.prefix($0)) } ?? moving
    var text =
      "Sensitivity: \(parameters.count) numbers of the framework, each moved one step down and up, over \(scenarios) scenario\(scenarios == 1 ? "" : "s").\n"
    text += "Each move: the new value, then how many scenarios change grade / verdict.\n\n"
    let rows = shown.map { parameter in
      [
        parameter.kind, parameter.name, parameter.value, Self.describe(parameter.down),
        Self.describe(parameter.up),
      ]
    }
    let header = ["kind", "name", "value", "one step down", "one step up"]
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    for row in [header] + rows {
      text +=
        "  "
        + row.enumerated().map { column, cell in
          column == row.count - 1
            ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
        }.joined(separator: "  ") + "\n"
    }
    if shown.count < moving.count {
      text += "  … and \(moving.count - shown.count) more that change an outcome\n"
    }
    let still = parameters.count - moving.count
    text +=
      "\n\(moving.count) of \(parameters.count) numbers change a grade or verdict when moved a step; \(still) change none.\n"
    return text
  }

  private static func describe(_ move: Move?) -> String {
    guard let move else { return "–" }
    return "\(move.value): \(move.grades) / \(move.verdicts)"
  }

  /// The `network-sensitivity/1` document.
  package func json(framework: Framework) -> JSONValue {
    func move(_ move: Move?) -> JSONValue {
      guard let move else { return .null }
      return .object([
        ("value", .string(move.value)), ("grades", .number(Double(move.grades))),
        ("verdicts", .number(Double(move.verdicts))),
      ])
    }
    let rows = parameters.map { parameter in
      JSONValue.object([
        ("kind", .string(parameter.kind)), ("name", .string(parameter.name)),
        ("value", .string(parameter.value)), ("down", move(parameter.down)),
        ("up", move(parameter.up)),
      ])
    }
    return ComparisonReport.suiteDocument(
      "network-sensitivity/1", framework: framework, scenarios: scenarios,
      [("parameters", .array(rows))])
  }
}
