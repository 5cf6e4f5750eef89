import Foundation
import Testing

@testable import NetworkAdvisor

/// Damaged input gives diagnostics, never a crash: every prefix of a proposal and of a rule
/// file (in steps), and rule files with a span of text cut out.
@Suite struct RobustnessTests {
  @Test func everyPrefixOfAProposalIsHandled() throws {
    let bytes = Array(
      try #require(
        FileManager.default.contents(
          atPath: Fixtures.path("scenarios/proposals/riverside.proposal.json"))))
    var refused = 0
    for end in stride(from: 0, to: bytes.count, by: 7) {
      if case .failure(let error) = ProposalDocument.read(Array(bytes[0..<end]), name: "cut.json") {
        #expect(!error.diagnostics.isEmpty)
        refused += 1
      }
    }
    #expect(refused == (bytes.count + 6) / 7)
  }

  @Test(arguments: ["knots.rules", "framework.rules", "seed.rules", "principles.rules"])
  func damagedRuleFilesGiveDiagnostics(_ name: String) throws {
    let text = try String(contentsOfFile: Fixtures.path("rules/" + name), encoding: .utf8)
    let bytes = Array(text.utf8)
    let intact = RuleSource.embedded
    var refused = 0
    for start in stride(from: 0, to: bytes.count, by: 331) {
      for length in [1, 40] where start + length <= bytes.count {
        var damaged = bytes
        damaged.removeSubrange(start..<start + length)
        let file = SourceFile(
          name: "rules/" + name, text: String(decoding: damaged, as: UTF8.self))
        do {
          _ = try FrameworkLoader.load([intact.replacing(file)], subject: ProposalSubject())
        } catch {
          refused += 1
          #expect(!error.diagnostics.isEmpty)
          for diagnostic in error.diagnostics { _ = DiagnosticRenderer().render(diagnostic) }
        }
      }
    }
    #expect(refused > 0, "no cut of \(name) was refused: the damaged file did not replace it")
  }

  @Test func aReplacedRuleFileKeepsItsPlace() throws {
    let intact = RuleSource.embedded
    let index = try #require(intact.files.firstIndex { $0.name == "rules/knots.rules" })
    let replaced = intact.replacing(SourceFile(name: "rules/knots.rules", text: "rule broken {"))
    #expect(replaced.files.map(\.name) == intact.files.map(\.name))
    #expect(replaced.files[index].text == "rule broken {")
    #expect(!replaced.parsed[index].diagnostics.isEmpty)
    #expect(
      intact.replacing(SourceFile(name: "local.rules", text: "")).files.count
        == intact.files.count + 1)
  }
}
