import Foundation
import Testing

@testable import NetworkAdvisor

/// Recommendations that can be followed together: on every scenario, each recommendation's
/// change, expressed as an edit from the catalogue `plan` uses, makes its rule pass without
/// making a rule that passed fail. A recommendation no single edit can mend (a new knot
/// needs several fields, say) is left to `plan`; one whose every mending edit breaks
/// another rule is a contradiction between rules, and fails the test.
@Suite struct FollowableRecommendationTests {
  /// The scenario's proposal, patched, as JSON the edits work on.
  static func proposal(of name: String) throws -> JSONValue {
    let scenarioPath = Fixtures.path("scenarios/" + name)
    let scenario = try JSONReader.parse(
      Array(try #require(FileManager.default.contents(atPath: scenarioPath))))
    let given = try #require(scenario["proposal"])
    var base = given
    if let relative = given.text {
      let path = URL(fileURLWithPath: scenarioPath).deletingLastPathComponent()
        .appendingPathComponent(relative).path
      base = try JSONReader.parse(Array(try #require(FileManager.default.contents(atPath: path))))
    }
    return scenario["patch"].map { MergePatch.apply($0, to: base) } ?? base
  }

  /// Each rule's outcome on a proposal, presumptions applied; `nil` for an invalid one.
  static func outcomes(of json: JSONValue) -> [Outcome]? {
    let read = ProposalReader.read(json)
    guard read.problems.isEmpty else { return nil }
    let framework = Fixtures.framework
    return framework.resolvingPresumptions(framework.evaluate(read.fields).map(\.outcome)).outcomes
  }

  @Test(arguments: ScenarioSuiteTests.scenarioFiles)
  func eachRecommendationCanBeFollowedWithoutBreakingAnother(_ name: String) throws {
    let framework = Fixtures.framework
    let catalogue = EditCatalogue(framework: framework)
    let json = try Self.proposal(of: name)
    let before = try #require(Self.outcomes(of: json))
    var contradictions: [String] = []
    for (index, rule) in framework.rules.enumerated() where before[index] == .fail {
      let edits = catalogue.edits(reading: catalogue.names(readBy: rule), for: json).prefix(60)
      var broken: Set<String> = []
      var mendedCleanly = false
      for edit in edits {
        guard let changed = edit.applied(to: json), let after = Self.outcomes(of: changed),
          after[index] == .pass
        else { continue }
        let newlyFailing = framework.rules.indices.filter {
          before[$0] == .pass && after[$0] == .fail
        }
        if newlyFailing.isEmpty {
          mendedCleanly = true
          break
        }
        broken.formUnion(newlyFailing.map { framework.rules[$0].id })
      }
      if !mendedCleanly, !broken.isEmpty {
        contradictions.append("\(rule.id) cannot be mended without breaking \(broken.sorted())")
      }
    }
    #expect(contradictions.isEmpty, "\(name): \(contradictions.joined(separator: "; "))")
  }
}
