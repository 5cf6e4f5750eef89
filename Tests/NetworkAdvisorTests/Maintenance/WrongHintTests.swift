import Foundation
import Testing

@testable import NetworkAdvisor

/// Three hints that misled: a proposal problem blamed on the scenario file, a missing comma
/// placed on the line after it, and `explain` suggested for a rule example it cannot read.
@Suite struct WrongHintTests {
  /// A scenario that patches a proposal file: a mistake in the proposal file is located in
  /// that file, and one the patch brings is located in the patch.
  @Test func aProblemIsLocatedInTheFileThatHoldsIt() throws {
    let folder = Fixtures.temporaryFolder()
    var document = SeedCoverageTests.Document(path: "scenarios/proposals/riverside.proposal.json")
    var knots = document.root["knots"] as! [[String: Any]]
    knots[0]["type"] = "joint-wrk"
    document.root["knots"] = knots
    let data = try JSONSerialization.data(
      withJSONObject: document.root, options: [.prettyPrinted, .sortedKeys])
    try data.write(to: URL(fileURLWithPath: folder + "/bad.proposal.json"))
    let proposalText = String(decoding: data, as: UTF8.self)
    let line =
      proposalText.components(separatedBy: "\n").firstIndex { $0.contains("joint-wrk") }! + 1
    let scenario = folder + "/x.scenario.json"
    try """
    {
      "format": "network-scenario/1",
      "title": "x",
      "proposal": "bad.proposal.json",
      "patch": { "name": "Renamed",
                 "partners": [ { "kind": "local-authoritie", "name": "LA" } ] },
      "expect": { "grade": "B" }
    }
    """.write(toFile: scenario, atomically: true, encoding: .utf8)
    let result = Fixtures.run(["test", scenario])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.contains(
        "\(folder)/bad.proposal.json:\(line):"), "\(result.errors)")
    #expect(result.errors.contains("knots[0].type: \"joint-wrk\" is not a knot type"))
    #expect(
      result.errors.contains("\(scenario):6:38: error: the proposal is invalid: partners[0].kind"))
  }

  @Test(arguments: [
    ("{\n  \"a\": 1\n  \"b\": 2\n}", 2, 9, "add a comma after this member"),
    ("[\n  1\n  2\n]", 2, 4, "add a comma after this element"),
    ("{\n  \"a\": [1, 2]\n", 2, 14, "close it with '}'"),
  ])
  func aMissingSeparatorIsPlacedWhereItBelongs(
    _ text: String, _ line: Int, _ column: Int, _ hint: String
  ) {
    do {
      _ = try JSONReader.parse(text)
      Issue.record("accepted")
    } catch {
      let file = SourceFile(name: "p.json", text: text)
      let position = file.position(of: error.offset)
      #expect(position.line == line)
      #expect(position.column == column)
      #expect(error.hint == hint)
    }
  }

  @Test func aWrongExampleShowsItsConditionRatherThanSuggestingExplain() throws {
    let folder = Fixtures.folder(with: [
      "wrong.rules": """
      rule local.wrong-example
        title "Wrong"
        area knots
        severity minor
        source "Networked learning activity"
        passes when size(knots) > 1
        advice "Add a knot."
        example pass { "knots": [ { "name": "K", "type": "joint-work" } ] }
        example fail { }
      end
      """
    ])
    let loaded = try FrameworkLoader.load(
      [.embedded, RuleSource.directory(folder)], subject: ProposalSubject())
    let problems = loaded.framework.checkExamples()
    #expect(problems.count == 1)
    #expect(problems.first?.hint?.contains("explain") == false)
    #expect(
      problems.first?.notes
        == [
          "on this example, passes when size(knots) > 1 → false, where size(knots) = 1; knots = 1 item"
        ])
    let result = Fixtures.run(["rules", "check", "--rules", folder])
    #expect(result.status == .shortfall)
    #expect(result.errors.contains("= note: on this example, passes when size(knots) > 1 → false"))
  }

  @Test func aDuplicateFactIsReplacedAsFactsAreWritten() {
    let errors = ExtensionFieldTests.layerErrors("fact sustained for k in knots \"x\" = true\n")
    #expect(errors.map(\.id) == ["duplicate-fact"])
    #expect(
      errors.first?.hint?.hasSuffix("write 'override fact sustained for … in knots …'") == true)
  }
}
