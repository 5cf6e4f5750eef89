import Foundation
import Testing

@testable import NetworkAdvisor

/// `network-advisor new`, with answers piped in.
@Suite struct QuestionnaireTests {
  /// Wide enough that no message is wrapped, so messages can be found whole.
  static let wide = ["COLUMNS": "400"]

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
      // The leader's school answered by its name; the knot's schools by name and by id.
      "distributed", "A. Patel", "nowhere", "Riverside Primary", "co-leader", "two", "2",
      "J. Okafor", "", "", "",  // a second leader with nothing else
      "", "maybe", "y",  // no more leaders; management plan, wrong then yes
      "Reading enquiry", "collaborative-enquiry", "riverside-primary, nope",
      "hill school, riverside-primary", "teachers, pupils",
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
    let result = Fixtures.run(["new"], input: Self.answers(file: path), environment: Self.wide)
    #expect(result.status == .success, "\(result.errors)")
    let written = try ProposalDocument.read(
      Array(FileManager.default.contents(atPath: path)!), name: path
    ).get()
    #expect(written.proposal.name == "Valley Readers")
    #expect(written.proposal.schools.map(\.id) == ["riverside-primary", "hill"])
    #expect(written.proposal.knots.map(\.name) == ["Reading enquiry", "Steering group"])
    #expect(written.proposal.knots.first?.schools == ["hill", "riverside-primary"])
    let raw = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: path)!)
    let leadership = (raw as? [String: Any])?["leadership"] as? [String: Any]
    let leaders = leadership?["leaders"] as? [[String: Any]]
    #expect(leaders?.first?["school"] as? String == "riverside-primary")
    #expect(
      written.proposal.partners.map(\.brokerage) == [ProposalFormat.brokerageRole.values, []])
    #expect(result.output.contains("Wrote \(path)."))
  }

  @Test func wrongAnswersAreAskedAgain() {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    let output = Fixtures.run(["new"], input: Self.answers(file: path), environment: Self.wide)
      .output
    for message in [
      "'3' is not one of the choices. Answer with a number from 1 to 2. Please try again.",
      "An id uses lower-case letters, digits and hyphens, starting with a letter or digit. Please try again.",
      "'secondry' is not one of the choices. Did you mean 'secondary'? Please try again.",
      "'9' is not one of the choices. Answer with a number from 1 to 5. Please try again.",
      "'nowhere' is not one of the schools' ids or names (riverside-primary, hill). Please try again.",
      "Answer with a number of 0 or more, such as 2 or 1.5. Please try again.",
      "Answer y or n. Please try again.",
      "'nope' is not one of the schools' ids or names (riverside-primary, hill). Please try again.",
      "Answer with a whole number of 0 or more. Please try again.",
      "Answer with a whole number of 1 or more. Please try again.",
    ] {
      #expect(output.contains(message), "\(message)")
    }
  }

  /// Answers that end early write no proposal, and keep what was answered (see
  /// `NewResumeTests`).
  @Test func endOfInputWritesNoProposalAndKeepsTheAnswers() {
    let folder = Fixtures.temporaryFolder()
    let result = Fixtures.run(
      ["new", "--output", folder + "/x.json"], input: "Half a network\nan idea\n",
      environment: Self.wide)
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.hasPrefix(
        "error: the answers ended before the questions did, so no proposal was written.\n"
          + "  The 2 answers given so far are kept in \(folder)/x-answers.txt, one a line.\n"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/x.json"))
    #expect(
      (try? String(contentsOfFile: folder + "/x-answers.txt", encoding: .utf8))
        == "Half a network\nan idea\n")
  }

  @Test func anExistingFileIsReplacedOnlyWhenAsked() throws {
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/valley.json"
    try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
    let keep = Fixtures.run(
      ["new"], input: Self.answers(file: path, assess: "n\n"), environment: Self.wide)
    #expect(keep.status == .success)
    #expect(keep.output.contains("already exists. Replace it? (y/n) [n]: n"))
    #expect(keep.output.contains("Nothing was written."))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")

    let replace = Fixtures.run(
      ["new"], input: Self.answers(file: path, assess: "y\nn"), environment: Self.wide)
    #expect(replace.status == .success)
    #expect(try String(contentsOfFile: path, encoding: .utf8) != "keep me")
  }

  @Test func offersToAssessTheProposal() {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    let result = Fixtures.run(
      ["new"], input: Self.answers(file: path, assess: "y"), environment: Self.wide)
    #expect(result.status == .success)
    #expect(result.output.contains("Framework: Networked Learning Communities (NCSL)"))
    #expect(result.output.contains("For every finding: network-advisor assess \(path)"))
  }

  @Test func backGoesToThePreviousQuestion() throws {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    var lines = Self.answers(file: path).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    // Back from the first purpose question to the name, which is answered anew.
    lines.insert(contentsOf: ["<", "Valley Writers"], at: 1)
    // Back from the first question goes nowhere.
    lines.insert("<", at: 0)
    let result = Fixtures.run(["new"], input: lines.joined(separator: "\n"), environment: Self.wide)
    #expect(result.status == .success, "\(result.errors)")
    #expect(result.output.contains("This is the first question; there is none before it."))
    #expect(result.output.contains("Back to the previous question."))
    let written = try ProposalDocument.read(
      Array(FileManager.default.contents(atPath: path)!), name: path
    ).get()
    #expect(written.proposal.name == "Valley Writers")
    #expect(written.proposal.knots.map(\.name) == ["Reading enquiry", "Steering group"])
  }

  @Test func backWorksDeepInTheQuestions() throws {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    var lines = Self.answers(file: path).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    // After the first knot's type, go back twice (to its name), rename it and type again.
    let type = try #require(lines.firstIndex(of: "collaborative-enquiry"))
    lines.insert(contentsOf: ["<", "<", "Writing enquiry", "joint-work"], at: type + 1)
    let result = Fixtures.run(["new"], input: lines.joined(separator: "\n"), environment: Self.wide)
    #expect(result.status == .success, "\(result.errors)")
    let written = try ProposalDocument.read(
      Array(FileManager.default.contents(atPath: path)!), name: path
    ).get()
    #expect(written.proposal.knots.map(\.name) == ["Writing enquiry", "Steering group"])
    #expect(written.proposal.knots.map(\.type) == ["joint-work", "collective-planning"])
    #expect(written.proposal.schools.map(\.id) == ["riverside-primary", "hill"])
  }

  @Test func aPipedNoIsNotTakenForAFileName() throws {
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/valley.json"
    try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
    let result = Fixtures.run(
      ["new"], input: Self.answers(file: path, assess: "n\nn\n"), environment: Self.wide)
    #expect(result.status == .success)
    #expect(
      result.output.contains(
        "'n' looks like an answer to a yes-or-no question, not a file name. Type a file name such as network.json, or press Enter to write nothing. Please try again."
      ))
    #expect(result.output.contains("Nothing was written."))
    #expect(!FileManager.default.fileExists(atPath: "n"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/n"))
  }

  /// Enter for every question keeps every earlier answer.
  static let keepEverything = String(repeating: "\n", count: 400)

  @Test func fromAProposalKeepsEveryAnswerOnEnter() throws {
    let (folder, source) = try Self.riversideCopy()
    let kept = Fixtures.run(
      ["new", "--from", source], input: Self.keepEverything, environment: Self.wide)
    #expect(kept.status == .success, "\(kept.errors)")
    let written = folder + "/riverside-edited.json"
    #expect(kept.output.contains("Wrote \(written)."))
    #expect(try Self.object(at: written) == Self.object(at: source))
  }

  @Test func fromAProposalChangesOnlyWhatIsAnsweredAnew() throws {
    let (folder, source) = try Self.riversideCopy()
    let before = try ProposalDocument.read(
      Array(FileManager.default.contents(atPath: source)!), name: source
    ).get()
    // A new name; the purpose's idea cleared; the rest kept.
    let result = Fixtures.run(
      ["new", "--from", source, "--output", folder + "/renamed.json"],
      input: "Riverside Readers\n-\n" + Self.keepEverything, environment: Self.wide)
    #expect(result.status == .success, "\(result.errors)")
    let after = try ProposalDocument.read(
      Array(FileManager.default.contents(atPath: folder + "/renamed.json")!), name: "renamed"
    ).get()
    #expect(after.proposal.name == "Riverside Readers")
    let purpose = try Self.object(at: folder + "/renamed.json")["purpose"] as? NSDictionary
    #expect(purpose?["idea"] == nil)
    #expect(
      purpose?["pupilLearningFocus"] as? String
        == (try Self.object(at: source)["purpose"] as? NSDictionary)?["pupilLearningFocus"]
        as? String)
    #expect(after.proposal.knots.map(\.name) == before.proposal.knots.map(\.name))
    #expect(after.proposal.schools.map(\.id) == before.proposal.schools.map(\.id))
  }

  @Test func fromAProposalNeverWritesOverIt() throws {
    let (_, source) = try Self.riversideCopy()
    let original = try String(contentsOfFile: source, encoding: .utf8)
    let result = Fixtures.run(
      ["new", "--from", source, "--output", source], input: Self.keepEverything,
      environment: Self.wide)
    #expect(result.status == .success)
    #expect(result.output.contains("is the proposal being edited; it is never written over."))
    #expect(result.output.contains("Nothing was written."))
    #expect(try String(contentsOfFile: source, encoding: .utf8) == original)
  }

  @Test func fromAnInvalidProposalIsRefused() {
    let folder = Fixtures.folder(with: ["bad.json": "{ \"format\": \"network-proposal/1\" }"])
    let result = Fixtures.run(
      ["new", "--from", folder + "/bad.json"], input: Self.keepEverything, environment: Self.wide)
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("missing required key"))
    #expect(result.output.isEmpty)
  }

  @Test func theHintQuotesAPathWithSpaces() {
    let path = Fixtures.temporaryFolder() + "/my valley.json"
    let result = Fixtures.run(
      ["new"], input: Self.answers(file: path, assess: "y"), environment: Self.wide)
    #expect(result.output.contains("For every finding: network-advisor assess '\(path)'"))
  }

  /// A copy of the Riverside example in a fresh folder, to edit with `--from`.
  static func riversideCopy() throws -> (folder: String, file: String) {
    let folder = Fixtures.temporaryFolder()
    let file = folder + "/riverside.json"
    try FileManager.default.copyItem(
      atPath: Fixtures.path("scenarios/proposals/riverside.proposal.json"), toPath: file)
    return (folder, file)
  }

  static func object(at path: String) throws -> NSDictionary {
    let data = try #require(FileManager.default.contents(atPath: path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
  }

  /// At 60 columns every line the questionnaire writes fits (answers echoed after a
  /// question aside, as a terminal would wrap what is typed).
  @Test func fitsSixtyColumns() {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    let answers = Self.answers(file: path, assess: "y")
    let typed = Set(answers.split(separator: "\n").map(String.init))
    let result = Fixtures.run(["new"], input: answers, environment: ["COLUMNS": "60"])
    #expect(result.status == .success)
    // The closing command is for copying, so it is never broken.
    for line in result.output.split(separator: "\n") where !line.hasPrefix("For every finding:") {
      var shown = String(line)
      if let colon = shown.range(of: ": ", options: .backwards),
        typed.contains(String(shown[colon.upperBound...]))
      {
        shown = String(shown[..<colon.upperBound])
      }
      #expect(shown.count <= 60, "\(shown.count) columns: \(shown)")
    }
  }

  /// The phase offered by default follows the school's name, so that pressing Enter does not
  /// record a high school or a nursery as primary.
  @Test(arguments: [
    ("Hilltop High School", "secondary"), ("Fernlea Nursery", "nursery"),
    ("Greys Special School", "special"), ("Dale Infants", "primary"),
    ("Castle Hill Juniors", "primary"), ("St Mary's Sixth Form College", "post-16"),
    ("Valley All-Through School", "all-through"), ("Riverside Primary", "primary"),
    ("Moorside Academy", "primary"),
  ])
  func thePhaseOfferedFollowsTheName(_ name: String, _ phase: String) {
    #expect(Questionnaire.likelyPhase(ofSchoolNamed: name) == phase)
  }
}
