import Foundation
import Testing

@testable import NetworkAdvisor

/// Warnings found while loading the rules are shown, on standard error, and the work goes on.
@Suite struct LoaderWarningTests {
  @Test(arguments: [["assess"], ["compare"], ["explain", "knots.facilitated"]])
  func commandsShowLoaderWarnings(_ command: [String]) {
    let layer = Fixtures.folder(with: ["local.rules": "area local \"Local\" weight 1\n"])
    let proposal = Fixtures.path("scenarios/proposals/riverside.proposal.json")
    let arguments = [command[0], proposal] + command.dropFirst() + ["--rules", layer]
    let result = Fixtures.run(arguments)
    #expect(result.status == .success, "\(result.errors)")
    #expect(result.errors.contains("warning: the area 'local' has no rules"))
    #expect(
      result.errors.contains(
        "= hint: it has no score and is left out of the overall score; add a rule to it"))
    #expect(!result.output.isEmpty)
  }

  @Test func theDefaultRulesLoadWithoutWarnings() {
    let result = Fixtures.run([
      "assess", Fixtures.path("scenarios/proposals/riverside.proposal.json"),
    ])
    #expect(result.status == .success)
    #expect(result.errors.isEmpty)
  }
}
