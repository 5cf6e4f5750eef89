/// The facts of an assessment as a whole, which verdicts and grade caps read: each declared
/// once, with its name, type, meaning and how it is computed, so that the checker's record
/// type and the evaluator's values come from the same list.
enum AssessmentFacts {
  /// What the facts are computed from.
  struct Input {
    let framework: Framework
    let outcomes: [Outcome]
    let score: Double
    let uncappedScore: Double
    let grade: Framework.Grade
    let uncappedGrade: Framework.Grade
  }

  /// One fact.
  struct Fact: Sendable {
    let name: String
    let type: ValueType
    let summary: String
    let value: @Sendable (Input) -> Value
  }

  /// The facts, in slot order; `failures` comes last, a record with one count per severity.
  static let all: [Fact] = [
    Fact(
      name: "score", type: .number,
      summary:
        "the overall score, 0 to 100, held within the band of the grade (in a `cap`, of the grade the rules' own caps give)"
    ) { .number($0.score) },
    Fact(
      name: "uncappedScore", type: .number,
      summary: "the score the rules met, before any cap held it within the grade's band"
    ) { .number($0.uncappedScore) },
    Fact(name: "grade", type: .string, summary: "the overall grade letter, after any cap") {
      .string($0.grade.letter)
    },
    Fact(
      name: "uncappedGrade", type: .string, summary: "the grade the score alone would earn"
    ) { .string($0.uncappedGrade.letter) },
    Fact(name: "failed", type: .number, summary: "how many rules failed") {
      .number(Double($0.outcomes.filter { $0 == .fail }.count))
    },
    Fact(
      name: "failedEssential", type: .number,
      summary: "how many failed rules cap the grade (by their severity or as essential)"
    ) { input in .number(Double(failedCaps(input).count)) },
    Fact(
      name: "capped", type: .bool, summary: "whether a cap lowered the grade below the score's"
    ) { .bool($0.grade != $0.uncappedGrade) },
    Fact(
      name: "worstCap", type: .string,
      summary:
        "the lowest grade that a failed rule caps at, whether or not it lowered the grade; \"\" when none failed"
    ) { input in
      .string(
        failedCaps(input).max {
          input.framework.rank(of: $0) < input.framework.rank(of: $1)
        } ?? "")
    },
  ]

  /// The record type verdicts and grade caps are checked against: the facts above, then
  /// `failures`, with the number of failed rules of each declared severity.
  static func recordType(severities: [Framework.Severity]) -> RecordType {
    let failures = RecordType(
      name: "failures",
      fields: severities.map {
        RecordType.Field($0.id, .number, "how many rules of severity '\($0.id)' failed")
      })
    return RecordType(
      name: "assessment",
      fields: all.map { RecordType.Field($0.name, $0.type, $0.summary) } + [
        RecordType.Field(
          "failures", .record(failures),
          "the number of failed rules of each severity, as failures.substantive")
      ])
  }

  /// The values of the facts, in the slots of ``recordType(severities:)``.
  static func values(_ input: Input) -> [Value] {
    // Read from the framework's prepared arrays: what-if questions call this once per
    // failed rule, so it copies no rules.
    let table = input.framework.scoringTable
    var counts = Array(repeating: 0, count: input.framework.severities.count)
    for (index, outcome) in input.outcomes.enumerated() where outcome == .fail {
      guard let severity = table.ruleSeverities[index] else { continue }
      // Of failed rules counted as one condition, the one whose severity is declared first
      // (the most severe) counts for them all; between equals, the first rule.
      let countedByAPartner = input.framework.countedWithIndices[index].contains { partner in
        guard input.outcomes[partner] == .fail,
          let other = table.ruleSeverities[partner]
        else { return false }
        return other < severity || (other == severity && partner < index)
      }
      if !countedByAPartner { counts[severity] += 1 }
    }
    return all.map { $0.value(input) } + [.record(counts.map { .number(Double($0)) })]
  }

  /// The letters of the grades that failed rules cap at.
  private static func failedCaps(_ input: Input) -> [String] {
    let table = input.framework.scoringTable
    let grades = input.framework.grades
    return input.outcomes.indices.compactMap { index in
      let rank = table.capRanks[index]
      guard input.outcomes[index] == .fail, rank >= 0 else { return nil }
      return rank < grades.count ? grades[rank].letter : input.framework.rules[index].cap
    }
  }
}
