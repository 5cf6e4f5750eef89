import Foundation
import Testing

@testable import NetworkAdvisor

/// A scenario's misspelt key, area or rule id gets a fix-it; the fixed scenario reads.
@Suite struct ScenarioFixItTests {
  static let scenario = """
    {
      "format": "network-scenario/1",
      "title": "Across phases",
      "proposal": "proposals/across-phases.proposal.json",
      "expect": { "grade": "A", "areas": { "knots": "A" }, "pass": ["knots.mix"] }
    }
    """

  @Test(arguments: [
    ("\"title\"", "\"titel\""),
    ("\"grade\"", "\"grdae\""),
    ("\"knots\"", "\"knts\""),
    ("\"knots.mix\"", "\"knots.mx\""),
  ])
  func theFixItRestoresTheScenario(_ right: String, _ wrong: String) throws {
    let folder = Fixtures.folder(with: [:])
    try FileManager.default.createDirectory(
      atPath: folder + "/proposals", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Fixtures.path("scenarios/proposals/across-phases.proposal.json"),
      toPath: folder + "/proposals/across-phases.proposal.json")
    let range = try #require(Self.scenario.range(of: right))
    let broken = Self.scenario.replacingCharacters(in: range, with: wrong)
    let path = folder + "/x.scenario.json"
    try broken.write(toFile: path, atomically: true, encoding: .utf8)
    let problems: [Diagnostic]
    switch ScenarioReader.read(path: path, framework: Fixtures.framework) {
    case .success: problems = []
    case .failure(let error): problems = error.diagnostics
    }
    let fixIts = problems.flatMap(\.fixIts)
    #expect(fixIts.count == 1, "\(problems.map(\.message))")
    let fixed = FixIt.apply(fixIts, to: broken, named: path)
    #expect(fixed == Self.scenario)
    try fixed.write(toFile: path, atomically: true, encoding: .utf8)
    #expect((try? ScenarioReader.read(path: path, framework: Fixtures.framework).get()) != nil)
  }
}
