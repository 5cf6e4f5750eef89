import Foundation
import NetworkAdvisor
import Testing

/// The library as another Swift program sees it: a plain `import`, so only the public
/// front door compiles here. The first test is the usage example of ``Advisor``.
@Suite struct PublicAPITests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let riverside = root + "/scenarios/proposals/riverside.proposal.json"

  @Test func theUsageExampleRuns() throws {
    let advisor = try Advisor()
    let proposal = try advisor.readProposal(atPath: Self.riverside)
    let assessment = try advisor.assess(proposal)
    #expect(assessment.grade == "A")
    #expect(assessment.score > 99.5)
    #expect(assessment.verdict == "ready")
    // The one failure is the suggestion of a problem-solving team: its evidence group is
    // the network's evaluation group.
    #expect(
      assessment.findings.filter { $0.outcome == .failed }.map(\.ruleID) == ["knots.all-types"])
    let page = advisor.report(assessment, format: .html)
    #expect(page.hasPrefix("<!doctype html>"))
  }

  @Test(arguments: ReportFormat.allCases)
  func everyFormatNamesTheNetwork(_ format: ReportFormat) throws {
    let advisor = try Advisor()
    let assessment = try advisor.assess(advisor.readProposal(atPath: Self.riverside))
    #expect(advisor.report(assessment, format: format).contains(assessment.networkName))
  }

  @Test func aBrokenProposalIsLocated() throws {
    let advisor = try Advisor()
    #expect {
      _ = try advisor.readProposal(json: "{\"format\": \"network-proposal/1\",", name: "inbox.json")
    } throws: { error in
      guard let error = error as? AdvisorError else { return false }
      return error.problems.first?.hasPrefix("inbox.json:1:") == true
    }
  }

  @Test func aMissingRulesFolderIsNamed() {
    #expect {
      _ = try Advisor(ruleFolders: ["/no/such/rules"])
    } throws: { error in
      (error as? AdvisorError)?.description.contains("/no/such/rules") == true
    }
  }

  @Test func aWeakProposalGetsAdvice() throws {
    let advisor = try Advisor()
    let proposal = try advisor.readProposal(
      atPath: Self.root + "/scenarios/proposals/two-islands.proposal.json")
    let assessment = try advisor.assess(proposal)
    #expect(assessment.verdict != "ready")
    #expect(!assessment.recommendations.isEmpty)
    #expect(!assessment.reasons.isEmpty)
    #expect(
      assessment.findings.filter { $0.outcome == .failed }.allSatisfy { $0.advice != nil })
  }
}
