import Foundation
import Testing

@testable import NetworkAdvisor

/// `network-advisor compare`: many proposals side by side.
@Suite struct CompareTests {
  static let folder = Fixtures.path("scenarios/proposals")

  @Test func textRanksTheNetworksBestFirst() {
    let result = Fixtures.run(["compare", Self.folder])
    #expect(result.status == .success)
    let lines = result.output.split(separator: "\n")
    #expect(lines[0].hasPrefix("Network"))
    #expect(lines[1].contains("100  ready"))
    let count = try! FileManager.default.contentsOfDirectory(atPath: Self.folder).filter {
      $0.hasSuffix(".json")
    }.count
    #expect(lines.contains { $0.hasPrefix("\(count) proposals: ") })
    let heads = lines.firstIndex { $0.hasPrefix("Heads' Breakfast Club") }!
    let islands = lines.firstIndex { $0.hasPrefix("Northfield and Southbank Schools") }!
    #expect(islands < heads)
    #expect(lines.contains { $0.hasPrefix("<script>alert(\"network\")</script> & Par…  E") })
  }

  @Test func jsonKeepsTheOrderGiven() throws {
    let files = ["two-islands", "riverside"].map { Self.folder + "/\($0).proposal.json" }
    let result = Fixtures.run(["compare"] + files + ["--format", "json"])
    #expect(result.status == .success)
    let json = try JSONReader.parse(result.output)
    #expect(json["format"]?.kind == .string("network-comparison/1"))
    guard case .array(let networks)? = json["networks"]?.kind else {
      Issue.record("no networks")
      return
    }
    #expect(
      networks.map { $0["network"]?.kind } == [
        .string("Northfield and Southbank Schools"), .string("Riverside Learning Network"),
      ])
    #expect(networks[1]["grade"]?.kind == .string("A"))
    // The area score is whatever the default rules give: read it from an assessment.
    let islands = try ProposalDocument.read(
      Array(try Data(contentsOf: URL(fileURLWithPath: files[0]))), name: "two-islands"
    ).get()
    let assessment = Assessment(
      framework: Fixtures.framework, subjectName: "two-islands", fields: islands.fields)
    let knots = assessment.areas.first { $0.area.id == "knots" }!.score!
    #expect(networks[0]["areas"]?["knots"]?.kind == .number((knots * 10).rounded() / 10))
  }

  @Test func markdownEscapesNames() {
    let result = Fixtures.run(["compare", Self.folder, "--format", "markdown"])
    #expect(result.status == .success)
    #expect(result.output.contains("## Area grades"))
    #expect(!result.output.contains("<script>"))
  }

  @Test func anEmptyFolderIsAnError() {
    let result = Fixtures.run(["compare", Fixtures.temporaryFolder()])
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("has no .json files"))
  }
}
