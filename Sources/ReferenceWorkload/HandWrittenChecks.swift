import Foundation

// The 44 reference checks of Benchmarks/checks.md hand-written in Swift: the baseline the
// rule engine is measured against. Proposals are decoded (untimed) into Codable classes,
// enumerations as Swift enums; `indexed` checks C18-C22 and C41 through a Set instead of
// nested loops, with the same results.
//
// Schools, partners, leaders, knots and proposals are final classes: as structs, every
// element visited in a loop is copied with a retain and release per field.

enum Phase: String, Decodable {
  case nursery, primary, secondary, special, allThrough = "all-through", post16 = "post-16", other
}
enum PartnerKind: String, Decodable {
  case localAuthority = "local-authority", higherEducation = "higher-education", community, other
}
enum Brokerage: String, Decodable, CaseIterable {
  case membership, relationships, partnerships, resources, knowledgeExchange = "knowledge-exchange"
}
enum Model: String, Decodable { case single, coLeadership = "co-leadership", distributed }
enum KnotType: String, Decodable {
  case jointWork = "joint-work", collectivePlanning = "collective-planning"
  case mutualProblemSolving = "mutual-problem-solving", collaborativeEnquiry =
    "collaborative-enquiry"
  case sharedProfessionalDevelopment = "shared-professional-development"
}
enum KnotCharacter: String, Decodable { case architectural, fluid }
enum Participant: String, Decodable {
  case headteachers, seniorLeaders = "senior-leaders", middleLeaders = "middle-leaders", teachers
  case supportStaff = "support-staff", pupils, governors, parents, partners
}
enum HighYield: String, Decodable {
  case launch = "launch-and-joint-staff-days", headsGroup = "headteacher-learning-group"
  case sharedPDPlanning = "shared-pd-planning", monitoring = "monitoring-evaluation-dissemination"
}
enum Process: String, Decodable {
  case learningFrom = "learning-from", learningWith = "learning-with", learningOnBehalf =
    "learning-on-behalf", metaLearning = "meta-learning"
}
enum Level: String, Decodable, CaseIterable {
  case pupil, adult, leadership, schoolWide = "school-wide", schoolToSchool = "school-to-school",
    networkToNetwork = "network-to-network"
}
enum Knowledge: String, Decodable, CaseIterable {
  case publicKnowledge = "public-knowledge", practitionerKnowledge = "practitioner-knowledge",
    newKnowledge = "new-knowledge"
}

struct Purpose: Decodable {
  let idea: String?; let pupilLearningFocus: String?; let commonInterest: String?
}
final class School: Decodable { let id: String; let name: String; let phase: Phase? }
final class Partner: Decodable {
  let kind: PartnerKind; let name: String; let brokerage: [Brokerage]?
}
final class Leader: Decodable {
  let name: String; let school: String?; let role: String?; let daysPerMonth: Double?
}
struct Leadership: Decodable {
  let model: Model?; let leaders: [Leader]?; let managementPlan: Bool?
}
final class Knot: Decodable {
  let name: String
  let type: KnotType
  let character: KnotCharacter?
  let schools: [String]?
  let participants: [Participant]?
  let facilitated: Bool?
  let meetingsPerYear: Int?
  let months: Int?
  let purpose: String?
  let highYield: [HighYield]?
  let processes: [Process]?
  let levels: [Level]?
  let knowledge: [Knowledge]?
}
struct Participation: Decodable { let who, why, how, when, purposes, duration: String? }
struct Principles: Decodable {
  let moralPurpose, sharedLeadership, enquiryBasedPractice, modelOfLearning: String?
  enum CodingKeys: String, CodingKey {
    case moralPurpose = "moral-purpose", sharedLeadership = "shared-leadership"
    case enquiryBasedPractice = "enquiry-based-practice", modelOfLearning = "model-of-learning"
  }
}
final class Proposal: Decodable {
  let format: String
  let name: String
  let purpose: Purpose?
  let geography: String
  let schools: [School]
  let partners: [Partner]?
  let leadership: Leadership?
  let knots: [Knot]?
  let participation: Participation?
  let principles: Principles?
}

// MARK: - Helpers (conventions of checks.md)

func given(_ s: String?) -> Bool {
  guard let s else { return false }
  for b in s.utf8 where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return true }
  return false
}

extension Knot {
  var effectiveCharacter: KnotCharacter {
    if let character { return character }
    return (type == .collectivePlanning || type == .sharedProfessionalDevelopment)
      ? .architectural : .fluid
  }
  var isSustained: Bool {
    (facilitated ?? false) && (months ?? 0) >= 12 && (meetingsPerYear ?? 0) >= 3
  }
  func hasPart(_ id: String) -> Bool { schools == nil || schools!.contains(id) }
}

extension Proposal {
  var knotList: [Knot] { knots ?? [] }
  var leaderList: [Leader] { leadership?.leaders ?? [] }
  func someKnot(_ test: (Knot) -> Bool) -> Bool { knotList.contains(where: test) }
  func everyKnot(_ test: (Knot) -> Bool) -> Bool { knotList.allSatisfy(test) }
  func someKind(_ kind: PartnerKind) -> Bool { (partners ?? []).contains { $0.kind == kind } }

  /// For each school, exists a knot it takes part in that passes `test` (nested loops, as written).
  func everySchoolInKnot(_ test: (Knot) -> Bool) -> Bool {
    let ks = knotList
    return schools.allSatisfy { s in ks.contains { k in k.hasPart(s.id) && test(k) } }
  }

  /// The same result, through a Set of the schools covered by knots passing `test`.
  func everySchoolInKnotIndexed(_ test: (Knot) -> Bool) -> Bool {
    var covered = Set<String>()
    for k in knotList where test(k) {
      guard let ids = k.schools else { return true }  // absent: all member schools
      covered.formUnion(ids)
    }
    return schools.allSatisfy { covered.contains($0.id) }
  }
}

typealias Check = (id: String, test: (Proposal) -> Bool)

func makeChecks(indexed: Bool) -> [Check] {
  let inKnot: (Proposal, (Knot) -> Bool) -> Bool =
    indexed
    ? { p, t in p.everySchoolInKnotIndexed(t) }
    : { p, t in p.everySchoolInKnot(t) }
  let leadersSpan: (Proposal) -> Bool =
    indexed
    ? { p in Set(p.leaderList.compactMap { $0.school }).count >= 2 }
    : { p in
      let ls = p.leaderList
      return ls.contains { a in
        ls.contains { b in a.school != nil && b.school != nil && a.school! != b.school! }
      }
    }
  return designChecks(inKnot: inKnot) + activityChecks()
    + partnerAndLeadershipChecks(leadersSpan: leadersSpan)
}

/// C01 to C22: size, purpose and the knots' types, character and reach.
private func designChecks(inKnot: @escaping (Proposal, (Knot) -> Bool) -> Bool) -> [Check] {
  [
    ("C01", { $0.schools.count >= 6 }),
    ("C02", { $0.schools.count <= 40 }),
    ("C03", { given($0.purpose?.idea) }),
    ("C04", { given($0.purpose?.pupilLearningFocus) }),
    ("C05", { given($0.purpose?.commonInterest) }),
    ("C06", { $0.someKnot { $0.type == .jointWork } }),
    ("C07", { $0.someKnot { $0.type == .collectivePlanning } }),
    ("C08", { $0.someKnot { $0.type == .mutualProblemSolving } }),
    ("C09", { $0.someKnot { $0.type == .collaborativeEnquiry } }),
    ("C10", { $0.someKnot { $0.type == .sharedProfessionalDevelopment } }),
    ("C11", { $0.someKnot { $0.effectiveCharacter == .architectural } }),
    ("C12", { $0.someKnot { $0.effectiveCharacter == .fluid } }),
    ("C13", { $0.everyKnot { $0.facilitated ?? false } }),
    ("C14", { $0.everyKnot { ($0.months ?? 0) >= 12 } }),
    ("C15", { $0.everyKnot { ($0.meetingsPerYear ?? 0) >= 3 } }),
    ("C16", { $0.everyKnot { given($0.purpose) } }),
    ("C17", { p in p.everyKnot { ($0.schools?.count ?? p.schools.count) >= 2 } }),
    ("C18", { inKnot($0) { _ in true } }),
    ("C19", { inKnot($0) { $0.isSustained } }),
    ("C20", { inKnot($0) { ($0.levels ?? []).contains(.pupil) } }),
    (
      "C21",
      {
        inKnot($0) { k in
          let ps = k.participants ?? [];
          return ps.contains(.headteachers) || ps.contains(.seniorLeaders)
        }
      }
    ),
    ("C22", { inKnot($0) { $0.effectiveCharacter == .fluid } }),
  ]
}

/// C23 to C34: high-yield activities and learning processes.
private func activityChecks() -> [Check] {
  [
    ("C23", { $0.someKnot { ($0.highYield ?? []).contains(.launch) } }),
    ("C24", { $0.someKnot { ($0.highYield ?? []).contains(.headsGroup) } }),
    ("C25", { $0.someKnot { ($0.highYield ?? []).contains(.sharedPDPlanning) } }),
    ("C26", { $0.someKnot { ($0.highYield ?? []).contains(.monitoring) } }),
    (
      "C27",
      {
        $0.someKnot {
          ($0.highYield ?? []).contains(.headsGroup)
            && ($0.participants ?? []).contains(.headteachers)
        }
      }
    ),
    ("C28", { $0.someKnot { ($0.processes ?? []).contains(.learningFrom) } }),
    ("C29", { $0.someKnot { ($0.processes ?? []).contains(.learningWith) } }),
    ("C30", { $0.someKnot { ($0.processes ?? []).contains(.learningOnBehalf) } }),
    ("C31", { $0.someKnot { ($0.processes ?? []).contains(.metaLearning) } }),
    (
      "C32",
      { p in Level.allCases.allSatisfy { lv in p.someKnot { ($0.levels ?? []).contains(lv) } } }
    ),
    (
      "C33",
      { p in Knowledge.allCases.allSatisfy { f in p.someKnot { ($0.knowledge ?? []).contains(f) } }
      }
    ),
    (
      "C34",
      { p in p.someKnot { k in Knowledge.allCases.allSatisfy { (k.knowledge ?? []).contains($0) } }
      }
    ),
  ]
}

/// C35 to C44: partners, leadership and statements.
private func partnerAndLeadershipChecks(leadersSpan: @escaping (Proposal) -> Bool) -> [Check] {
  [
    ("C35", { $0.someKind(.localAuthority) }),
    (
      "C36",
      { p in
        Brokerage.allCases.allSatisfy { r in
          (p.partners ?? []).contains {
            $0.kind == .localAuthority && ($0.brokerage ?? []).contains(r)
          }
        }
      }
    ),
    ("C37", { $0.someKind(.higherEducation) }),
    ("C38", { $0.someKind(.community) }),
    ("C39", { ($0.leadership?.model ?? .single) != .single }),
    (
      "C40",
      { p in !p.leaderList.isEmpty && p.leaderList.allSatisfy { ($0.daysPerMonth ?? 0) > 0 } }
    ),
    ("C41", leadersSpan),
    ("C42", { $0.leadership?.managementPlan ?? false }),
    (
      "C43",
      { p in
        let q = p.participation
        return given(q?.who) && given(q?.why) && given(q?.how) && given(q?.when)
          && given(q?.purposes) && given(q?.duration)
      }
    ),
    (
      "C44",
      { p in
        let q = p.principles
        return given(q?.moralPurpose) && given(q?.sharedLeadership)
          && given(q?.enquiryBasedPractice) && given(q?.modelOfLearning)
      }
    ),
  ]
}

/// A proposal decoded for the hand-written checks.
public struct HandWrittenProposal {
  let proposal: Proposal

  /// How many schools the proposal has.
  public var schoolCount: Int { proposal.schools.count }
}

/// The 44 checks, nested loops or indexed, in the order of checks.md.
public struct HandWrittenChecks {
  /// The checks' ids, C01 to C44.
  public let ids: [String]
  private let tests: [(Proposal) -> Bool]

  /// - Parameter indexed: whether C18-C22 and C41 go through a Set.
  public init(indexed: Bool) {
    let checks = makeChecks(indexed: indexed)
    ids = checks.map(\.id)
    tests = checks.map(\.test)
  }

  /// Decodes one proposal's JSON text.
  public static func decode(_ text: String) throws -> HandWrittenProposal {
    HandWrittenProposal(proposal: try JSONDecoder().decode(Proposal.self, from: Data(text.utf8)))
  }

  /// Whether the proposal passes each check.
  public func run(_ proposal: HandWrittenProposal) -> [Bool] {
    var row: [Bool] = []
    row.reserveCapacity(tests.count)
    for test in tests { row.append(test(proposal.proposal)) }
    return row
  }
}
