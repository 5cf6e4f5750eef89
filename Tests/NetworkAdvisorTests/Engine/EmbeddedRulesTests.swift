import Foundation
import Testing

@testable import NetworkAdvisor
@testable import embed_rules

@Suite struct EmbeddedRulesTests {
  @Test func embeddedRulesMatchTheRulesFolder() throws {
    let files = try EmbeddedRulesGenerator.files(inFolder: Fixtures.path("rules"))
    let expected = EmbeddedRulesGenerator.source(for: files)
    let committed = try String(
      contentsOfFile: Fixtures.path(EmbeddedRulesGenerator.outputPath), encoding: .utf8)
    #expect(
      committed == expected,
      "The rules built into the executable are stale: run `swift run embed-rules` and commit the result."
    )
  }

  @Test func theRulesFolderLoadsAsTheEmbeddedOne() throws {
    let fromDisk = try FrameworkLoader.load(
      [RuleSource.directory(Fixtures.path("rules"))], subject: ProposalSubject())
    #expect(fromDisk.framework.rules.map(\.id) == Fixtures.framework.rules.map(\.id))
    #expect(fromDisk.warnings.isEmpty)
  }

  @Test func delimitersSurviveAwkwardText() throws {
    let text = "let a = \"\\\"#\" # \"\"\"# and \\#(x)\n"
    let source = EmbeddedRulesGenerator.source(for: [("odd.rules", text)])
    #expect(
      source.contains("##\"\"\"\n" + text + "\n\"\"\"##") || source.contains("###\"\"\"\n" + text))
  }
}
