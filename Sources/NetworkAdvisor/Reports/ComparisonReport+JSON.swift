extension ComparisonReport {
  /// JSON: `network-comparison/1`, with each file's result in the order given, the tally
  /// of grades and verdicts, and the most common weaknesses.
  package static func json(_ entries: [Entry]) -> String {
    let framework = entries.lazy.compactMap(\.assessment).first?.framework
    var members: [(String, JSONValue)] = [("format", .string("network-comparison/1"))]
    if let framework { members.append(("framework", value(of: framework))) }
    let grades = (framework?.grades ?? []).map { grade in
      (
        grade.letter,
        JSONValue.number(
          Double(entries.filter { $0.assessment?.grade.letter == grade.letter }.count))
      )
    }
    members.append(
      (
        "summary",
        .object([
          ("proposals", .number(Double(entries.count))),
          ("assessed", .number(Double(entries.filter { $0.assessment != nil }.count))),
          ("refused", .number(Double(entries.filter { $0.assessment == nil }.count))),
          ("grades", .object(grades)),
          (
            "verdicts",
            .object(verdictCounts(entries).map { ($0.verdict, .number(Double($0.count))) })
          ),
        ])
      ))
    members.append(("networks", .array(entries.map(value(of:)))))
    members.append(
      (
        "commonWeaknesses",
        .array(
          weaknesses(entries).map { weakness in
            .object([
              ("rule", .string(weakness.rule.id)),
              ("title", .string(weakness.rule.title)),
              ("area", .string(framework?.areas[weakness.rule.areaIndex].id ?? "")),
              ("essential", .bool(weakness.rule.isEssential)),
              ("count", .number(Double(weakness.entries.count))),
              (
                "networks",
                .array(
                  weakness.entries.map {
                    .object([("file", .string($0.file)), ("network", .string($0.network ?? ""))])
                  })
              ),
            ])
          })
      ))
    return JSONWriter.pretty(.object(members))
  }

  /// `{ "name": "…", "rules": 48, "digest": "…" }`, as in `network-assessment/1`.
  static func value(of framework: Framework) -> JSONValue {
    .object([
      ("name", .string(framework.name)), ("rules", .number(Double(framework.rules.count))),
      ("digest", .string(framework.digest)),
    ])
  }

  /// A document about a scenario suite, as `network-coverage/1` and `network-sensitivity/1`
  /// are: its `format`, the framework and the number of scenarios, then `members`.
  static func suiteDocument(
    _ format: String, framework: Framework, scenarios: Int, _ members: [(String, JSONValue)]
  ) -> JSONValue {
    .object(
      [
        ("format", .string(format)), ("framework", value(of: framework)),
        ("scenarios", .number(Double(scenarios))),
      ] + members)
  }

  /// `{ "rule": "…", "message": "…" }`, as in `network-assessment/1`.
  static func value(of point: Assessment.VerdictPoint) -> JSONValue {
    .object([("rule", .string(point.rule.id)), ("message", .string(point.message))])
  }

  private static func value(of entry: Entry) -> JSONValue {
    guard let a = entry.assessment, let proposal = entry.proposal else {
      guard case .refused(let problem, let problems) = entry.outcome else { return .null }
      return .object([
        ("file", .string(entry.file)),
        ("status", .string("refused")),
        ("problem", .string(problem)),
        ("problems", .number(Double(problems))),
        ("diagnostic", entry.diagnostic?.json ?? .null),
      ])
    }
    var members: [(String, JSONValue)] = [
      ("file", .string(entry.file)),
      ("status", .string("assessed")),
      ("network", .string(a.subjectName)),
      ("schools", .number(Double(proposal.schools.count))),
      ("knots", .number(Double(proposal.knots.count))),
      ("score", JSONReport.rounded(a.score)),
      ("uncappedScore", JSONReport.rounded(a.uncappedScore)),
      ("grade", .string(a.grade.letter)),
      ("uncappedGrade", .string(a.uncappedGrade.letter)),
      ("verdict", .string(a.verdict)),
      ("failed", .number(Double(a.recommendations.count))),
      ("firstRecommendation", a.recommendations.first.map { .string($0.rule.id) } ?? .null),
      ("reasons", .array(a.reasons.map(value(of:)))),
      ("conditions", .array(a.conditions.map(value(of:)))),
      ("areas", .object(a.areas.map { ($0.area.id, $0.score.map(JSONReport.rounded) ?? .null) })),
    ]
    if let report = entry.report { members.append(("report", .string(report))) }
    return .object(members)
  }
}
