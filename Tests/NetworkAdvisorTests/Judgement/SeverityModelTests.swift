import Foundation
import Testing

@testable import NetworkAdvisor

/// The severity model on strong designs: one substantive defect keeps a network below A
/// and short of `ready`; one minor gap leaves it A and ready; a critical one, not ready.
@Suite struct SeverityModelTests {
  typealias Document = SeedCoverageTests.Document

  static let strongExamples = [
    "scenarios/proposals/riverside.proposal.json",
    "scenarios/proposals/northfield.proposal.json",
  ]

  static func ids(_ document: Document) -> [String] {
    document.schools.compactMap { $0["id"] as? String }
  }

  /// Every knot's schools written out, so that changing one school's membership does not
  /// change what "absent means every school" stands for.
  static func explicit(_ document: inout Document) {
    let all = ids(document)
    document.knots = document.knots.map { knot in
      var knot = knot
      if knot["schools"] == nil { knot["schools"] = all }
      return knot
    }
  }

  /// A defect and how to make it, on any strong example.
  struct Change: CustomTestStringConvertible, Sendable {
    let name: String
    let apply: @Sendable (inout Document) -> Void
    var testDescription: String { name }
  }

  static let substantive: [Change] = [
    Change(name: "a passenger: one school in no knot") { document in
      explicit(&document)
      let school = ids(document).last!
      document.removeFromKnots("schools", school)
    },
    Change(name: "two islands that never work together") { document in
      let all = ids(document)
      let (first, second) = (Array(all.prefix(all.count / 2)), Array(all.dropFirst(all.count / 2)))
      document.knots = document.knots.enumerated().map { index, knot in
        var knot = knot
        knot["schools"] = index.isMultiple(of: 2) ? first : second
        return knot
      }
    },
    Change(name: "one school leads, alone") { document in
      document["leadership", "model"] = "single"
      document["leadership", "leaders"] = [
        ["name": "Executive head", "school": ids(document)[0], "daysPerMonth": 6]
      ]
    },
    Change(name: "below the programme's size range") { document in
      explicit(&document)
      let leaders = (document.root["leadership"] as! [String: Any])["leaders"] as! [[String: Any]]
      let leading = leaders.compactMap { $0["school"] as? String }
      let kept = Array((leading + ids(document).filter { !leading.contains($0) }).prefix(5))
      document.schools = document.schools.filter { kept.contains($0["id"] as! String) }
      document.knots = document.knots.map { knot in
        var knot = knot
        knot["schools"] = (knot["schools"] as! [String]).filter(kept.contains)
        if (knot["schools"] as! [String]).isEmpty { knot["schools"] = kept }
        return knot
      }
    },
    Change(name: "the pupil focus carried by no teachers") { document in
      document.removeFromKnots("levels", "pupil")
    },
    Change(name: "a hollow design: most groups meet once") { document in
      for index in document.knots.indices.dropFirst() {
        document.knots[index]["meetingsPerYear"] = 1
      }
    },
    Change(name: "nobody facilitates") { document in
      document.setOnKnots("facilitated", false)
    },
    Change(name: "leadership on the side") { document in
      let leaders = (document.root["leadership"] as! [String: Any])["leaders"] as! [[String: Any]]
      document["leadership", "leaders"] = leaders.map { leader in
        var leader = leader
        leader["daysPerMonth"] = 0.5
        return leader
      }
    },
    Change(name: "participation planned for a year") { document in
      document.setOnKnots("months", 12)
    },
  ]

  static let minor: [Change] = [
    Change(name: "no higher-education partner") { document in
      document.partners = document.partners.filter { $0["kind"] as? String != "higher-education" }
    },
    Change(name: "one brokerage role missing") { document in
      document.partners = document.partners.map { partner in
        var partner = partner
        if partner["kind"] as? String == "local-authority" {
          partner["brokerage"] = ["membership", "relationships", "partnerships", "resources"]
        }
        return partner
      }
    },
    Change(name: "no community partner") { document in
      document.partners = document.partners.filter { $0["kind"] as? String != "community" }
    },
    Change(name: "one principle unstated") { document in
      document["principles", "model-of-learning"] = nil
    },
  ]

  /// Gaps a facilitator makes a condition of approval though the work itself is sound.
  static let moderate: [Change] = [
    Change(name: "no management plan") { document in
      document["leadership", "managementPlan"] = false
    },
    Change(name: "a group with no purpose") { document in
      document.knots[0]["purpose"] = nil
    },
  ]

  static let critical: [Change] = [
    Change(name: "no compelling idea: TBC") { $0["purpose", "idea"] = "TBC" },
    Change(name: "no pupil focus") { $0["purpose", "pupilLearningFocus"] = nil },
    Change(name: "no leader with time") { $0["leadership", "leaders"] = [[String: Any]]() },
  ]

  @Test(arguments: strongExamples)
  func theStrongExamplesAreReady(_ path: String) {
    let assessment = Document(path: path).assessment()
    #expect(assessment.grade.letter == "A")
    #expect(assessment.verdict == "ready")
    #expect(assessment.reasons.isEmpty && assessment.conditions.isEmpty)
  }

  @Test(arguments: strongExamples, substantive)
  func oneSubstantiveDefectKeepsANetworkBelowA(_ path: String, _ change: Change) {
    var document = Document(path: path)
    change.apply(&document)
    let assessment = document.assessment()
    #expect(assessment.grade.letter != "A", "\(change.name)")
    #expect(assessment.verdict != "ready", "\(change.name)")
    // The verdict explains itself: a condition, or the reasons it is not ready.
    #expect(!(assessment.conditions + assessment.reasons).isEmpty, "\(change.name)")
  }

  @Test(arguments: strongExamples, minor)
  func oneMinorGapKeepsAnA(_ path: String, _ change: Change) {
    var document = Document(path: path)
    change.apply(&document)
    let assessment = document.assessment()
    #expect(assessment.grade.letter == "A", "\(change.name)")
    #expect(assessment.verdict == "ready", "\(change.name)")
    #expect(!assessment.recommendations.isEmpty, "\(change.name): no finding")
  }

  @Test(arguments: strongExamples, moderate)
  func oneModerateGapIsAConditionOfApproval(_ path: String, _ change: Change) {
    var document = Document(path: path)
    change.apply(&document)
    let assessment = document.assessment()
    #expect(assessment.grade.letter == "B", "\(change.name)")
    #expect(assessment.verdict == "ready-with-conditions", "\(change.name)")
    #expect(assessment.conditions.count == 1, "\(change.name)")
  }

  @Test(arguments: strongExamples, critical)
  func aCriticalFailureMeansNotReady(_ path: String, _ change: Change) {
    var document = Document(path: path)
    change.apply(&document)
    let assessment = document.assessment()
    #expect(assessment.verdict == "not-ready", "\(change.name)")
    #expect(!assessment.reasons.isEmpty, "\(change.name)")
  }

  @Test(arguments: strongExamples)
  func severalSubstantiveDefectsGradeDOrWorse(_ path: String) {
    var document = Document(path: path)
    for change in Self.substantive.prefix(3) { change.apply(&document) }
    let assessment = document.assessment()
    #expect(["D", "E"].contains(assessment.grade.letter))
    #expect(assessment.verdict == "not-ready")
  }

  @Test func minorGapsAloneNeverMakeANetworkNotReady() {
    for path in Self.strongExamples {
      var document = Document(path: path)
      for change in Self.minor { change.apply(&document) }
      let assessment = document.assessment()
      #expect(assessment.verdict != "not-ready", "\(path)")
      #expect(assessment.reasons.isEmpty, "\(path)")
    }
  }
}
