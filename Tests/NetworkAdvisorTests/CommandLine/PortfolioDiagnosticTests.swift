import Testing

@testable import NetworkAdvisor

/// `compare --format json` gives a refused file's first problem as a value too: its id,
/// location, hint, notes and fix-its.
@Suite struct PortfolioDiagnosticTests {
  @Test func aRefusedFileCarriesItsFirstDiagnostic() throws {
    let inbox = PortfolioTests.inbox()
    let portfolio = try JSONReader.parse(
      Fixtures.run(["compare", inbox, "--format", "json"]).output)
    /// The row of the file `name` in the inbox.
    func row(_ name: String) -> JSONValue? {
      guard case .array(let rows)? = portfolio["networks"]?.kind else { return nil }
      return rows.first { $0["file"]?.kind == .string(inbox + "/" + name) }
    }
    let misspelt = try #require(row("misspelt.json"))
    // Its first problem, by place, is the key it lacks; the misspelt key comes after.
    let diagnostic = try #require(misspelt["diagnostic"])
    #expect(diagnostic["id"]?.kind == .string("invalid-proposal"))
    #expect(diagnostic["severity"]?.kind == .string("error"))
    #expect(diagnostic["message"]?.kind == .string("geography: missing required key \"geography\""))
    #expect(diagnostic["location"]?["line"]?.kind == .number(1))
    #expect(diagnostic["location"]?["file"]?.kind == .string(inbox + "/misspelt.json"))
    #expect(
      diagnostic["hint"]?.kind == .string("add \"geography\": one of \"linked\", \"dispersed\""))
    #expect(diagnostic["notes"]?.kind == .array([]))
    #expect(diagnostic["fixIts"]?.kind == .array([]))
    let broken = try #require(row("broken.json"))
    #expect(broken["diagnostic"]?["id"]?.kind == .string("malformed-json"))
    #expect(broken["diagnostic"]?["location"]?["column"]?.kind == .number(42))
  }

  @Test func aFixItIsWrittenWithWhatItReplaces() throws {
    let text =
      "{\n  \"format\": \"network-proposal/1\",\n  \"name\": \"N\",\n  \"geography\": \"linkd\",\n  \"schools\": [{\"id\": \"a\", \"name\": \"A\"}]\n}\n"
    guard case .failure(let error) = ProposalDocument.read(Array(text.utf8), name: "p.json") else {
      Issue.record("accepted")
      return
    }
    let json = try #require(error.diagnostics.first { !$0.fixIts.isEmpty }).json
    guard case .array(let fixIts)? = json["fixIts"]?.kind, let fixIt = fixIts.first else {
      Issue.record("no fix-it")
      return
    }
    #expect(fixIt["original"]?.kind == .string("\"linkd\""))
    #expect(fixIt["replacement"]?.kind == .string("\"linked\""))
    #expect(fixIt["location"]?["line"]?.kind == .number(4))
    #expect(fixIt["location"]?["column"]?.kind == .number(16))
    #expect(fixIt["location"]?["length"]?.kind == .number(7))
    let offset = try #require(text.range(of: "\"linkd\""))
    #expect(
      fixIt["location"]?["offset"]?.kind
        == .number(Double(text.utf8.distance(from: text.startIndex, to: offset.lowerBound))))
  }

  @Test func aLocatedNoteIsWrittenWithItsPlace() throws {
    let file = SourceFile(name: "f.rules", text: "rule a.b\nrule a.b\n")
    let diagnostic = Diagnostic(
      FrameworkProblem.declaredTwice(
        .rule, key: "a.b", firstAt: "f.rules:1:6", replacement: "rule a.b"),
      at: SourceRange(file, 14..<17),
      notes: [Diagnostic.Note("'a.b' is first declared here", at: SourceRange(file, 5..<8))])
    let json = diagnostic.json
    #expect(json["id"]?.kind == .string("duplicate-rule"))
    #expect(json["location"]?["line"]?.kind == .number(2))
    guard case .array(let notes)? = json["notes"]?.kind else {
      Issue.record("no notes")
      return
    }
    #expect(notes.first?["message"]?.kind == .string("'a.b' is first declared here"))
    #expect(notes.first?["location"]?["line"]?.kind == .number(1))
    #expect(notes.first?["location"]?["column"]?.kind == .number(6))
    #expect(notes.first?["location"]?["offset"]?.kind == .number(5))
  }
}
