import Foundation
import FoundationXML
import Testing

@testable import NetworkAdvisor

/// The scenario suite in `scenarios/` guards the framework: `swift test` runs it all.
@Suite struct ScenarioSuiteTests {
  static let scenarioFiles: [String] = {
    let folder = Fixtures.path("scenarios")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".scenario.json") }.sorted()
  }()

  @Test func thereAreAtLeastThirtyScenarios() {
    #expect(Self.scenarioFiles.count >= 30)
  }

  @Test(arguments: scenarioFiles)
  func scenarioPasses(_ name: String) throws {
    let scenario = try ScenarioReader.read(
      path: Fixtures.path("scenarios/" + name), framework: Fixtures.framework
    ).get()
    let assessment = Assessment(
      framework: Fixtures.framework, subjectName: scenario.proposal.proposal.name,
      fields: scenario.proposal.fields)
    #expect(ScenarioCheck.mismatches(scenario, assessment) == [])
  }

  @Test func theWholeSuitePassesFromTheCommandLine() {
    let result = Fixtures.run(["test", Fixtures.path("scenarios")])
    #expect(result.status == .success, "\(result.errors)")
    #expect(result.output.hasSuffix("\n\(Self.scenarioFiles.count) passed, 0 failed\n"))
  }

  /// Every proposal in scenarios/proposals is used by a scenario.
  @Test func everyProposalFileIsUsed() throws {
    let folder = Fixtures.path("scenarios/proposals")
    let proposals = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".proposal.json")
    }
    let scenarios = try Self.scenarioFiles.map {
      try String(contentsOfFile: Fixtures.path("scenarios/" + $0), encoding: .utf8)
    }
    for proposal in proposals {
      #expect(
        scenarios.contains { $0.contains("proposals/" + proposal) },
        "\(proposal) is used by no scenario")
    }
  }

  static func copyOfScenario(_ name: String, editing edit: (String) -> String = { $0 }) -> String {
    let folder = Fixtures.temporaryFolder()
    try! FileManager.default.createDirectory(
      atPath: folder + "/proposals", withIntermediateDirectories: true)
    for proposal in try! FileManager.default.contentsOfDirectory(
      atPath: Fixtures.path("scenarios/proposals"))
    {
      try! FileManager.default.copyItem(
        atPath: Fixtures.path("scenarios/proposals/" + proposal),
        toPath: folder + "/proposals/" + proposal)
    }
    let text = try! String(contentsOfFile: Fixtures.path("scenarios/" + name), encoding: .utf8)
    try! edit(text).write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    return folder
  }

  @Test func aBrokenExpectationFailsReadably() {
    let folder = Self.copyOfScenario("unfacilitated.scenario.json") {
      $0.replacingOccurrences(of: "\"grade\": \"B\"", with: "\"grade\": \"A\"")
        .replacingOccurrences(
          of: "\"verdict\": \"ready-with-conditions\"", with: "\"verdict\": \"ready\"")
    }
    let result = Fixtures.run(["test", folder])
    #expect(result.status == .shortfall)
    #expect(
      result.output == """
        FAIL  Nobody facilitates: knots are left to run themselves  [\(folder)/unfacilitated.scenario.json]
                grade: expected A, got B
                verdict: expected ready, got ready-with-conditions

        0 passed, 1 failed

        """)
  }

  @Test func unknownKeysAndRulesAreLocatedErrors() {
    let folder = Self.copyOfScenario("unfacilitated.scenario.json") {
      $0.replacingOccurrences(of: "\"cappedBy\"", with: "\"capedBy\"")
        .replacingOccurrences(
          of: "\"fail\": [\n      \"knots.facilitated\"",
          with: "\"fail\": [\n      \"knots.facilitate\"")
    }
    let result = Fixtures.run(["test", folder])
    #expect(result.status == .invalidInput)
    let text = try! String(contentsOfFile: folder + "/unfacilitated.scenario.json", encoding: .utf8)
    let line =
      text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains("\"capedBy\"")
      }! + 1
    #expect(
      result.errors.contains(
        "unfacilitated.scenario.json:\(line):5: error: unknown key \"capedBy\" in \"expect\""))
    #expect(result.errors.contains("= hint: did you mean 'cappedBy'?"))
    #expect(result.errors.contains("error: unknown rule 'knots.facilitate'"))
    #expect(result.errors.contains("= hint: did you mean 'knots.facilitated'?"))
    #expect(result.errors.hasSuffix("2 problems in the scenario files; nothing was run.\n"))
  }

  @Test func filterRunsMatchingScenariosOnly() {
    let result = Fixtures.run(["test", Fixtures.path("scenarios"), "--filter", "dispersed"])
    #expect(result.status == .success)
    #expect(result.output.hasSuffix("\n2 passed, 0 failed\n"))
  }

  @Test func junitOutputIsValidXML() throws {
    let folder = Self.copyOfScenario("unfacilitated.scenario.json") {
      $0.replacingOccurrences(of: "\"grade\": \"B\"", with: "\"grade\": \"A\"")
    }
    let junit = Fixtures.temporaryFolder() + "/results.xml"
    let result = Fixtures.run([
      "test", folder, Fixtures.path("scenarios/riverside.scenario.json"), "--junit", junit,
    ])
    #expect(result.status == .shortfall)
    let data = try #require(FileManager.default.contents(atPath: junit))
    final class Collector: NSObject, XMLParserDelegate {
      var elements: [String] = []
      var failures: [String: String] = [:]
      func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
      ) {
        elements.append(name)
        if name == "failure" { failures[name] = attributes["message"] }
      }
    }
    let parser = XMLParser(data: data)
    let collector = Collector()
    parser.delegate = collector
    #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
    #expect(collector.elements.filter { $0 == "testcase" }.count == 2)
    #expect(collector.failures["failure"] == "grade: expected A, got B")
    let text = String(decoding: data, as: UTF8.self)
    #expect(
      text.contains("<testsuite name=\"network-advisor scenarios\" tests=\"2\" failures=\"1\""))
  }

  /// A copy of the default rules with a weight and a threshold changed.
  static func changedRules() -> String {
    let folder = Fixtures.temporaryFolder()
    for name in try! FileManager.default.contentsOfDirectory(atPath: Fixtures.path("rules")) {
      var text = try! String(contentsOfFile: Fixtures.path("rules/" + name), encoding: .utf8)
      text = text.replacingOccurrences(
        of: "let facilitated_share_needed = 0.75", with: "let facilitated_share_needed = 1")
      text = text.replacingOccurrences(
        of: "area brokerage \"Brokerage and partnership\" weight 1",
        with: "area brokerage \"Brokerage and partnership\" weight 6")
      if name == "brokerage.rules" {
        // The local authority partner becomes critical: its absence now caps at C.
        text = text.replacingOccurrences(of: "severity moderate", with: "severity critical")
      }
      try! text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test func whatMovedListsTheScenariosAChangeAffects() {
    let rules = Self.changedRules()
    let result = Fixtures.run([
      "test", Fixtures.path("scenarios"), "--rules", rules, "--baseline-default",
    ])
    #expect(result.output.contains("What moved from the baseline rules"))
    #expect(
      result.output.contains("A network with no local authority: the brokerage roles cannot apply"))
    #expect(result.output.contains("      grade B → C\n"))
    let moved = String(result.output[result.output.range(of: "What moved")!.lowerBound...])
    #expect(!moved.contains("The spec's example network grades A and is ready  ["))
    let movedLine = result.output.split(separator: "\n").first { $0.hasSuffix("scenarios moved.") }
    #expect(movedLine != nil)
  }

  @Test func whatMovedIsEmptyForTheSameRules() {
    let result = Fixtures.run([
      "test", Fixtures.path("scenarios"), "--baseline-rules", Fixtures.path("rules"),
    ])
    #expect(result.status == .success)
    #expect(result.output.contains("  0 of \(Self.scenarioFiles.count) scenarios moved.\n"))
  }

  @Test func updateRewritesExpectationsAndKeepsTheLayout() throws {
    let rules = Self.changedRules()
    let folder = Self.copyOfScenario("no-local-authority.scenario.json")
    let path = folder + "/no-local-authority.scenario.json"
    let before = try String(contentsOfFile: path, encoding: .utf8)
    let failing = Fixtures.run(["test", folder, "--rules", rules])
    #expect(failing.status == .shortfall)

    let updated = Fixtures.run(["test", folder, "--rules", rules, "--update"])
    #expect(updated.status == .success)
    #expect(updated.output.contains("UPDATED  A network with no local authority"))
    let after = try String(contentsOfFile: path, encoding: .utf8)
    #expect(after != before)
    // Only the values that changed are rewritten: every other line is as it was.
    let changedLines = zip(before.split(separator: "\n"), after.split(separator: "\n")).filter {
      $0 != $1
    }
    #expect(before.split(separator: "\n").count == after.split(separator: "\n").count)
    #expect(changedLines.count <= 3)
    #expect(Fixtures.run(["test", folder, "--rules", rules]).status == .success)
  }

  @Test(arguments: [
    (
      #"{"a": 1, "b": {"c": 2}}"#, #"{"b": {"c": null, "d": 3}, "e": [1]}"#,
      #"{"a":1,"b":{"d":3},"e":[1]}"#
    ),
    (#"{"a": [1, 2]}"#, #"{"a": [3]}"#, #"{"a":[3]}"#),
    (#"{"a": 1}"#, #"{"a": null}"#, #"{}"#),
  ])
  func mergePatch(_ target: String, _ patch: String, _ expected: String) throws {
    let merged = ScenarioReader.merge(
      try JSONReader.parse(patch), into: try JSONReader.parse(target))
    #expect(JSONWriter.compact(merged) == expected)
  }
}
