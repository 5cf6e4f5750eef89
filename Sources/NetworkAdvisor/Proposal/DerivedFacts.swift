/// Facts computed once per proposal, which rules read by name: who meets whom through knots,
/// which schools are left out, and the unions of what the knots are designed for.
///
/// Each fact is declared once, in ``DerivedFacts/catalogue``, with its name, type, meaning
/// and how it is computed; the rule schema and the values the reader adds both come from
/// that list, so nothing is matched by position.
package struct DerivedFacts: Sendable {
  /// Which record a fact belongs to.
  enum Level: Sendable { case proposal, school }

  /// One derived fact.
  struct Fact: Sendable {
    let name: String
    let level: Level
    let type: ValueType
    let summary: String
    /// Its value, for the proposal or for the school at the given index.
    let value: @Sendable (DerivedFacts, Int) -> Value

    var field: RecordType.Field { RecordType.Field(name, type, summary, isDerived: true) }
  }

  /// For each school, in order, the indices of the knots it takes part in.
  package let knotsBySchool: [[Int]]
  /// Groups of school indices linked by shared knots (connected components), in order of
  /// their first school.
  package let islands: [[Int]]
  let proposal: Proposal

  /// The format, whose enumerations type the facts that list them.
  private typealias Format = ProposalFormat

  /// Every derived fact, proposal facts and school facts alike.
  static let catalogue: [Fact] = [
    Fact(
      name: "schoolsInNoKnot", level: .proposal, type: .list(.string),
      summary: "the names of the schools that take part in no knot"
    ) { facts, _ in
      .list(
        facts.knotsBySchool.indices.filter { facts.knotsBySchool[$0].isEmpty }.map {
          .string(facts.proposal.schools[$0].name)
        })
    },
    Fact(
      name: "islands", level: .proposal, type: .list(.list(.string)),
      summary:
        "groups of schools (by name) that never meet anyone outside their group through a knot; one group means one connected network"
    ) { facts, _ in
      .list(facts.islands.map { .list($0.map { .string(facts.proposal.schools[$0].name) }) })
    },
    Fact(
      name: "facilitatedShare", level: .proposal, type: .number,
      summary: "the share of knots that are facilitated, from 0 to 1 (0 when there are no knots)"
    ) { facts, _ in
      let knots = facts.proposal.knots
      return .number(
        knots.isEmpty ? 0 : Double(knots.filter(\.isFacilitated).count) / Double(knots.count))
    },
    union("knotTypesUsed", Format.knotType, "the knot types of all knots, each once") { [$0.type] },
    union(
      "charactersUsed", Format.character,
      "the characters of all knots (with defaults by type), each once"
    ) { [$0.character] },
    claimed("highYieldUsed", Format.highYieldActivity, "high-yield activities") { $0.highYield },
    claimed("processesUsed", Format.learningProcess, "learning processes") { $0.processes },
    claimed("levelsUsed", Format.levelOfLearning, "levels of learning") { $0.levels },
    claimed("knowledgeUsed", Format.knowledgeField, "fields of knowledge") { $0.knowledge },
    Fact(
      name: "brokerageUsed", level: .proposal,
      type: .list(.enumeration(Format.brokerageRole)),
      summary: "the brokerage roles that the local authority partners take on"
    ) { facts, _ in
      unionValue(
        facts.proposal.partners.filter { $0.kind == "local-authority" }.map(\.brokerage))
    },
    Fact(
      name: "knotCount", level: .school, type: .number,
      summary: "how many knots the school takes part in"
    ) { facts, school in .number(Double(facts.knotsBySchool[school].count)) },
    Fact(
      name: "knotNames", level: .school, type: .list(.string),
      summary: "the names of the knots the school takes part in"
    ) { facts, school in
      .list(facts.knotsBySchool[school].map { .string(facts.proposal.knots[$0].name) })
    },
  ]

  /// The facts of one level, in the order their values are added.
  static func facts(at level: Level) -> [Fact] { catalogue.filter { $0.level == level } }

  /// Computes the facts of a proposal.
  package init(_ proposal: Proposal) {
    self.proposal = proposal
    var index: [String: Int] = [:]
    for (position, school) in proposal.schools.enumerated() where index[school.id] == nil {
      index[school.id] = position
    }
    var knotsBySchool = Array(repeating: [Int](), count: proposal.schools.count)
    var sets = UnionFind(count: proposal.schools.count)
    for (knotIndex, knot) in proposal.knots.enumerated() {
      let members = knot.schools.compactMap { index[$0] }
      for member in members { knotsBySchool[member].append(knotIndex) }
      for member in members.dropFirst() { sets.join(members[0], member) }
    }
    self.knotsBySchool = knotsBySchool
    self.islands = sets.groups()
  }

  /// The values of the proposal's derived facts, in catalogue order.
  var proposalFields: [Value] { Self.facts(at: .proposal).map { $0.value(self, 0) } }

  /// The values of one school's derived facts, in catalogue order.
  func schoolFields(at index: Int) -> [Value] {
    Self.facts(at: .school).map { $0.value(self, index) }
  }

  /// A proposal fact: the values of `type` that the knots give, each once, in order.
  private static func union(
    _ name: String, _ type: EnumerationType, _ summary: String,
    of values: @escaping @Sendable (Proposal.Knot) -> [String]
  ) -> Fact {
    Fact(name: name, level: .proposal, type: .list(.enumeration(type)), summary: summary) {
      facts, _ in unionValue(facts.proposal.knots.map(values))
    }
  }

  /// A proposal fact: the `things` (a plural, such as "learning processes") that some knot
  /// claims, each once.
  private static func claimed(
    _ name: String, _ type: EnumerationType, _ things: String,
    of values: @escaping @Sendable (Proposal.Knot) -> [String]
  ) -> Fact {
    union(name, type, "the \(things) that some knot claims, whatever the knot", of: values)
  }

  private static func unionValue(_ lists: [[String]]) -> Value {
    var seen: Set<String> = []
    var result: [Value] = []
    for list in lists {
      for item in list where seen.insert(item).inserted { result.append(.string(item)) }
    }
    return .list(result)
  }
}
