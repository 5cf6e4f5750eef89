import Foundation

@testable import NetworkAdvisor

/// Proposals and planners for the plan's tests, with the search bounded so the suite stays
/// quick.
enum PlanFixtures {
  /// A planner with a small work budget.
  static func planner(budget: Int = 60, maxChanges: Int = 8) -> Planner {
    Planner(
      framework: Fixtures.framework, maxChanges: maxChanges, budget: budget, beamWidth: 2)
  }

  /// A JSON document from text.
  static func document(_ text: String) -> JSONValue { try! JSONReader.parse(Array(text.utf8)) }

  /// A generated design as a JSON document.
  static func design(seed: UInt64) -> JSONValue {
    let root = DesignGenerator.design(seed: seed).root
    let data = try! JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    return try! JSONReader.parse(Array(data))
  }

  /// The scenario files.
  static let scenarios: [String] = {
    let folder = Fixtures.path("scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".scenario.json") }.sorted()
  }()

  /// A scenario's proposal as its reader sees it: the proposal file (or the inline one) with
  /// the scenario's patch applied.
  static func scenarioProposal(_ name: String) -> JSONValue {
    let scenario = document(
      String(
        decoding: FileManager.default.contents(atPath: Fixtures.path("scenarios/\(name)"))!,
        as: UTF8.self))
    var proposal = scenario["proposal"]!
    if let path = proposal.text {
      let data = FileManager.default.contents(atPath: Fixtures.path("scenarios/\(path)"))!
      proposal = document(String(decoding: data, as: UTF8.self))
    }
    if let patch = scenario["patch"] { proposal = MergePatch.apply(patch, to: proposal) }
    return proposal
  }

  /// The assessment of a proposal document.
  static func assess(_ json: JSONValue) -> Assessment {
    let read = ProposalReader.read(json)
    precondition(read.problems.isEmpty, "\(read.problems.map(\.message))")
    return Assessment(
      framework: Fixtures.framework, subjectName: read.proposal.name, fields: read.fields)
  }

  /// The proposal after a sequence of edits, or `nil` when one does not apply.
  static func replay(_ edits: [ProposalEdit], on proposal: JSONValue) -> JSONValue? {
    var json = proposal
    for edit in edits {
      guard let next = edit.applied(to: json) else { return nil }
      json = next
    }
    return json
  }
}
