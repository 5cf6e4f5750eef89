import Foundation
import Testing

@testable import NetworkAdvisor

@Suite struct PlanCommandTests {
  /// A folder with the scenario's proposal written out as a file.
  static func proposalFile(_ scenario: String) -> String {
    let proposal = PlanFixtures.scenarioProposal(scenario)
    let folder = Fixtures.folder(with: ["proposal.json": JSONWriter.pretty(proposal)])
    return (folder as NSString).appendingPathComponent("proposal.json")
  }

  @Test func theHelpListsTheOptions() {
    let result = Fixtures.run(["plan", "--help"])
    #expect(result.status == .success)
    for option in ["--target", "--max-changes", "--format", "--write-patch", "--rules"] {
      #expect(result.output.contains(option))
    }
    #expect(Fixtures.run(["--help"]).output.contains("plan"))
  }

  /// The written patch, applied and assessed, gives the plan's final grade and verdict.
  @Test func thePatchReproducesTheFinalGrade() throws {
    let path = Self.proposalFile("unfacilitated.scenario.json")
    let patchPath = (path as NSString).deletingLastPathComponent + "/plan.patch.json"
    let result = Fixtures.run(["plan", path, "--format", "json", "--write-patch", patchPath])
    #expect(result.status == .success, "\(result.errors)")
    let report = PlanFixtures.document(result.output)
    #expect(report["format"]?.text == "network-plan/1")
    #expect(report["reached"]?.kind == .bool(true))
    let patchText = try String(contentsOfFile: patchPath, encoding: .utf8)
    let original = PlanFixtures.document(try String(contentsOfFile: path, encoding: .utf8))
    let patched = PlanFixtures.assess(
      MergePatch.apply(PlanFixtures.document(patchText), to: original))
    #expect(report["after"]?["grade"]?.text == patched.grade.letter)
    #expect(report["after"]?["verdict"]?.text == patched.verdict)
    #expect(report["after"]?["score"]?.number == JSONReport.rounded(patched.score).number)
    #expect(
      MergePatch.plain(report["patch"]!) == MergePatch.plain(PlanFixtures.document(patchText)))
  }

  @Test func thePatchIsNeverWrittenOverTheProposal() throws {
    let path = Self.proposalFile("unfacilitated.scenario.json")
    let before = try String(contentsOfFile: path, encoding: .utf8)
    let result = Fixtures.run(["plan", path, "--write-patch", path])
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("is an input of this command"))
    #expect(result.errors.contains("choose another name for --write-patch"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
  }

  @Test(arguments: [
    (["--target", "Z"], "The value 'Z' is invalid for '--target <target>'"),
    (["--max-changes", "0"], "The value '0' is invalid for '--max-changes <n>'"),
    (["--max-changes", "lots"], "The value 'lots' is invalid for '--max-changes <n>'"),
  ])
  func badOptionsAreRefused(_ options: [String], _ message: String) {
    let path = Self.proposalFile("unfacilitated.scenario.json")
    let result = Fixtures.run(["plan", path] + options)
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains(message), "\(result.errors)")
  }

  /// A local rule layer's rules choose the changes, and its plan.costs prices them.
  @Test func localRulesAndCostsShapeThePlan() {
    let folder = Fixtures.folder(with: [
      "local.rules": Self.sevenKnots,
      "plan.costs": "add-knot 30 Our schools cannot staff new groups this year.\n",
    ])
    let path = Self.proposalFile("unfacilitated.scenario.json")
    let result = Fixtures.run(["plan", path, "--rules", folder, "--format", "json"])
    #expect(result.status == .success, "\(result.errors)")
    let report = PlanFixtures.document(result.output)
    let steps = report["steps"]?.items ?? []
    let added = steps.filter { $0["operator"]?.text == "add-knot" }
    #expect(added.count == 1)
    #expect(added.first?["cost"]?.number == 30)
    #expect(report["after"]?["verdict"]?.text == "ready")
  }

  static let sevenKnots = #"""
    rule local.many-knots
      title "At least seven knots"
      area knots
      weight 1
      severity moderate
      source "Five types of networked learning 'knot'"
      passes when size(knots) >= 7
      advice "Add knots."
      example pass { "knots": [ { "name": "a", "type": "joint-work" }, { "name": "b", "type": "joint-work" }, { "name": "c", "type": "joint-work" }, { "name": "d", "type": "joint-work" }, { "name": "e", "type": "joint-work" }, { "name": "f", "type": "joint-work" }, { "name": "g", "type": "joint-work" } ] }
      example fail { "knots": [] }
    end
    """#

  @Test func aTargetOutOfReachExitsWithOne() {
    let path = Self.proposalFile("networking-without-purpose.scenario.json")
    let result = Fixtures.run(["plan", path, "--max-changes", "1", "--target", "A"])
    #expect(result.status == .shortfall)
    #expect(result.output.contains("Still in the way"))
  }
}
