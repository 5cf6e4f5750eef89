import Foundation
import Testing

@testable import NetworkAdvisor

/// `network-advisor new`, with answers piped in.
@Suite struct QuestionnaireTests {
  /// Answers for a small network; the lines marked "wrong" are asked again.
  static func answers(file: String, assess: String = "n") -> String {
    [
      "Valley Readers",  // name
      "Every child a reader by eight", "early reading", "",  // purpose
      "3", "linked",  // geography: a wrong answer, then a right one
      "Riverside Primary", "", "primary",  // school 1, suggested id
      "Hill School", "Bad Id", "hill", "secondry", "3",  // school 2: wrong id, wrong phase
      "",  // no more schools
      "Northshire", "local-authority", "1, 2, 9", "all",  // partner with a wrong role
      "Northshire University", "2",
      "",  // no more partners
      // A leader with a wrong school, then wrong days.
      "distributed", "A. Patel", "nowhere", "riverside-primary", "co-leader", "two", "2",
      "J. Okafor", "", "", "",  // a second leader with nothing else
      "", "maybe", "y",  // no more leaders; management plan, wrong then yes
      "Reading enquiry", "collaborative-enquiry", "riverside-primary, nope", "", "teachers, pupils",
      "", "8", "24", "Enquiry into reading",
      "", "all", "pupil, adult", "1,2,3",
      "Steering group", "2", "", "headteachers", "y", "six", "6", "0", "36", "",
      "shared-pd-planning", "", "leadership", "",
      "",  // no more knots
      "All staff", "", "", "", "", "",  // participation
      "Every child", "", "", "",  // principles
      file, assess,
    ].joined(separator: "\n") + "\n"
  }

  @Test func writesAValidProposal() throws {
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/valley.json"
    let result = Fixtures.run(["new"], input: Self.answers(file: path))
    #expect(result.status == .success, "\(result.errors)")
    let written = try ProposalDocument.read(
      Array(FileManager.default.contents(atPath: path)!), name: path
    ).get()
    #expect(written.proposal.name == "Valley Readers")
    #expect(written.proposal.schools.map(\.id) == ["riverside-primary", "hill"])
    #expect(written.proposal.knots.map(\.name) == ["Reading enquiry", "Steering group"])
    #expect(
      written.proposal.partners.map(\.brokerage) == [ProposalFormat.brokerageRole.values, []])
    #expect(result.output.contains("Wrote \(path)."))
  }

  @Test func wrongAnswersAreAskedAgain() {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    let output = Fixtures.run(["new"], input: Self.answers(file: path)).output
    for message in [
      "'3' is not one of the choices. Answer with a number from 1 to 2. Please try again.",
      "An id uses lower-case letters, digits and hyphens, starting with a letter or digit. Please try again.",
      "'secondry' is not one of the choices. Did you mean 'secondary'? Please try again.",
      "'9' is not one of the choices. Answer with a number from 1 to 5. Please try again.",
      "'nowhere' is not one of the schools' ids. Please try again.",
      "Answer with a number of 0 or more, such as 2 or 1.5. Please try again.",
      "Answer y or n. Please try again.",
      "'nope' is not one of the schools' ids (riverside-primary, hill). Please try again.",
      "Answer with a whole number of 0 or more. Please try again.",
      "Answer with a whole number of 1 or more. Please try again.",
    ] {
      #expect(output.contains(message), "\(message)")
    }
  }

  @Test func endOfInputWritesNothing() {
    let folder = Fixtures.temporaryFolder()
    let result = Fixtures.run(
      ["new", "--output", folder + "/x.json"], input: "Half a network\nan idea\n")
    #expect(result.status == .invalidInput)
    #expect(
      result.errors == "error: the answers ended before the questions did; nothing was written.\n")
    #expect(!FileManager.default.fileExists(atPath: folder + "/x.json"))
  }

  @Test func anExistingFileIsReplacedOnlyWhenAsked() throws {
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/valley.json"
    try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
    let keep = Fixtures.run(["new"], input: Self.answers(file: path, assess: "n\n"))
    #expect(keep.status == .success)
    #expect(keep.output.contains("already exists. Replace it? (y/n) [n]: n"))
    #expect(keep.output.contains("Nothing was written."))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")

    let replace = Fixtures.run(["new"], input: Self.answers(file: path, assess: "y\nn"))
    #expect(replace.status == .success)
    #expect(try String(contentsOfFile: path, encoding: .utf8) != "keep me")
  }

  @Test func offersToAssessTheProposal() {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    let result = Fixtures.run(["new"], input: Self.answers(file: path, assess: "y"))
    #expect(result.status == .success)
    #expect(result.output.contains("Framework: Networked Learning Communities (NCSL)"))
    #expect(result.output.contains("For every finding: network-advisor assess \(path)"))
  }
}
