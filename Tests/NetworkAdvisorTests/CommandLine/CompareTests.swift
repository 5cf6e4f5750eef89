import Foundation
import Testing

@testable import NetworkAdvisor

/// `network-advisor compare`: many proposals side by side.
@Suite struct CompareTests {
  static let folder = Fixtures.path("scenarios/proposals")

  /// Each proposal of the folder, in name order, assessed with the default rules.
  static func assessed() throws -> [(file: String, assessment: Assessment)] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
      .sorted().map { name in
        let path = folder + "/" + name
        let read = try ProposalDocument.read(
          Array(try Data(contentsOf: URL(fileURLWithPath: path))), name: name
        ).get()
        let assessment = Assessment(
          framework: Fixtures.framework, subjectName: read.proposal.name, fields: read.fields)
        return (path, assessment)
      }
  }

  /// The rows come best score first (the score lies in its grade's band, so the grade leads),
  /// then best score of the rules met, whatever the rules make of each proposal.
  @Test func textRanksTheNetworksBestFirst() throws {
    let result = Fixtures.run(["compare", Self.folder])
    #expect(result.status == .success)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("Network"))
    let proposals = try Self.assessed()
    #expect(lines.contains { $0.hasPrefix("\(proposals.count) proposals: ") })
    let ranked = proposals.enumerated().sorted {
      let (a, b) = ($0.element.assessment, $1.element.assessment)
      if a.score != b.score { return a.score > b.score }
      if a.uncappedScore != b.uncappedScore { return a.uncappedScore > b.uncappedScore }
      return $0.offset < $1.offset
    }.map(\.element)
    for (row, proposal) in zip(lines.dropFirst(), ranked) {
      let assessment = proposal.assessment
      #expect(row.hasPrefix(HTML.shortened(assessment.subjectName, to: 40)))
      #expect(row.contains(ComparisonReport.shortenedPath(proposal.file, to: 48)))
      let score = ReportFormatting.score(assessment.score)
      #expect(row.contains(" \(assessment.grade.letter) "))
      #expect(row.contains(" \(score)  \(assessment.verdict) "), "\(row)")
    }
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
    // Grades and area scores are whatever the default rules give: read them from assessments.
    let assessments = try Self.assessed()
    for (network, file) in zip(networks, files) {
      let assessment = try #require(assessments.first { $0.file == file }).assessment
      #expect(network["grade"]?.kind == .string(assessment.grade.letter))
      let knots = assessment.areas.first { $0.area.id == "knots" }!.score!
      #expect(network["areas"]?["knots"]?.kind == .number((knots * 10).rounded() / 10))
    }
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
