/// Makes large, valid proposals for benchmarks and stress tests, deterministically.
package enum ProposalGenerator {
  /// A proposal with `schools` schools and `knots` knots, each knot joining a spread of
  /// schools so that the network is connected; every optional field is filled in.
  package static func json(schools: Int, knots: Int, seed: UInt64 = 1) -> String {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let types = ProposalFormat.knotType.values
    let levels = ProposalFormat.levelOfLearning.values
    let processes = ProposalFormat.learningProcess.values
    let knowledge = ProposalFormat.knowledgeField.values
    let highYield = ProposalFormat.highYieldActivity.values
    let roles = ["teachers", "support-staff", "middle-leaders", "headteachers", "pupils"]
    func quoted(_ items: [String]) -> String {
      "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
    func some(_ items: [String]) -> [String] {
      let count = 1 + next(items.count)
      return Array(items[0..<count])
    }
    var text = opening(schools: schools)
    var knotLines: [String] = []
    for index in 0..<knots {
      // A chain through every school keeps the network connected; extra members add spread.
      var members = Set<Int>()
      let span = max(2, (schools + knots - 1) / max(knots, 1) + 1)
      for offset in 0..<span { members.insert((index * (span - 1) + offset) % schools) }
      for _ in 0..<4 { members.insert(next(schools)) }
      let ids = members.sorted().map { "school-\($0)" }
      knotLines.append(
        "    { \"name\": \"Knot \(index)\", \"type\": \"\(types[index % types.count])\", \"schools\": \(quoted(ids)), "
          + "\"participants\": \(quoted(some(roles))), \"facilitated\": \(next(10) > 0), \"meetingsPerYear\": \(3 + next(6)), "
          + "\"months\": \(12 + next(25)), \"highYield\": \(quoted([highYield[index % highYield.count]])), "
          + "\"processes\": \(quoted(some(processes))), \"levels\": \(quoted(some(levels))), \"knowledge\": \(quoted(some(knowledge))) }"
      )
    }
    text += knotLines.joined(separator: ",\n")
    text += """

        ],
        "participation": { "who": "a", "why": "b", "how": "c", "when": "d", "purposes": "e", "duration": "f" },
        "principles": { "moral-purpose": "All children", "shared-leadership": "Distributed", "enquiry-based-practice": "Data", "model-of-learning": "Three fields" }
      }

      """
    return text
  }

  /// The proposal's text up to its list of knots: the network, its schools, partners and
  /// leadership.
  private static func opening(schools: Int) -> String {
    var text = """
      {
        "format": "network-proposal/1",
        "name": "Generated network of \(schools) schools",
        "purpose": { "idea": "Every child a confident learner", "pupilLearningFocus": "reading", "commonInterest": "literacy" },
        "geography": "dispersed",
        "schools": [

      """
    text += (0..<schools).map {
      "    { \"id\": \"school-\($0)\", \"name\": \"School \($0)\", \"phase\": \"primary\" }"
    }
    .joined(separator: ",\n")
    text += """

        ],
        "partners": [
          { "kind": "local-authority", "name": "County", "brokerage": ["membership", "relationships", "partnerships", "resources", "knowledge-exchange"] },
          { "kind": "higher-education", "name": "University" }, { "kind": "community", "name": "Library" }
        ],
        "leadership": { "model": "distributed", "leaders": [ { "name": "A", "school": "school-0", "daysPerMonth": 4 }, { "name": "B", "school": "school-1", "daysPerMonth": 4 } ], "managementPlan": true },
        "knots": [

      """
    return text
  }
}
