import Foundation
import NetworkAdvisor

/// A seeded generator of valid `network-proposal/1` documents for the benchmark: the same
/// seed gives the same documents on every machine.
///
/// Normal proposals: mostly 6 to 40 schools (median about 11; a few smaller or larger, so
/// that the size checks sometimes fail), 0 to 12 knots, random subsets of every enumeration,
/// optional fields sometimes absent or blank. Large proposals: 2,000 schools and 300 knots by
/// default, every knot naming its schools and every school in at least one "core" knot
/// (sustained, fluid, pupil level, headteachers), so that the nested "for each school,
/// exists a knot …" checks pass and do their full work instead of stopping early.
public struct WorkloadGenerator {
  private var random: SeededRandom

  /// A generator whose documents depend only on `seed`.
  public init(seed: UInt64) {
    random = SeededRandom(seed: seed)
  }

  /// `count` normal proposals, each as JSON text.
  public mutating func normalProposals(_ count: Int) -> [String] {
    (0..<count).map { makeProposal(index: $0).text }
  }

  /// `count` large proposals, each as JSON text.
  public mutating func largeProposals(_ count: Int, schools: Int = 2000, knots: Int = 300)
    -> [String]
  {
    (0..<count).map { makeLargeProposal(index: $0, schools: schools, knots: knots).text }
  }

  // MARK: - Vocabulary

  static let phases = [
    "nursery", "primary", "secondary", "special", "all-through", "post-16", "other",
  ]
  static let brokerage = [
    "membership", "relationships", "partnerships", "resources", "knowledge-exchange",
  ]
  static let models = ["single", "co-leadership", "distributed"]
  static let knotTypes = [
    "joint-work", "collective-planning", "mutual-problem-solving", "collaborative-enquiry",
    "shared-professional-development",
  ]
  static let characters = ["architectural", "fluid"]
  static let participants = [
    "headteachers", "senior-leaders", "middle-leaders", "teachers", "support-staff", "pupils",
    "governors", "parents", "partners",
  ]
  static let highYield = [
    "launch-and-joint-staff-days", "headteacher-learning-group", "shared-pd-planning",
    "monitoring-evaluation-dissemination",
  ]
  static let processes = ["learning-from", "learning-with", "learning-on-behalf", "meta-learning"]
  static let levels = [
    "pupil", "adult", "leadership", "school-wide", "school-to-school", "network-to-network",
  ]
  static let knowledge = ["public-knowledge", "practitioner-knowledge", "new-knowledge"]
  static let participationKeys = ["who", "why", "how", "when", "purposes", "duration"]
  static let principleKeys = [
    "moral-purpose", "shared-leadership", "enquiry-based-practice", "model-of-learning",
  ]
  static let placeWords = [
    "river", "hill", "oak", "ash", "brook", "meadow", "valley", "north", "south", "east", "west",
    "green", "park", "castle", "bridge", "moor", "field", "wood", "lake", "stone", "elm", "cedar",
    "kings", "queens", "abbey", "mill", "marsh",
  ]
  static let schoolKinds = [
    "Primary", "Infants", "Junior", "High School", "Academy", "Special School", "Nursery",
    "College", "CE Primary", "RC Primary",
  ]
  static let textWords = [
    "reading", "oracy", "writing", "mathematics", "enquiry", "pupils", "teachers", "every",
    "child", "together", "evidence", "classroom", "practice", "learning", "leaders", "shared",
    "network", "schools", "data", "research", "trials", "planning", "termly", "years",
    "confident", "curious", "improve", "outcomes",
  ]
  static let blanks = ["", " ", "   ", "\t", "\n", " \t\n "]
  static let surnames = [
    "Patel", "Okafor", "Smith", "Jones", "Nguyen", "Kowalski", "Evans", "Ahmed", "Murphy",
    "Garcia", "Brown", "Khan", "Taylor", "Wilson", "Davies",
  ]

  // MARK: - Pieces

  private mutating func text(words: Int = 6) -> String {
    let count = random.int(2...words)
    let joined = (0..<count).map { _ in random.pick(Self.textWords) }.joined(separator: " ")
    return joined.prefix(1).uppercased() + joined.dropFirst()
  }

  /// A non-blank text, a blank one, or `nil` for absent.
  private mutating func maybeText(given: Double = 0.85, blank: Double = 0.05) -> String? {
    let draw = random.unit()
    if draw < given { return text() }
    if draw < given + blank { return random.pick(Self.blanks) }
    return nil
  }

  private mutating func subset(_ items: [String], _ low: Int, _ high: Int) -> [String] {
    random.sample(items, random.int(low...min(high, items.count)))
  }

  private mutating func schoolCount() -> Int {
    let draw = random.unit()
    if draw < 0.05 { return random.int(1...5) }
    if draw < 0.10 { return random.int(41...48) }
    let size = (exp(log(11) + 0.45 * random.normal())).rounded(.toNearestOrEven)
    return max(6, min(40, Int(size)))
  }

  private mutating func makeSchools(_ count: Int) -> [JSONText] {
    (0..<count).map { index in
      let word = random.pick(Self.placeWords)
      var school = JSONText.Object()
      school["id"] = .string("\(word)-\(index + 1)")
      school["name"] = .string(word.capitalized + " " + random.pick(Self.schoolKinds))
      if random.unit() < 0.8 { school["phase"] = .string(random.pick(Self.phases)) }
      return .object(school)
    }
  }

  private mutating func makePartners() -> [JSONText] {
    var partners: [JSONText] = []
    if random.unit() < 0.75 {
      var authority = JSONText.Object()
      authority["kind"] = .string("local-authority")
      authority["name"] = .string(random.pick(Self.placeWords).capitalized + "shire Council")
      let draw = random.unit()
      if draw < 0.35 {
        authority["brokerage"] = .strings(random.sample(Self.brokerage, Self.brokerage.count))
      } else if draw < 0.85 {
        authority["brokerage"] = .strings(subset(Self.brokerage, 1, 4))
      }
      partners.append(.object(authority))
      if random.unit() < 0.15 {
        var second = JSONText.Object()
        second["kind"] = .string("local-authority")
        second["name"] = .string("Neighbouring Council")
        second["brokerage"] = .strings(subset(Self.brokerage, 1, 3))
        partners.append(.object(second))
      }
    }
    for (chance, kind, name) in [
      (0.6, "higher-education", "University of "), (0.5, "community", ""),
    ] where random.unit() < chance {
      let place = random.pick(Self.placeWords).capitalized
      var partner = JSONText.Object()
      partner["kind"] = .string(kind)
      partner["name"] = .string(kind == "community" ? place + " Library Service" : name + place)
      partners.append(.object(partner))
    }
    if random.unit() < 0.2 {
      var other = JSONText.Object()
      other["kind"] = .string("other")
      other["name"] = .string("Education Trust")
      partners.append(.object(other))
    }
    random.shuffle(&partners)
    return partners
  }

  private mutating func makeLeadership(schoolIDs: [String], mostLeaders: Int = 4) -> JSONText.Object
  {
    var leadership = JSONText.Object()
    if random.unit() < 0.8 {
      leadership["model"] = .string(random.weighted(Self.models, [0.2, 0.45, 0.35]))
    }
    var leaders: [JSONText] = []
    for _ in 0..<random.int(0...mostLeaders) {
      var leader = JSONText.Object()
      let initial = random.pick(Array("ABCDEFGHJKLMNPRST").map(String.init))
      leader["name"] = .string("\(initial). \(random.pick(Self.surnames))")
      if random.unit() < 0.8 { leader["school"] = .string(random.pick(schoolIDs)) }
      if random.unit() < 0.5 {
        leader["role"] = .string(
          random.pick(["co-leader", "network leader", "facilitator", "coordinator"]))
      }
      if random.unit() < 0.85 {
        leader["daysPerMonth"] = .number(random.pick([0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 1, 2, 3]))
      }
      leaders.append(.object(leader))
    }
    if !leaders.isEmpty || random.unit() < 0.5 { leadership["leaders"] = .array(leaders) }
    let draw = random.unit()
    if draw < 0.7 {
      leadership["managementPlan"] = .bool(true)
    } else if draw < 0.85 {
      leadership["managementPlan"] = .bool(false)
    }
    return leadership
  }

  private mutating func makeKnot(
    index: Int, schoolIDs: [String], explicitSchools: [String]? = nil, sustained: Double = 0.85
  ) -> JSONText.Object {
    var knot = JSONText.Object()
    let type = random.pick(Self.knotTypes)
    knot["name"] = .string("Knot \(index + 1): \(text(words: 3))")
    knot["type"] = .string(type)
    if random.unit() < 0.25 { knot["character"] = .string(random.pick(Self.characters)) }
    if let explicitSchools {
      knot["schools"] = .strings(explicitSchools)
    } else if random.unit() < 0.65 {
      knot["schools"] = .strings(
        random.sample(schoolIDs, random.int(1...min(schoolIDs.count, 8))))
    }
    if random.unit() < 0.9 { knot["participants"] = .strings(subset(Self.participants, 1, 4)) }
    let draw = random.unit()
    if draw < sustained {
      knot["facilitated"] = .bool(true)
    } else if draw < sustained + (1 - sustained) / 2 {
      knot["facilitated"] = .bool(false)
    }
    if random.unit() < 0.9 {
      knot["meetingsPerYear"] = .number(
        Double(random.unit() < sustained ? random.int(3...12) : random.int(0...2)))
    }
    if random.unit() < 0.9 {
      knot["months"] = .number(
        random.unit() < sustained ? random.pick([12, 18, 24, 36]) : random.pick([3, 6, 9]))
    }
    if let purpose = maybeText() { knot["purpose"] = .string(purpose) }
    if random.unit() < 0.35 { knot["highYield"] = .strings(subset(Self.highYield, 1, 2)) }
    for (key, items, high) in [
      ("processes", Self.processes, 3), ("levels", Self.levels, 4),
      ("knowledge", Self.knowledge, 3),
    ] where random.unit() < 0.85 {
      knot[key] = .strings(subset(items, 0, high))
    }
    return knot
  }

  private mutating func textBlock(_ keys: [String], present: Double) -> JSONText? {
    guard random.unit() < present else { return nil }
    var block = JSONText.Object()
    for key in keys {
      if let value = maybeText() { block[key] = .string(value) }
    }
    return .object(block)
  }

  private mutating func makeProposal(index: Int) -> JSONText {
    let schools = makeSchools(schoolCount())
    let ids = schools.map(\.id)
    var proposal = JSONText.Object()
    proposal["format"] = .string("network-proposal/1")
    proposal["name"] = .string(
      random.pick(Self.placeWords).capitalized + " Learning Network \(index + 1)")
    if random.unit() < 0.85 {
      var purpose = JSONText.Object()
      for key in ["idea", "pupilLearningFocus", "commonInterest"] {
        if let value = maybeText() { purpose[key] = .string(value) }
      }
      proposal["purpose"] = .object(purpose)
    }
    proposal["geography"] = .string(random.weighted(["linked", "dispersed"], [0.8, 0.2]))
    proposal["schools"] = .array(schools)
    let partners = makePartners()
    if !partners.isEmpty || random.unit() < 0.3 { proposal["partners"] = .array(partners) }
    if random.unit() < 0.85 {
      proposal["leadership"] = .object(makeLeadership(schoolIDs: ids))
    }
    let knotCount = random.int(0...12)
    if knotCount > 0 || random.unit() < 0.5 {
      proposal["knots"] = .array(
        (0..<knotCount).map { .object(makeKnot(index: $0, schoolIDs: ids)) })
    }
    if let block = textBlock(Self.participationKeys, present: 0.7) {
      proposal["participation"] = block
    }
    if let block = textBlock(Self.principleKeys, present: 0.7) { proposal["principles"] = block }
    return .object(proposal)
  }

  /// A knot that passes every per-knot test: sustained, fluid, pupil level, headteachers.
  private mutating func makeCoreKnot(index: Int, schools: [String]) -> JSONText {
    var knot = makeKnot(index: index, schoolIDs: [], explicitSchools: schools, sustained: 1)
    knot["type"] = .string(
      random.pick(["joint-work", "mutual-problem-solving", "collaborative-enquiry"]))
    knot["character"] = nil
    knot["facilitated"] = .bool(true)
    knot["meetingsPerYear"] = .number(Double(random.int(4...12)))
    knot["months"] = .number(random.pick([24, 36]))
    knot["purpose"] = .string(text())
    knot["participants"] = .strings(
      ["headteachers", "teachers"] + subset(Array(Self.participants[4...]), 0, 2))
    knot["levels"] = .strings(["pupil"] + subset(Array(Self.levels[1...]), 0, 3))
    return .object(knot)
  }

  private mutating func makeLargeProposal(
    index: Int, schools schoolCount: Int, knots knotCount: Int
  )
    -> JSONText
  {
    let schools = makeSchools(schoolCount)
    let ids = schools.map(\.id)
    let coreCount = max(1, knotCount / 3)
    var members = Array(repeating: Set<String>(), count: knotCount)
    for id in ids { members[random.int(0...coreCount - 1)].insert(id) }
    for knot in members.indices {
      let target = min(random.int(5...40), schoolCount)
      while members[knot].count < target { members[knot].insert(random.pick(ids)) }
    }
    var knots: [JSONText] = []
    for (knot, chosen) in members.enumerated() {
      var order = ids.filter { chosen.contains($0) }
      random.shuffle(&order)
      knots.append(
        knot < coreCount
          ? makeCoreKnot(index: knot, schools: order)
          : .object(makeKnot(index: knot, schoolIDs: ids, explicitSchools: order, sustained: 0.97)))
    }
    random.shuffle(&knots)
    var partners = makePartners()
    var county = JSONText.Object()
    county["kind"] = .string("local-authority")
    county["name"] = .string("County Council")
    county["brokerage"] = .strings(Self.brokerage)
    partners.append(.object(county))
    var university = JSONText.Object()
    university["kind"] = .string("higher-education")
    university["name"] = .string("University of the County")
    partners.append(.object(university))
    var leadership = makeLeadership(schoolIDs: ids, mostLeaders: 40)
    leadership["model"] = .string("distributed")
    var purpose = JSONText.Object()
    for key in ["idea", "pupilLearningFocus", "commonInterest"] { purpose[key] = .string(text()) }
    var participation = JSONText.Object()
    for key in Self.participationKeys { participation[key] = .string(text()) }
    var principles = JSONText.Object()
    for key in Self.principleKeys { principles[key] = .string(text()) }
    var proposal = JSONText.Object()
    proposal["format"] = .string("network-proposal/1")
    proposal["name"] = .string("Large Learning Network \(index + 1)")
    proposal["purpose"] = .object(purpose)
    proposal["geography"] = .string("dispersed")
    proposal["schools"] = .array(schools)
    proposal["partners"] = .array(partners)
    proposal["leadership"] = .object(leadership)
    proposal["knots"] = .array(knots)
    proposal["participation"] = .object(participation)
    proposal["principles"] = .object(principles)
    return .object(proposal)
  }
}

/// A JSON document being built, written out with keys in insertion order.
enum JSONText {
  /// An object's members in the order they were first set.
  struct Object {
    private(set) var keys: [String] = []
    private var values: [String: JSONText] = [:]

    subscript(key: String) -> JSONText? {
      get { values[key] }
      set {
        if newValue == nil {
          keys.removeAll { $0 == key }
        } else if values[key] == nil {
          keys.append(key)
        }
        values[key] = newValue
      }
    }
  }

  case string(String)
  case number(Double)
  case bool(Bool)
  case array([JSONText])
  case object(Object)

  static func strings(_ items: [String]) -> JSONText { .array(items.map { .string($0) }) }

  /// A school's id, for building knots from schools.
  var id: String {
    if case .object(let object) = self, case .string(let id) = object["id"] { return id }
    return ""
  }

  /// The document as compact JSON.
  var text: String {
    var output = ""
    write(to: &output)
    return output
  }

  private func write(to output: inout String) {
    switch self {
    case .string(let text): Self.quote(text, to: &output)
    case .number(let number):
      output += number == number.rounded() ? String(Int(number)) : String(number)
    case .bool(let flag): output += flag ? "true" : "false"
    case .array(let items):
      output += "["
      for (index, item) in items.enumerated() {
        if index > 0 { output += "," }
        item.write(to: &output)
      }
      output += "]"
    case .object(let object):
      output += "{"
      for (index, key) in object.keys.enumerated() {
        if index > 0 { output += "," }
        Self.quote(key, to: &output)
        output += ":"
        object[key]?.write(to: &output)
      }
      output += "}"
    }
  }

  private static func quote(_ text: String, to output: inout String) {
    output += JSONWriter.quoted(text)
  }
}

/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so that
/// generated workloads and test inputs are the same on every run.
package struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// A whole number in `range`, both ends included.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// A standard normal number (Box-Muller).
  mutating func normal() -> Double {
    let first = max(unit(), .leastNormalMagnitude)
    return (-2 * log(first)).squareRoot() * cos(2 * .pi * unit())
  }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

  /// `count` distinct items in a random order.
  mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
    var copy = items
    for index in 0..<count { copy.swapAt(index, int(index...copy.count - 1)) }
    return Array(copy.prefix(count))
  }

  mutating func shuffle<T>(_ items: inout [T]) {
    guard items.count > 1 else { return }
    for index in 0..<items.count - 1 { items.swapAt(index, int(index...items.count - 1)) }
  }

  /// One of `items`, each drawn with its weight.
  mutating func weighted<T>(_ items: [T], _ weights: [Double]) -> T {
    var draw = unit() * weights.reduce(0, +)
    for (item, weight) in zip(items, weights) {
      if draw < weight { return item }
      draw -= weight
    }
    return items[items.count - 1]
  }
}
