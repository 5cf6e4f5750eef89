/// The `network-assessment/1` JSON report of the contract: the same input and rules give
/// byte-identical output.
package enum JSONReport {
  /// The report as JSON text.
  package static func render(_ assessment: Assessment) -> String {
    JSONWriter.pretty(value(of: assessment))
  }

  /// Scores are rounded to one decimal, so that output does not depend on the last bits
  /// of floating-point arithmetic.
  static func rounded(_ number: Double) -> JSONValue {
    .number(NumberText.rounded(number, decimals: 1))
  }

  private static func points(_ points: [Assessment.VerdictPoint]) -> JSONValue {
    .array(
      points.map { .object([("rule", .string($0.rule.id)), ("message", .string($0.message))]) })
  }

  /// The report as a JSON value.
  package static func value(of assessment: Assessment) -> JSONValue {
    let framework = assessment.framework
    return .object([
      ("format", .string("network-assessment/1")),
      ("network", .string(assessment.subjectName)),
      (
        "framework",
        .object([
          ("name", .string(framework.name)),
          ("rules", .number(Double(framework.rules.count))),
          ("digest", .string(framework.digest)),
        ])
      ),
      ("overall", overall(of: assessment)),
      ("areas", .array(AreaChecks.all(in: assessment).map(value(of:)))),
      (
        "findings",
        .array(
          assessment.findings.map { value(of: $0, in: framework) })
      ),
      (
        "recommendations",
        .array(
          assessment.recommendations.map { recommendation in
            .object(
              [
                ("rule", .string(recommendation.rule.id))
              ] + aim(of: recommendation.rule) + [
                ("area", .string(framework.areas[recommendation.rule.areaIndex].id)),
                ("priority", .number(Double(recommendation.priority))),
                ("advice", .string(recommendation.advice)),
                ("gain", rounded(recommendation.gain)),
                ("uncappedGain", rounded(recommendation.uncappedGain)),
                ("gradeIfFixed", .string(recommendation.gradeIfFixed.letter)),
                ("source", .string(recommendation.rule.source)),
              ])
          })
      ),
    ])
  }

  /// `overall`: score (held within the grade's band) and the score the rules met, grades,
  /// caps, verdict with its reasons or conditions, and the steps down the recommendations at
  /// which the verdict (or grade) would get better.
  private static func overall(of assessment: Assessment) -> JSONValue {
    var overall: [(String, JSONValue)] = [
      ("score", rounded(assessment.score)),
      ("uncappedScore", rounded(assessment.uncappedScore)),
      ("grade", .string(assessment.grade.letter)),
      ("label", .string(assessment.grade.label)),
      ("uncappedGrade", .string(assessment.uncappedGrade.letter)),
      ("cappedBy", .array(assessment.cappedBy.map { .string($0.id) })),
      ("verdict", .string(assessment.verdict)),
      ("reasons", points(assessment.reasons)),
      ("conditions", points(assessment.conditions)),
    ]
    if !assessment.projection.isEmpty {
      overall.append(
        (
          "projection",
          .array(
            assessment.projection.map { step in
              .object([
                ("count", .number(Double(step.count))),
                ("score", rounded(step.score)),
                ("grade", .string(step.grade.letter)),
                ("verdict", .string(step.verdict)),
              ])
            })
        ))
    }
    return .object(overall)
  }

  /// One area's score, grade (capped by its own failures) and counts, what caps its grade
  /// and what its waiting rules wait on. `metInPart` counts the failed rules (among
  /// `failed`) that earn partial credit.
  private static func value(of checks: AreaChecks) -> JSONValue {
    let area = checks.area
    return .object([
      ("id", .string(area.area.id)),
      ("title", .string(area.area.title)),
      ("weight", .number(area.area.weight)),
      ("score", area.score.map(rounded) ?? .null),
      ("grade", area.grade.map { .string($0.letter) } ?? .null),
      ("uncappedGrade", area.uncappedGrade.map { .string($0.letter) } ?? .null),
      ("cappedBy", .array(area.cappedBy.map { .string($0.id) })),
      ("waitsOn", .array(area.waitsOn.map { .string($0.id) })),
      ("waitingRules", .number(Double(area.waitingRules))),
      ("passed", .number(Double(area.passed))),
      ("failed", .number(Double(area.failed))),
      ("metInPart", .number(Double(checks.metInPart))),
      ("notApplicable", .number(Double(area.notApplicable))),
    ])
  }

  /// `aim`, only for a rule that declares one: the whole of what its advice asks.
  private static func aim(of rule: Rule) -> [(String, JSONValue)] {
    rule.aim.map { [("aim", .string($0))] } ?? []
  }

  /// One rule's finding.
  private static func value(of finding: Assessment.Finding, in framework: Framework) -> JSONValue {
    .object(
      [
        ("rule", .string(finding.rule.id)),
        ("title", .string(finding.rule.title)),
      ] + aim(of: finding.rule) + [
        ("area", .string(framework.areas[finding.rule.areaIndex].id)),
        ("outcome", .string(finding.outcome.rawValue)),
        ("metInPart", .bool(finding.isMetInPart)),
        ("essential", .bool(finding.rule.isEssential)),
        ("severity", finding.rule.severity.map { .string($0) } ?? .null),
        ("weight", .number(finding.rule.weight)),
        ("message", .string(finding.message)),
        ("dependsOn", finding.dependsOn.map { .string($0.id) } ?? .null),
        ("source", .string(finding.rule.source)),
      ])
  }
}
