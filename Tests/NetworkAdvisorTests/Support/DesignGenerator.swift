import Foundation
import ReferenceWorkload

@testable import NetworkAdvisor

/// Makes varied network designs, from paper networks to strong ones, from a seed: the
/// same seed always gives the same design, so a failing property names a case to rerun.
struct DesignGenerator {
  /// The generator's choices, drawn from a ``SeededRandom``.
  struct Random {
    var generator: SeededRandom

    init(state: UInt64) { generator = SeededRandom(seed: state) }

    mutating func next() -> UInt64 { generator.next() }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func subset(_ items: [String], atLeast: Int = 0) -> [String] {
      var chosen = items.filter { _ in chance(50) }
      while chosen.count < min(atLeast, items.count) {
        let item = pick(items)
        if !chosen.contains(item) { chosen.append(item) }
      }
      return items.filter(chosen.contains)
    }
  }

  static let roles = [
    "headteachers", "senior-leaders", "middle-leaders", "teachers", "support-staff", "pupils",
    "governors", "partners",
  ]
  static let texts = [
    "", "TBC", "Various; to be agreed", "Every child a confident reader by eight",
  ]

  static let goodText = "Every child a confident reader by eight"

  /// A design for `seed`, as a document the tests can change. A third of the seeds make
  /// designs at random, a third middling ones and a third strong ones with a few defects,
  /// so that properties are tried on hollow and strong networks alike.
  static func design(seed: UInt64) -> SeedCoverageTests.Document {
    var random = Random(state: seed)
    let care = [30, 70, 97][Int(seed % 3)]
    func text() -> String { random.chance(care) ? goodText : random.pick(texts) }
    let count = 3 + random.below(12)
    let ids = (0..<count).map { "s\($0)" }
    var root: [String: Any] = [
      "format": "network-proposal/1", "name": "Generated design \(seed)",
      "geography": random.chance(80) ? "linked" : "dispersed",
      "schools": ids.map { ["id": $0, "name": "School \($0.dropFirst())"] },
      "purpose": ["idea": text(), "pupilLearningFocus": text(), "commonInterest": text()],
    ]
    let leaders = random.chance(care) ? 2 + random.below(2) : random.below(4)
    root["leadership"] = [
      "model": random.pick(["single", "co-leadership", "distributed"]),
      "managementPlan": random.chance(care),
      "leaders": (0..<leaders).map { index -> [String: Any] in
        var leader: [String: Any] = ["name": "Leader \(index)"]
        if random.chance(85) { leader["school"] = ids[(index + random.below(2)) % ids.count] }
        if random.chance(85) { leader["daysPerMonth"] = random.pick([0.5, 1, 2, 3, 4]) }
        return leader
      },
    ]
    var partners: [[String: Any]] = []
    if random.chance(care) {
      let roles = ProposalFormat.brokerageRole.values
      partners.append([
        "kind": "local-authority", "name": "Authority",
        "brokerage": random.chance(care) ? roles : random.subset(roles),
      ])
    }
    if random.chance(care) { partners.append(["kind": "higher-education", "name": "University"]) }
    if random.chance(care) { partners.append(["kind": "community", "name": "Library"]) }
    root["partners"] = partners
    root["knots"] = (0..<(1 + random.below(7))).map { index in
      knot(index: index, ids: ids, care: care, random: &random)
    }
    root["participation"] = Dictionary(
      uniqueKeysWithValues: ["who", "why", "how", "when", "purposes", "duration"].map {
        ($0, text())
      })
    root["principles"] = Dictionary(
      uniqueKeysWithValues: [
        "moral-purpose", "shared-leadership", "enquiry-based-practice", "model-of-learning",
      ].map { ($0, text()) })
    var document = SeedCoverageTests.Document(json: "{}")
    document.root = root
    return document
  }

  private static func knot(index: Int, ids: [String], care: Int, random: inout Random)
    -> [String: Any]
  {
    let careful = random.chance(care)
    var participants = random.subset(roles, atLeast: 1)
    if careful, !participants.contains("teachers") { participants.insert("teachers", at: 0) }
    var knot: [String: Any] = [
      "name": "Knot \(index)", "type": random.pick(ProposalFormat.knotType.values),
      "facilitated": careful || random.chance(50),
      "meetingsPerYear": careful ? random.pick([3, 4, 6, 8]) : random.pick([0, 1, 2, 3, 6]),
      "months": careful ? random.pick([12, 24, 36]) : random.pick([1, 3, 6, 12, 24]),
      "participants": random.chance(95) ? participants : [],
      "highYield": careful && random.chance(50)
        ? ProposalFormat.highYieldActivity.values
        : random.subset(ProposalFormat.highYieldActivity.values),
      "processes": careful && random.chance(50)
        ? ProposalFormat.learningProcess.values
        : random.subset(ProposalFormat.learningProcess.values),
      "levels": careful && random.chance(50)
        ? ProposalFormat.levelOfLearning.values
        : random.subset(ProposalFormat.levelOfLearning.values),
      "knowledge": careful && random.chance(50)
        ? ProposalFormat.knowledgeField.values
        : random.subset(ProposalFormat.knowledgeField.values),
      "purpose": careful ? "Plan and study lessons together" : random.pick(texts),
    ]
    if random.chance(careful ? 40 : 75) { knot["schools"] = random.subset(ids, atLeast: 2) }
    return knot
  }
}
