import Foundation
import Testing

@testable import NetworkAdvisor

/// Issue 12, items 2, 3, 6, 7, 8 and 10: hostile rule files and proposals give located
/// errors and bounded output, never a crash, a stack overflow or a blow-up.
@Suite struct HostileInputTests {
  /// Loads `text` as a layer on top of the default rules, or alone; the problems found.
  static func problems(
    in text: String, named name: String = "local.rules", onTheDefault: Bool = true
  ) -> [Diagnostic] {
    let layer = RuleSource(name: "t", files: [SourceFile(name: name, text: text)])
    do {
      _ = try FrameworkLoader.load(
        (onTheDefault ? [RuleSource.embedded] : []) + [layer], subject: ProposalSubject())
      return []
    } catch {
      return error.diagnostics
    }
  }

  // MARK: Item 2: nesting, counted for every recursive construct

  static let deepExpressions: [(String, String)] = [
    ("a chain of 10,000 additions", "1" + String(repeating: " + 1", count: 9_999)),
    ("a chain of products", "2" + String(repeating: " * 2", count: 5_000)),
    ("a chain of 'and'", "true" + String(repeating: " and true", count: 5_000)),
    ("a chain of 'or'", "false" + String(repeating: " or false", count: 5_000)),
    ("a chain of fields", "leadership" + String(repeating: ".model", count: 5_000)),
    ("nested quantifiers", String(repeating: "exists k in ", count: 5_000) + "knots: true"),
    (
      "nested parentheses",
      String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
    ),
    ("nested lists", String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)),
    ("nested 'not'", String(repeating: "not ", count: 5_000) + "true"),
    ("nested minus", String(repeating: "- ", count: 5_000) + "1"),
    ("nested 'if'", String(repeating: "if true then 1 else ", count: 3_000) + "1"),
    (
      "nested calls",
      String(repeating: "size(", count: 5_000) + "knots" + String(repeating: ")", count: 5_000)
    ),
  ]

  @Test(arguments: deepExpressions)
  func deepExpressionsAreLocatedErrors(_ what: String, _ expression: String) throws {
    let text = "let deep = " + expression + "\n"
    let problems = Self.problems(in: text)
    let nesting = try #require(
      problems.first { $0.message == "the expression nests more than 128 levels deep" },
      "\(what): \(problems.map(\.message).prefix(3))")
    #expect(nesting.location?.file.name == "local.rules")
  }

  /// The bound is the depth of the tree: a chain of 127 additions is fine.
  @Test func aChainJustUnderTheBoundLoads() {
    let text = "let long = 1" + String(repeating: " + 1", count: 126) + "\n"
    #expect(Self.problems(in: text).isEmpty)
  }

  /// Every tree the parser accepts is at most ``Parser/maximumNesting`` deep.
  @Test func acceptedTreesAreBounded() {
    var state: UInt64 = 12
    let pieces = ["1", " + ", " * ", "(", ")", "[", "]", ",", "not ", "- ", "true", " and "]
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<400 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      let file = SourceFile(name: "t", text: text)
      if case (let expression?, _) = Parser.parseExpression(in: file, range: 0..<file.utf8.count) {
        #expect(expression.depth <= Parser.maximumNesting)
      }
    }
  }

  // MARK: Items 3 and 10: numbers and locations in rule files

  @Test(arguments: [String(repeating: "9", count: 400), "1000000000000000"])
  func hugeNumbersInRuleFilesAreLocatedErrors(_ digits: String) throws {
    let text = "let huge = \(digits)\narea odd \"Odd\" weight \(digits)\n"
    let problems = Self.problems(in: text)
    let tooLarge = problems.filter { $0.message.hasSuffix("is too large") }
    #expect(tooLarge.count == 2, "\(problems.map(\.message))")
    #expect(tooLarge.allSatisfy { $0.location != nil })
  }

  /// A weight of 999999999999999 is the largest allowed; reports stay valid with it.
  @Test func theLargestWeightsGiveValidReports() throws {
    let rules = Fixtures.folder(with: [
      "big.rules": "override area knots \"Networked learning knots\" weight 999999999999999\n"
    ])
    let proposal = Fixtures.path("scenarios/proposals/two-islands.proposal.json")
    let json = Fixtures.run(["assess", proposal, "--rules", rules, "--format", "json"])
    #expect(json.status == .success, "\(json.errors)")
    let report = try JSONReader.parse(Array(json.output.utf8))
    guard case .number(let score)? = report["overall"]?["score"]?.kind else {
      Issue.record("no overall score in \(json.output.prefix(200))")
      return
    }
    #expect(score >= 0 && score <= 100)
    let html = Fixtures.run(["assess", proposal, "--rules", rules, "--format", "html"])
    #expect(html.status == .success)
  }

  @Test func unreadableUTF8InARuleFileIsLocated() throws {
    let folder = Fixtures.temporaryFolder()
    let bytes = Array("let fine = 1\nlet bad = \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)
    #expect(FileManager.default.createFile(atPath: folder + "/bad.rules", contents: Data(bytes)))
    let result = Fixtures.run(["rules", "check", "--rules", folder])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.hasPrefix(
        "\(folder)/bad.rules:2:12: error: the file is not UTF-8 text (an invalid byte at offset 24)"
      ), "\(result.errors)")
  }

  @Test func aFrameworkWithoutAreasGradesOrVerdictsIsLocated() {
    let diagnostics = Self.problems(
      in: "framework \"Alone\"\n", named: "alone.rules", onTheDefault: false)
    for id in ["no-areas", "no-grades", "no-otherwise"] {
      let found = diagnostics.first { $0.id.rawValue == id }
      #expect(found?.location?.description == "alone.rules:1:1", "\(id)")
    }
  }

  // MARK: Item 6: bounded diagnostics and reports

  /// A 135 KB one-line proposal gave 153 MB of errors: each printed its whole line.
  @Test func manyErrorsOnOneLongLineStayBounded() {
    let knots = (0..<3000).map { "{\"name\": \"k\($0)\", \"type\": \"enquiry\"}" }
    let text =
      "{\"format\": \"network-proposal/1\", \"name\": \"N\", \"geography\": \"linked\", \"schools\": [{\"id\": \"a\", \"name\": \"A\"}], \"knots\": ["
      + knots.joined(separator: ", ") + "]}"
    #expect(text.utf8.count > 100_000)
    let result = Fixtures.run(["assess", "-"], input: text)
    #expect(result.status == .invalidInput)
    #expect(result.errors.utf8.count < 60_000, "\(result.errors.utf8.count) bytes")
    #expect(result.errors.contains("… and 2950 more problems (the first 50 are shown)"))
    #expect(result.errors.hasSuffix("3000 problems in <stdin>; nothing was assessed.\n"))
    let longest = result.errors.split(separator: "\n").map(\.count).max() ?? 0
    #expect(longest <= DiagnosticRenderer.maximumLineWidth + 12)
  }

  @Test func aLongRuleFileLineIsClippedAroundTheCaret() {
    let text = "let a = " + String(repeating: "1 + ", count: 20_000) + "nope\n"
    let problems = Self.problems(in: text)
    let printed = DiagnosticRenderer().render(problems)
    #expect(printed.utf8.count < 5_000, "\(printed.utf8.count) bytes")
    #expect(printed.contains("…"))
  }

  @Test func theCaretPointsIntoAClippedLine() {
    let line = String(repeating: "x", count: 1000) + "WRONG" + String(repeating: "y", count: 1000)
    let file = SourceFile(name: "f", text: line)
    let printed = DiagnosticRenderer().render(
      Diagnostic(id: "t", "wrong", at: SourceRange(file, 1000..<1005)))
    let lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let source = Array(lines[1])
    let caret = Array(lines[2])
    let column = caret.firstIndex(of: "^")!
    #expect(String(source[column..<column + 5]) == "WRONG")
    #expect(caret[column...].filter { $0 == "^" || $0 == "~" }.count == 5)
  }

  /// The HTML report repeated every knot name for every school: 101 MB from 137 KB.
  @Test func htmlGrowsWithTheProposalNotSchoolsTimesKnots() throws {
    let schools = (0..<1000).map { "{\"id\": \"s\($0)\", \"name\": \"School \($0)\"}" }
    let knots = (0..<300).map {
      "{\"name\": \"\(String(repeating: "K", count: 200))\($0)\", \"type\": \"joint-work\"}"
    }
    let text =
      "{\"format\": \"network-proposal/1\", \"name\": \"N\", \"geography\": \"linked\", \"schools\": ["
      + schools.joined(separator: ",") + "], \"knots\": [" + knots.joined(separator: ",") + "]}"
    let result = Fixtures.run(["assess", "-", "--format", "html"], input: text)
    #expect(result.status == .success)
    #expect(result.output.utf8.count < 10 * text.utf8.count, "\(result.output.utf8.count) bytes")
  }

  // MARK: Item 7: suggestions stay cheap

  /// A sequence that counts how many candidates a search pulls.
  final class CountingCandidates: Sequence, @unchecked Sendable {
    var pulled = 0
    let count: Int
    init(count: Int) { self.count = count }
    func makeIterator() -> AnyIterator<String> {
      var index = 0
      return AnyIterator {
        guard index < self.count else { return nil }
        index += 1
        self.pulled += 1
        return "candidate-\(index)"
      }
    }
  }

  @Test func aSuggestionSearchStopsAtItsBudget() {
    let candidates = CountingCandidates(count: 1_000_000)
    _ = EditDistance.closest(to: "candidat", among: candidates)
    #expect(candidates.pulled <= EditDistance.searchBudget / (8 * 11) + 2)
    #expect(EditDistance.closest(to: String(repeating: "a", count: 65), among: ["a"]) == nil)
  }

  /// Every unknown school reference compared itself with every school id, and each hint
  /// listed every school: a 389 KB proposal ran over 60 s and 1.3 GB.
  @Test func unknownSchoolReferencesGetBoundedHints() {
    let schools = (0..<3000).map { "{\"id\": \"school-\($0)\", \"name\": \"S\"}" }
    let knots = (0..<200).map {
      "{\"name\": \"k\", \"type\": \"joint-work\", \"schools\": [\"scholl-\($0)\"]}"
    }
    let text =
      "{\"format\": \"network-proposal/1\", \"name\": \"N\", \"geography\": \"linked\", \"schools\": ["
      + schools.joined(separator: ",") + "], \"knots\": [" + knots.joined(separator: ",") + "]}"
    guard case .failure(let error) = ProposalDocument.read(Array(text.utf8), name: "p.json") else {
      Issue.record("the proposal should be refused")
      return
    }
    #expect(error.diagnostics.count == 200)
    let suggested = error.diagnostics.filter { $0.hint?.hasPrefix("did you mean") == true }
    #expect(suggested.count == DiagnosticRenderer.maximumShown)
    #expect(
      error.diagnostics.first?.hint
        == "did you mean 'school-0'? Otherwise add the school to \"schools\"")
    #expect(
      error.diagnostics.last?.hint
        == "the member schools are: "
        + (0..<20).map { "school-\($0)" }.joined(separator: ", ")
        + " and 2980 more; or add the school to \"schools\"")
  }

  /// Unknown keys and values are suggested for only as many problems as are shown.
  @Test func unknownKeysGetSuggestionsOnlyWhileShown() {
    let schools = (0..<120).map { "{\"id\": \"s\($0)\", \"nmae\": \"S\"}" }
    let text =
      "{\"format\": \"network-proposal/1\", \"name\": \"N\", \"geography\": \"linked\", \"schools\": ["
      + schools.joined(separator: ",") + "]}"
    guard case .failure(let error) = ProposalDocument.read(Array(text.utf8), name: "p.json") else {
      Issue.record("the proposal should be refused")
      return
    }
    let unknown = error.diagnostics.filter { $0.message.hasSuffix("unknown key \"nmae\"") }
    #expect(unknown.count == 120)
    let suggested = unknown.filter { $0.hint == "did you mean 'name'?" }
    #expect(suggested.count >= 25 && suggested.count <= DiagnosticRenderer.maximumShown)
  }

  /// Each `{` in a string looked for its `}` to the end of the line: a 200 KB line of
  /// `{a` took minutes.
  @Test(.timeLimit(.minutes(1)))
  func aLineOfUnclosedBracesLexesInLinearTime() {
    let text = "let x = \"" + String(repeating: "{a", count: 100_000) + "\"\n"
    let lexed = Lexer.tokens(of: SourceFile(name: "t", text: text))
    #expect(lexed.tokens.count == 5)
    #expect(lexed.diagnostics.isEmpty)
  }

  // MARK: Item 8: the input limit on every path

  @Test func standardInputOverTheLimitIsRefused() {
    let text = "{\"name\": \"" + String(repeating: "x", count: InputFile.maximumBytes) + "\"}"
    let result = Fixtures.run(["assess", "-"], input: text)
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.hasPrefix(
        "error: 'standard input' holds more than 10485760 bytes; a proposal file may have at most 10485760 (10 MiB)"
      ), "\(result.errors.prefix(300))")
  }

  @Test func aLinkToAHugeFileIsRefused() throws {
    let folder = Fixtures.temporaryFolder()
    let huge = folder + "/huge.json"
    #expect(FileManager.default.createFile(atPath: huge, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: huge))
    try handle.truncate(atOffset: UInt64(InputFile.maximumBytes + 1))
    try handle.close()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.json", withDestinationPath: huge)
    let result = Fixtures.run(["assess", folder + "/link.json"])
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("holds more than 10485760 bytes"))
  }

  @Test func readingCountsBytesWhateverTheFileClaims() {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    let chunk = [UInt8](repeating: 0x20, count: 4096)
    let writeEnd = descriptors[1]
    let writer = Thread {
      for _ in 0..<(InputFile.maximumBytes / chunk.count + 8) {
        if chunk.withUnsafeBytes({ write(writeEnd, $0.baseAddress, $0.count) }) < 0 { break }
      }
      close(writeEnd)
    }
    writer.start()
    let result = InputFile.read(descriptor: descriptors[0])
    // Drain what the writer still sends before closing, so that it never writes into a
    // closed pipe: SIGPIPE would end the whole test process.
    var rest = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = rest.withUnsafeMutableBytes { read(descriptors[0], $0.baseAddress, $0.count) }
      if count > 0 || (count < 0 && errno == EINTR) { continue }
      break
    }
    close(descriptors[0])
    #expect(result == .failure(.tooLarge(limit: InputFile.maximumBytes)))
  }

  @Test func ruleAndScenarioFilesHaveTheLimitToo() throws {
    let folder = Fixtures.temporaryFolder()
    for name in ["big.rules", "big.scenario.json"] {
      #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: nil))
      let handle = try #require(FileHandle(forWritingAtPath: folder + "/" + name))
      try handle.truncate(atOffset: UInt64(InputFile.maximumBytes + 1))
      try handle.close()
    }
    let rules = Fixtures.run(["rules", "check", "--rules", folder])
    #expect(rules.status == .invalidInput)
    #expect(rules.errors.contains("a rule file may have at most 10485760"))
    let scenarios = Fixtures.run(["test", folder + "/big.scenario.json"])
    #expect(scenarios.status == .invalidInput)
    #expect(scenarios.errors.contains("a scenario file may have at most 10485760"))
  }
}
