import Foundation
import Testing

@testable import NetworkAdvisor

/// Reports name the proposal's fields in plain words: the rules write a field in code quotes
/// (`` `meetingsPerYear` ``), as the format has it, and the assessment says it as the format's
/// plain name ("meetings a year"), so that a network that never opens the file can act on
/// the advice. Readers of the reports found the keys jargon they could not act on.
@Suite struct PlainNamesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let plain: String
    var testDescription: String { text }
  }

  @Test(arguments: [
    Case(text: "its `meetingsPerYear`.", plain: "its meetings a year."),
    Case(text: "a `collective-planning` knot", plain: "a collective planning knot"),
    Case(text: "the `purpose.idea`", plain: "the compelling idea"),
    // A name the format does not have, and a quote with none to close it, stay as written.
    Case(text: "the `unknownKey` and `schools`", plain: "the `unknownKey` and schools"),
    Case(text: "an open `quote", plain: "an open `quote"),
    Case(text: "no names at all", plain: "no names at all"),
  ])
  func aNameInCodeIsSaidInPlainWords(_ test: Case) {
    #expect(CodeSpans.plain(test.text, names: ProposalFormat.plainNames) == test.plain)
  }

  /// Every name the default rules write in code quotes in their advice or reasons has a plain
  /// name, so no report shows one.
  @Test func everyNameTheRulesWriteHasAPlainName() {
    var names = 0
    for file in RuleSource.embedded.files {
      for line in file.text.split(separator: "\n")
      where line.hasPrefix("  advice ") || line.hasPrefix("  inapplicable ") {
        for name in CodeSpans.names(in: String(line)) {
          names += 1
          #expect(ProposalFormat.plainNames[name] != nil, "\(file.name): `\(name)`")
        }
      }
    }
    #expect(names > 100)
  }

  /// On every scenario and generated design, no advice, reason or finding shows a name in
  /// code quotes.
  @Test func noReportShowsANameInCode() {
    for subject in ReportPresentationTests.subjects() {
      let assessment = subject.assessment
      let texts =
        assessment.recommendations.map(\.advice) + assessment.findings.map(\.message)
        + assessment.reasons.map(\.message) + assessment.conditions.map(\.message)
      for text in texts {
        #expect(!text.contains("`"), "\(subject.name): \(text)")
      }
    }
  }

  /// The table of plain names in docs/proposal-format.md is the format's: every field whose
  /// plain name is not its key, and no other.
  @Test func theProposalFormatDocumentListsEveryPlainName() {
    let text = DocsTests.read("docs/proposal-format.md")
    guard let start = text.range(of: "| key | in reports |") else {
      Issue.record("no table of plain names in docs/proposal-format.md")
      return
    }
    var documented: Set<String> = []
    for line in text[start.upperBound...].split(separator: "\n").dropFirst() {
      guard line.hasPrefix("|") else { break }
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      // `knots[].meetingsPerYear` is the field meetingsPerYear.
      let key = cells[0].dropFirst().dropLast()
      let field = key.split(whereSeparator: { $0 == "." || $0 == "]" }).last ?? key[...]
      documented.insert("\(field)=\(cells[1])")
    }
    var declared: Set<String> = []
    for shape in [ProposalFormat.proposal]
      + ProposalJSONSchema.objects(
        within: ProposalFormat.proposal)
    {
      for field in shape.fields where field.plainName != field.name {
        declared.insert("\(field.name)=\(field.plainName)")
      }
    }
    #expect(documented == declared)
  }
}
