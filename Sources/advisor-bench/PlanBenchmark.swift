import Foundation
import NetworkAdvisor

/// Times `network-advisor plan --target ready` (default settings: at most 8 changes, the
/// default work budget) on the weakest scenario proposal and on a generated 40-school
/// proposal. Prints medians of a few runs; asserts nothing.
func runPlanBenchmark(framework: Framework) {
  var workloads: [(name: String, json: JSONValue)] = []
  if let weakest = weakestScenario(framework: framework) { workloads.append(weakest) }
  let generated = ProposalGenerator.json(schools: 40, knots: 8, seed: 7)
  if let json = try? JSONReader.parse(Array(generated.utf8)) {
    workloads.append(("generated (40 schools, 8 knots)", json))
  }
  print("")
  print("plan --target ready (at most 8 changes), medians of 3 runs:")
  let planner = Planner(framework: framework)
  for workload in workloads {
    var plan: Plan?
    let times = (0..<3).map { _ in
      seconds { plan = planner.plan(workload.json, target: .verdict("ready")) }
    }
    guard let plan else { continue }
    let outcome =
      plan.isReached
      ? "ready in \(plan.steps.count) changes, cost \(plan.cost), \(plan.certainty.rawValue)"
      : "not reached; closest \(plan.closest?.grade.letter ?? "?") \(plan.closest?.verdict ?? "")"
    print(
      "  \(workload.name): \(cell(median(times) * 1000, 1)) ms, \(plan.assessments) proposals assessed; from \(plan.before.grade.letter) \(plan.before.verdict), \(outcome)"
    )
  }
}

/// The scenario proposal (patch applied) with the lowest score, from `scenarios/`.
func weakestScenario(framework: Framework) -> (name: String, json: JSONValue)? {
  let folder = "scenarios"
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  var weakest: (name: String, json: JSONValue, score: Double)?
  for name in names.sorted() where name.hasSuffix(".scenario.json") {
    guard let data = FileManager.default.contents(atPath: folder + "/" + name),
      let scenario = try? JSONReader.parse(Array(data)), var proposal = scenario["proposal"]
    else { continue }
    if case .string(let path) = proposal.kind {
      guard let file = FileManager.default.contents(atPath: folder + "/" + path),
        let json = try? JSONReader.parse(Array(file))
      else { continue }
      proposal = json
    }
    if let patch = scenario["patch"] { proposal = MergePatch.apply(patch, to: proposal) }
    let read = ProposalReader.read(proposal)
    guard read.problems.isEmpty else { continue }
    // The score the rules met: the weakest design, whatever cap holds its reported score.
    let score = Assessment(framework: framework, subjectName: name, fields: read.fields)
      .uncappedScore
    if weakest.map({ score < $0.score }) ?? true { weakest = (name, proposal, score) }
  }
  return weakest.map { ("weakest scenario (\($0.name))", $0.json) }
}
