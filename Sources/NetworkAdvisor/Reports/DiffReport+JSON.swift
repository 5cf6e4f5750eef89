extension DiffReport {
  /// JSON: `network-diff/1`, one entry per pair of files in order.
  package static func json(_ diffs: [NetworkDiff]) -> String {
    var members: [(String, JSONValue)] = [("format", .string("network-diff/1"))]
    let framework = diffs.lazy.compactMap { $0.new?.assessment ?? $0.old?.assessment }.first?
      .framework
    if let framework { members.append(("framework", ComparisonReport.value(of: framework))) }
    members.append(("pairs", .array(diffs.map(value(of:)))))
    return JSONWriter.pretty(.object(members))
  }

  private static func pair<T>(_ old: T?, _ new: T?, _ make: (T) -> JSONValue) -> JSONValue {
    .object([("old", old.map(make) ?? .null), ("new", new.map(make) ?? .null)])
  }

  private static func rule(_ rule: Rule) -> [(String, JSONValue)] {
    [("rule", .string(rule.id)), ("title", .string(rule.title))]
  }

  private static func value(of diff: NetworkDiff) -> JSONValue {
    let old = diff.old?.assessment
    let new = diff.new?.assessment
    var members: [(String, JSONValue)] = [
      ("old", diff.old.map { .string($0.file) } ?? .null),
      ("new", diff.new.map { .string($0.file) } ?? .null),
      ("status", .string(diff.status)),
    ]
    let problems = [diff.old, diff.new].compactMap { $0?.problem }
    if !problems.isEmpty { members.append(("problem", .string(problems[0]))) }
    members += [
      ("network", pair(old, new) { .string($0.subjectName) }),
      ("score", pair(old, new) { JSONReport.rounded($0.score) }),
      ("uncappedScore", pair(old, new) { JSONReport.rounded($0.uncappedScore) }),
      ("grade", pair(old, new) { .string($0.grade.letter) }),
      ("verdict", pair(old, new) { .string($0.verdict) }),
    ]
    if let old, let new {
      let change =
        NumberText.rounded(new.score, decimals: 1) - NumberText.rounded(old.score, decimals: 1)
      members.append(("scoreChange", JSONReport.rounded(change)))
    }
    members.append(("proposal", .array(diff.changes.map(value(of:)))))
    members.append(("findings", findings(of: diff, now: new)))
    members.append(("recommendations", recommendations(of: diff)))
    members.append(
      ("reasons", pair(old, new) { .array($0.reasons.map(ComparisonReport.value(of:))) }))
    members.append(
      ("conditions", pair(old, new) { .array($0.conditions.map(ComparisonReport.value(of:))) }))
    return .object(members)
  }

  /// `findings`: rules fixed, broken, and moved to or from not-applicable (the keys of
  /// `network-diff/1` from the start), and every rule now failing that did not fail before.
  private static func findings(of diff: NetworkDiff, now new: Assessment?) -> JSONValue {
    func moved(_ move: NetworkDiff.Move) -> [(String, JSONValue)] {
      rule(move.rule) + [
        ("old", .string(move.old.rawValue)), ("new", .string(move.new.rawValue)),
        ("dependsOn", pair(move.waitedOn, move.waitsOn) { .string($0.id) }),
      ]
    }
    return .object([
      ("fixed", .array(diff.fixed.map { .object(rule($0.rule)) })),
      ("broken", .array(diff.broken.map { .object(rule($0.rule)) })),
      ("otherMoves", .array(diff.otherMoves.map { .object(moved($0)) })),
      (
        "nowFailing",
        .array(
          diff.nowFailing.map { move in
            let item = new.flatMap { ReportFormatting.item(of: move.rule, in: $0) }
            return .object(
              moved(move) + [
                ("notJudgedBefore", .bool(move.wasNotJudged)),
                ("priority", item.map { .number(Double($0)) } ?? .null),
              ])
          })
      ),
    ])
  }

  /// `recommendations`: acted on, no longer applying, still open and new.
  private static func recommendations(of diff: NetworkDiff) -> JSONValue {
    func recommendations(_ list: [Assessment.Recommendation]) -> JSONValue {
      .array(
        list.map {
          .object(
            rule($0.rule) + [
              ("priority", .number(Double($0.priority))), ("advice", .string($0.advice)),
            ])
        })
    }
    return .object([
      ("actedOn", recommendations(diff.actedOn)),
      ("noLongerApply", recommendations(diff.noLongerApply)),
      ("stillOpen", recommendations(diff.stillOpen)),
      ("new", recommendations(diff.newlyRecommended)),
    ])
  }

  private static func value(of change: ProposalChange) -> JSONValue {
    .object([
      ("section", .string(change.section)),
      ("item", change.item.map { .string($0) } ?? .null),
      ("change", .string(change.kind.rawValue)),
      ("field", change.field.map { .string($0) } ?? .null),
      ("old", change.old.map(stripped) ?? .null),
      ("new", change.new.map(stripped) ?? .null),
    ])
  }

  /// The value without its place in the source, so equal input gives equal output.
  private static func stripped(_ value: JSONValue) -> JSONValue {
    switch value.kind {
    case .array(let elements): return JSONValue(.array(elements.map(stripped)))
    case .object(let members):
      return JSONValue(
        .object(members.map { JSONMember(key: $0.key, value: stripped($0.value)) }))
    default: return JSONValue(value.kind)
    }
  }
}
