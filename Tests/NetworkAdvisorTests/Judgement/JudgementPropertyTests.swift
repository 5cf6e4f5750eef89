import Foundation
import Testing

@testable import NetworkAdvisor

/// The framework judges what a network does, not what its lists claim: properties that
/// hold over hundreds of generated designs, from paper networks to strong ones.
@Suite struct JudgementPropertyTests {
  typealias Document = SeedCoverageTests.Document

  static let seeds: [UInt64] = Array(1...200)

  /// Each knot's standing in the evidence model: whether it counts (sustained work across
  /// schools) or is an event, as the framework's facts define them.
  static func standing(of document: Document) -> [(counts: Bool, event: Bool)] {
    let data = try! JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    let fields = try! ProposalDocument.read(Array(data), name: "design.json").get().fields
    let framework = Fixtures.framework
    let withFacts = framework.facts.apply(to: fields)
    let top = framework.recordType
    guard case .list(.record(let knotType)) = top.fields[top.slot(of: "knots")!].type,
      case .list(let knots) = withFacts[top.slot(of: "knots")!]
    else { return [] }
    let (counts, event) = (knotType.slot(of: "counts")!, knotType.slot(of: "event")!)
    return knots.map { knot in
      guard case .record(let values) = knot else { return (false, false) }
      return (values[counts] == .bool(true), values[event] == .bool(true))
    }
  }

  /// The member school ids of a knot, with "absent means every school" made explicit.
  static func members(of knot: [String: Any], in document: Document) -> [String] {
    (knot["schools"] as? [String]) ?? document.schools.compactMap { $0["id"] as? String }
  }

  static func rank(_ assessment: Assessment) -> Int {
    assessment.framework.rank(of: assessment.grade.letter)
  }

  static let everyClaim: [String: [String]] = [
    "highYield": ProposalFormat.highYieldActivity.values,
    "processes": ProposalFormat.learningProcess.values,
    "levels": ProposalFormat.levelOfLearning.values,
    "knowledge": ProposalFormat.knowledgeField.values,
  ]

  @Test(arguments: seeds)
  func tickInflationNeverPays(_ seed: UInt64) {
    var document = DesignGenerator.design(seed: seed)
    let before = document.assessment()
    var random = DesignGenerator.Random(state: seed &* 31)
    let school = random.pick(document.schools.compactMap { $0["id"] as? String })
    var knot: [String: Any] = [
      "name": "Wish list", "type": random.pick(ProposalFormat.knotType.values),
      "schools": [school], "facilitated": false, "meetingsPerYear": 1, "months": 12,
      "participants": ["teachers", "headteachers"],
    ]
    for (key, values) in Self.everyClaim { knot[key] = values }
    document.knots.append(knot)
    let after = document.assessment()
    #expect(after.score <= before.score + 1e-9, "seed \(seed): \(before.score) → \(after.score)")
    #expect(Self.rank(after) >= Self.rank(before), "seed \(seed): grade rose")
  }

  @Test(arguments: seeds)
  func claimsOnAKnotThatDoesNotCountAreNeutral(_ seed: UInt64) {
    var document = DesignGenerator.design(seed: seed)
    var standing = Self.standing(of: document)
    if !standing.contains(where: { !$0.counts && !$0.event }) {
      // Make one knot a meeting that never happens, so there is one to test.
      document.knots[0]["meetingsPerYear"] = 0
      standing = Self.standing(of: document)
    }
    let index = standing.firstIndex { !$0.counts && !$0.event }!
    var full = document
    var empty = document
    for (key, values) in Self.everyClaim {
      full.knots[index][key] = values
      empty.knots[index][key] = [String]()
    }
    let (withClaims, without) = (full.assessment(), empty.assessment())
    #expect(abs(withClaims.score - without.score) < 1e-9, "seed \(seed)")
    #expect(withClaims.grade == without.grade, "seed \(seed)")
    #expect(withClaims.verdict == without.verdict, "seed \(seed)")
  }

  enum Substance: String, CaseIterable {
    case sustained, facilitated, wider
  }

  @Test(arguments: seeds, Substance.allCases)
  func substancePays(_ seed: UInt64, _ change: Substance) {
    var document = DesignGenerator.design(seed: seed)
    let before = document.assessment()
    var random = DesignGenerator.Random(state: seed &* 17)
    let index = random.below(document.knots.count)
    switch change {
    case .sustained:
      document.knots[index]["meetingsPerYear"] = max(
        6, document.knots[index]["meetingsPerYear"] as? Int ?? 0)
      document.knots[index]["months"] = max(24, document.knots[index]["months"] as? Int ?? 0)
    case .facilitated:
      document.knots[index]["facilitated"] = true
    case .wider:
      let members = Self.members(of: document.knots[index], in: document)
      let others = document.schools.compactMap { $0["id"] as? String }.filter {
        !members.contains($0)
      }
      guard !others.isEmpty else { return }
      document.knots[index]["schools"] = members + [random.pick(others)]
    }
    let after = document.assessment()
    // One gap counts once: while it holds, the rules that presume it weigh nothing. Mending
    // it lets them be judged on their own, so the score and grade may then fall below the
    // gap counted once, never below the design with every failure counted in full; any
    // other change of substance never lowers either.
    let (floor, floorRank) =
      Self.mendsAGapWithDependents(before: before, after: after)
      ? Self.countedInFull(before) : (before.uncappedScore, Self.rank(before))
    #expect(
      after.uncappedScore >= floor - 1e-9,
      "seed \(seed), knot \(index) \(change.rawValue): \(floor) → \(after.uncappedScore)")
    if !Self.mendsAGapWithDependents(before: before, after: after) {
      #expect(after.score >= before.score - 1e-9, "seed \(seed): the reported score fell")
    }
    #expect(Self.rank(after) <= floorRank, "seed \(seed): grade fell")
  }

  /// The score the rules met and the grade rank of an assessment with every failure
  /// counted, dependents too (each with its partial credit): what the design would get if
  /// one gap counted as often as the rules it fails. The score the rules met, not the one a
  /// cap holds within its grade's band, where a change can cost without moving it.
  static func countedInFull(_ assessment: Assessment) -> (score: Double, rank: Int) {
    let framework = assessment.framework
    let outcomes = assessment.findings.map { $0.dependsOn == nil ? $0.outcome : .fail }
    let summary = Scoring(framework: framework, credits: assessment.credits).summarise(outcomes)
    return (summary.uncappedScore, framework.rank(of: summary.grade.letter))
  }

  /// Whether a failed rule that held others as its dependents passes after the change.
  static func mendsAGapWithDependents(before: Assessment, after: Assessment) -> Bool {
    let bases = Set(before.findings.compactMap { $0.dependsOn?.id })
    return after.findings.contains { bases.contains($0.rule.id) && $0.outcome != .fail }
  }

  @Test(arguments: seeds)
  func passengersCost(_ seed: UInt64) {
    var document = DesignGenerator.design(seed: seed)
    let before = document.assessment()
    let standing = Self.standing(of: document)
    let ids = document.schools.compactMap { $0["id"] as? String }
    // A school in at least one knot that counts, in a design where nobody is a passenger.
    let passengers = before.findings.first { $0.rule.id == "membership.one-community" }
    guard ids.count >= 3, passengers?.outcome == .pass else { return }
    var random = DesignGenerator.Random(state: seed &* 7)
    let school = random.pick(ids)
    let name = document.schools.first { $0["id"] as? String == school }!["name"] as! String
    for (index, knot) in document.knots.enumerated() where standing[index].counts {
      let members = Self.members(of: knot, in: document).filter { $0 != school }
      document.knots[index]["schools"] = members.isEmpty ? [ids.first { $0 != school }!] : members
    }
    let after = document.assessment()
    // Counted in full, a passenger always costs. Counted once, it costs unless the new gap
    // takes in a failure that stood on its own before (moral purpose, say, for the same
    // schools), which then weighs nothing.
    #expect(
      Self.countedInFull(after).score < Self.countedInFull(before).score,
      "seed \(seed): counted in full")
    let ownBefore = Set(before.findings.filter { $0.outcome == .fail }.map(\.rule.id))
    let takenIn = after.findings.contains { $0.dependsOn != nil && ownBefore.contains($0.rule.id) }
    if !takenIn {
      // The rules met lose; the reported score may already sit at the top of a capped band.
      #expect(
        after.uncappedScore < before.uncappedScore,
        "seed \(seed): \(before.uncappedScore) → \(after.uncappedScore)")
      #expect(after.score <= before.score, "seed \(seed): \(before.score) → \(after.score)")
    }
    #expect(
      after.findings.contains { $0.outcome == .fail && $0.message.contains(name) },
      "seed \(seed): \(name) is not named")
    if before.grade.letter == "A" {
      #expect(after.grade.letter != "A", "seed \(seed)")
      #expect(after.verdict != "ready", "seed \(seed)")
    }
  }

  /// The properties are only as good as the designs they are tried on: hollow and strong
  /// ones alike, and enough with every school taking part for `passengersCost` to bite.
  @Test func theGeneratorCoversHollowAndStrongDesigns() {
    let assessments = Self.seeds.map { DesignGenerator.design(seed: $0).assessment() }
    #expect(Set(assessments.map(\.grade.letter)).count >= 3)
    #expect(Set(assessments.map(\.verdict)).count >= 2)
    let everyoneTakesPart = assessments.filter { assessment in
      assessment.findings.contains {
        $0.rule.id == "membership.one-community" && $0.outcome == .pass
      }
    }
    #expect(everyoneTakesPart.count >= 20)
  }
}

/// The evidence model's facts are computed by the compiled form; the tree-walking
/// evaluator, which `explain` shows, must give every fact the same value.
@Suite struct CompiledFactsTests {
  @Test(arguments: JudgementPropertyTests.seeds)
  func compiledFactsAgreeWithTheTreeWalker(_ seed: UInt64) throws {
    let document = DesignGenerator.design(seed: seed)
    let data = try JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    let fields = try ProposalDocument.read(Array(data), name: "design.json").get().fields
    let facts = Fixtures.framework.facts
    #expect(facts.apply(to: fields) == facts.applyByTreeWalking(to: fields), "seed \(seed)")
  }
}
