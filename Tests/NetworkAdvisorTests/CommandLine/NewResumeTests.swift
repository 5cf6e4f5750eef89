import Foundation
import Testing

@testable import NetworkAdvisor

/// `new` loses nothing when its answers end early: the answers given so far are kept in a
/// new file, and `new --resume FILE` carries on from the next question to the same
/// proposal an unbroken session writes.
@Suite struct NewResumeTests {
  /// The questionnaire's answers for a small network (wrong answers included), without the
  /// file name, which `--output` gives.
  static func answers(assess: String = "n") -> [String] {
    let marker = "FILE-NAME-ANSWER"
    return QuestionnaireTests.answers(file: marker, assess: assess)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { $0 != marker }
  }

  static func run(_ arguments: [String], _ lines: some Sequence<String>) -> (
    status: ExitCode, output: String, errors: String
  ) {
    Fixtures.run(
      ["new"] + arguments, input: lines.joined(separator: "\n") + "\n",
      environment: QuestionnaireTests.wide)
  }

  static func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

  /// The proposal an unbroken session writes.
  static let whole: String = {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    let result = run(["--output", path], answers())
    precondition(result.status == .success, result.errors)
    return text(path)!
  }()

  /// Cut after any number of lines (a wrong answer, a default taken, a list ended), the
  /// session keeps what was accepted; resumed with the rest, it writes the same proposal.
  @Test(arguments: [1, 4, 5, 9, 17, 30, 52, 60])
  func aSessionCutShortIsKeptAndResumes(_ cut: Int) throws {
    let lines = Self.answers()
    try #require(cut < lines.count - 2)
    let folder = Fixtures.temporaryFolder()
    let output = folder + "/valley.json"
    let first = Self.run(["--output", output], lines.prefix(cut))
    #expect(first.status == .invalidInput)
    #expect(!FileManager.default.fileExists(atPath: output))
    let kept = folder + "/valley-answers.txt"
    let keptText = try #require(Self.text(kept), "\(first.errors)")
    #expect(
      first.errors.contains(
        "error: the answers ended before the questions did, so no proposal was written.\n"))
    #expect(first.errors.contains("given so far are kept in \(kept), one a line.\n"))
    #expect(
      first.errors.contains(
        "  To carry on from the next question:\n"
          + "    network-advisor new --output \(output) --resume \(kept)\n"))
    // Only accepted answers are kept: every wrong answer among the first lines is left out.
    #expect(KeptAnswers.lines(of: keptText).count <= cut)

    let second = Self.run(["--output", output, "--resume", kept], lines.dropFirst(cut))
    #expect(second.status == .success, "\(second.errors)")
    #expect(second.output.hasPrefix("Carrying on from \(kept): "))
    #expect(Self.text(output) == Self.whole)
    // The answers file is an input of the resumed session: still there, unchanged.
    #expect(Self.text(kept) == keptText)
  }

  /// A session cut short twice keeps each time, in a new file, and still ends where an
  /// unbroken one does.
  @Test func aSessionCutShortTwiceResumesTwice() throws {
    let lines = Self.answers()
    let folder = Fixtures.temporaryFolder()
    let output = folder + "/valley.json"
    _ = Self.run(["--output", output], lines.prefix(10))
    let first = folder + "/valley-answers.txt"
    _ = Self.run(["--output", output, "--resume", first], lines[10..<40])
    let second = folder + "/valley-answers-2.txt"
    #expect(FileManager.default.fileExists(atPath: second))
    let result = Self.run(["--output", output, "--resume", second], lines.dropFirst(40))
    #expect(result.status == .success, "\(result.errors)")
    #expect(Self.text(output) == Self.whole)
  }

  /// An existing file is never written over: the answers go to the next free name.
  @Test func anExistingFileIsNeverWrittenOver() throws {
    let folder = Fixtures.temporaryFolder()
    let taken = folder + "/valley-answers.txt"
    try "keep me\n".write(toFile: taken, atomically: true, encoding: .utf8)
    try "keep me too\n".write(
      toFile: folder + "/valley-answers-2.txt", atomically: true, encoding: .utf8)
    let result = Self.run(["--output", folder + "/valley.json"], Self.answers().prefix(6))
    #expect(result.status == .invalidInput)
    #expect(Self.text(taken) == "keep me\n")
    #expect(Self.text(folder + "/valley-answers-2.txt") == "keep me too\n")
    let kept = folder + "/valley-answers-3.txt"
    #expect(result.errors.contains("kept in \(kept),"))
    #expect(KeptAnswers.lines(of: Self.text(kept) ?? "").first == "Valley Readers")
  }

  /// Editing with `--from`: the answers are kept beside the proposal edited, and the
  /// command to resume names it again.
  @Test func anEditCutShortResumesWithTheSameProposal() throws {
    let (folder, source) = try QuestionnaireTests.riversideCopy()
    let enter = Array(repeating: "", count: 400)
    let whole = Self.run(["--from", source, "--output", folder + "/whole.json"], enter)
    #expect(whole.status == .success, "\(whole.errors)")
    let output = folder + "/edited.json"
    let first = Self.run(
      ["--from", source, "--output", output], ["Riverside Readers"] + enter.prefix(20))
    #expect(first.status == .invalidInput)
    let kept = folder + "/edited-answers.txt"
    #expect(
      first.errors.contains(
        "network-advisor new --from \(source) --output \(output) --resume \(kept)\n"))
    let second = Self.run(["--from", source, "--output", output, "--resume", kept], enter)
    #expect(second.status == .success, "\(second.errors)")
    let edited = try QuestionnaireTests.object(at: output)
    #expect(edited["name"] as? String == "Riverside Readers")
    let unchanged = try QuestionnaireTests.object(at: folder + "/whole.json")
    #expect(edited["knots"] as? NSArray == unchanged["knots"] as? NSArray)
    #expect(edited["schools"] as? NSArray == unchanged["schools"] as? NSArray)
  }

  /// When the place beside `--output` cannot be written (here, a folder that does not
  /// exist), the answers go to the temporary folder, and the message says where.
  @Test func anUnwritablePlaceKeepsTheAnswersInTheTemporaryFolder() throws {
    let missing = Fixtures.temporaryFolder() + "/no-such-folder"
    let name = "valley-\(UInt32.random(in: 0...UInt32.max))"
    let result = Self.run(["--output", "\(missing)/\(name).json"], Self.answers().prefix(3))
    #expect(result.status == .invalidInput)
    let kept = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(name)-answers.txt")
    defer { try? FileManager.default.removeItem(atPath: kept) }
    #expect(result.errors.contains("kept in \(kept), one a line."), "\(result.errors)")
    #expect(KeptAnswers.lines(of: Self.text(kept) ?? "") == Array(Self.answers().prefix(3)))
  }

  /// With no answer given there is nothing to keep, and no file is made.
  @Test func noAnswerKeepsNoFile() throws {
    let folder = Fixtures.temporaryFolder()
    let result = Self.run(["--output", folder + "/valley.json"], [String]())
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("before the first question was answered; nothing was written"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  /// Answers that end at "Assess it now?" lose nothing: the proposal is already written.
  @Test func answersEndingAfterTheProposalIsWrittenLoseNothing() {
    let path = Fixtures.temporaryFolder() + "/valley.json"
    let result = Self.run(["--output", path], Self.answers().dropLast())
    #expect(result.status == .success, "\(result.errors)")
    #expect(result.errors.isEmpty)
    #expect(Self.text(path) == Self.whole)
  }

  /// A file that cannot be read as answers is refused with exit status 2.
  @Test func aMissingOrBinaryAnswersFileIsRefused() throws {
    let folder = Fixtures.temporaryFolder()
    let missing = Self.run(["--resume", folder + "/none.txt"], [String]())
    #expect(missing.status == .invalidInput)
    #expect(missing.errors.contains("none.txt"), "\(missing.errors)")
    let binary = folder + "/binary.txt"
    #expect(
      FileManager.default.createFile(atPath: binary, contents: Data([0xFF, 0xFE, 0x00, 0x41])))
    let refused = Self.run(["--resume", binary], [String]())
    #expect(refused.status == .invalidInput)
    #expect(refused.errors.contains("is not text (UTF-8), so it is not a file of answers"))
  }

  /// Lines end with or without a carriage return; the last line's end is optional.
  @Test func linesAreReadAsTheyAreWritten() {
    for answers in [["a", "", "b c"], [""], ["", ""], ["x"]] {
      #expect(KeptAnswers.lines(of: KeptAnswers.text(of: answers)) == answers)
    }
    #expect(KeptAnswers.lines(of: "a\r\n\r\nb") == ["a", "", "b"])
  }
}
