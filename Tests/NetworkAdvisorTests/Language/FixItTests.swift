import Foundation
import Testing

@testable import NetworkAdvisor

/// Fix-its: a misspelling with one close candidate gets a fix-it, and applying it yields
/// input that no longer has that diagnostic.
@Suite struct FixItTests {
  static let base = LoaderDiagnosticTests.base

  /// Rule text appended to ``base`` with one misspelling, the id of the diagnostic it
  /// causes, and what the fix-it replaces with what.
  struct Case: CustomTestStringConvertible, Sendable {
    var extra: String, id: String
    var original: String, replacement: String
    var testDescription: String { "\(id): \(original) → \(replacement)" }
  }

  /// A valid rule whose condition is `condition`.
  static func rule(when condition: String, area: String = "knots", extra: String = "") -> String {
    "rule x.y\n title \"T\"\n area \(area)\n\(extra) source \"Networked learning activity\"\n passes when \(condition)\n advice \"A\"\n example pass { \"knots\": [ { \"name\": \"K\", \"type\": \"joint-work\" } ] }\n example fail {}\nend\n"
  }

  static let cases: [Case] = [
    Case(
      extra: rule(when: "exists k in knots: k.typ == \"joint-work\""), id: "unknown-field",
      original: "typ", replacement: "type"),
    Case(
      extra: rule(when: "exists k in knots: k.type == \"joint-wrk\""), id: "unknown-value",
      original: "\"joint-wrk\"", replacement: "\"joint-work\""),
    Case(
      extra: rule(when: "siz(knots) > 0"), id: "unknown-function", original: "siz",
      replacement: "size"),
    Case(
      extra: rule(when: "size(knts) > 0"), id: "unknown-name", original: "knts",
      replacement: "knots"),
    Case(
      extra: rule(when: "size(knots) > 0", area: "knot"), id: "unknown-area", original: "knot",
      replacement: "knots"),
    Case(
      extra: rule(when: "size(knots) > 0", extra: " presumes knots.som\n"), id: "unknown-rule",
      original: "knots.som", replacement: "knots.some"),
    Case(
      extra: "disable rule knots.som\n", id: "unknown-rule", original: "knots.som",
      replacement: "knots.some"),
    Case(
      extra: rule(when: "size(knots) > 0").replacingOccurrences(of: " title", with: " titel"),
      id: "unexpected-token", original: "titel", replacement: "title"),
    Case(
      extra: "aera extra \"Extra\" weight 1\n", id: "unknown-declaration", original: "aera",
      replacement: "area"),
  ]

  static func diagnostics(of text: String) -> [Diagnostic] {
    let file = SourceFile(name: "local.rules", text: text)
    do {
      return try FrameworkLoader.load(
        [RuleSource(name: "t", files: [file])], subject: ProposalSubject()
      ).warnings
    } catch {
      return error.diagnostics
    }
  }

  @Test(arguments: cases)
  func applyingTheFixItRemovesTheDiagnostic(_ test: Case) throws {
    let text = Self.base + test.extra
    let found = Self.diagnostics(of: text).filter { $0.id.rawValue == test.id }
    let diagnostic = try #require(found.first, "no \(test.id) in \(Self.diagnostics(of: text))")
    let fixIt = try #require(diagnostic.fixIts.first, "no fix-it for: \(diagnostic.message)")
    #expect(fixIt.original == test.original)
    #expect(fixIt.replacement == test.replacement)
    #expect(fixIt.summary == "replace '\(test.original)' with '\(test.replacement)'")
    #expect(
      DiagnosticRenderer().render(diagnostic).contains(
        "      = fix-it: replace '\(test.original)' with '\(test.replacement)'\n"))
    let fixed = FixIt.apply(diagnostic.fixIts, to: text, named: "local.rules")
    let after = Self.diagnostics(of: fixed)
    #expect(!after.contains { $0.id.rawValue == test.id }, "still: \(after.map(\.message))")
    #expect(!after.contains { $0.severity == .error }, "\(after.map(\.message))")
  }

  @Test func noFixItWhenTwoCandidatesAreEquallyClose() {
    // 'knots.som' is one edit from 'knots.some' and from 'knots.son'.
    let text =
      Self.base + Self.rule(when: "true").replacingOccurrences(of: "x.y", with: "knots.son")
      + "disable rule knots.som\n"
    let diagnostic = Self.diagnostics(of: text).first { $0.id == "unknown-rule" }
    #expect(diagnostic != nil)
    #expect(diagnostic?.hint != nil)
    #expect(diagnostic?.fixIts.isEmpty == true)
  }

  @Test(arguments: [
    ("\"name\"", "\"nmae\"", "name"),
    ("\"joint-work\"", "\"joint-wrok\"", "joint-work"),
  ])
  func aMisspeltProposalKeyOrValueIsFixed(_ right: String, _ wrong: String, _ candidate: String)
    throws
  {
    let path = "scenarios/proposals/riverside.proposal.json"
    let original = try String(contentsOfFile: Fixtures.path(path), encoding: .utf8)
    let range = try #require(original.range(of: right))
    let broken = original.replacingCharacters(in: range, with: wrong)
    let problems: [Diagnostic]
    switch ProposalDocument.read(Array(broken.utf8), name: "p.json") {
    case .success: problems = []
    case .failure(let error): problems = error.diagnostics
    }
    let diagnostic = try #require(
      problems.first { !$0.fixIts.isEmpty }, "\(problems.map(\.message))")
    #expect(diagnostic.id == "invalid-proposal")
    #expect(diagnostic.fixIts.map(\.replacement) == ["\"\(candidate)\""])
    let fixed = FixIt.apply(diagnostic.fixIts, to: broken, named: "p.json")
    #expect(fixed == original)
    #expect((try? ProposalDocument.read(Array(fixed.utf8), name: "p.json").get()) != nil)
  }

  @Test func onlyCloseNeedsExactlyOneCandidate() {
    #expect(EditDistance.onlyClose(to: "typ", among: ["type", "name"]) == "type")
    #expect(EditDistance.onlyClose(to: "cat", among: ["bat", "hat"]) == nil)
    #expect(EditDistance.onlyClose(to: "zzzz", among: ["type"]) == nil)
  }

  @Test func aFixItReplacesOnlyTheWordItNames() {
    let file = SourceFile(name: "f", text: "k.typ == 1")
    #expect(FixIt(replacing: "typ", at: SourceRange(file, 2..<5), with: "type") != nil)
    #expect(FixIt(replacing: "typ", at: SourceRange(file, 1..<5), with: "type") == nil)
    #expect(FixIt(replacing: "typ", at: nil, with: "type") == nil)
  }
}
