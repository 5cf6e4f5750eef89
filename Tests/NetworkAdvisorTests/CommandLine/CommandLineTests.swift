import Foundation
import Testing

@testable import NetworkAdvisor

/// The command line end to end, in-process: output, error text and exit status.
@Suite struct CommandLineTests {
  static let riverside = Fixtures.path("scenarios/proposals/riverside.proposal.json")

  /// A small proposal with plenty to recommend.
  static let weakProposal = """
    {
      "format": "network-proposal/1",
      "name": "Two Schools",
      "geography": "linked",
      "schools": [ { "id": "a", "name": "Ash Primary" }, { "id": "b", "name": "Beech Primary" } ],
      "knots": [ { "name": "Heads' meeting", "type": "collective-planning", "schools": ["a", "b"] } ]
    }
    """

  static func writeWeakProposal() -> String {
    let path = Fixtures.temporaryFolder() + "/weak.json"
    try! weakProposal.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func version() {
    let result = Fixtures.run(["--version"])
    #expect(result.status == .success)
    #expect(result.output == "network-advisor \(networkAdvisorVersion)\n")
  }

  @Test(arguments: [["--help"], ["-h"], ["help"], []])
  func overview(_ arguments: [String]) {
    let result = Fixtures.run(arguments)
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("OVERVIEW: "))
    #expect(result.output.contains("SUBCOMMANDS:\n  assess "))
    #expect(result.errors.isEmpty)
  }

  @Test(arguments: ["assess", "explain", "rules", "rules check", "rules list", "rules docs"])
  func helpForEachCommand(_ command: String) {
    let words = command.split(separator: " ").map(String.init)
    let viaHelp = Fixtures.run(["help"] + words)
    let viaFlag = Fixtures.run(words + ["--help"])
    #expect(viaHelp.status == .success)
    #expect(viaHelp.output == viaFlag.output)
    #expect(viaHelp.output.contains("USAGE: network-advisor \(command)"))
  }

  @Test func assessHelpIsPinned() {
    #expect(
      Fixtures.run(["assess", "--help"]).output == """
        OVERVIEW: Assess a proposed network against the framework and recommend what to
        change.

        The report grades each area and the network as a whole, says whether the design
        is ready, and lists what to do first. Exit status: 0 when the proposal was
        assessed, 1 when its grade is below --fail-below, 2 when the proposal or the
        command line is invalid (nothing is assessed).

        USAGE: network-advisor assess <proposal> [--format <format>] [--output <file>]
                                      [--rules <dir>] ... [--fail-below <grade>]

        ARGUMENTS:
          <proposal>              A network-proposal/1 JSON file, or - for standard
                                  input.

        OPTIONS:
          --format <format>       The report's format (default: text). (values: text,
                                  markdown, json, html)
          --output <file>         Write the report to a file (whole or not at all)
                                  instead of standard output.
          --rules <dir>           A folder of rules on top of the default (repeatable;
                                  see the README).
          --fail-below <grade>    Exit with status 1 when the overall grade is below
                                  this grade.
          -h, --help              Show help for this command.

        """)
  }

  @Test(arguments: [
    (
      ["asses", "x"],
      "Error: Unknown subcommand 'asses'. Did you mean 'assess'?\nUsage: network-advisor <subcommand>\n  See 'network-advisor --help'.\n"
    ),
    (
      ["--verbose"],
      "Error: Unknown option '--verbose'.\nUsage: network-advisor <subcommand>\n  See 'network-advisor --help'.\n"
    ),
    (
      ["assess"],
      "Error: Missing expected argument '<proposal>'.\nUsage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n                              [--rules <dir>] ... [--fail-below <grade>]\n  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "x", "--formt", "json"],
      "Error: Unknown option '--formt'. Did you mean '--format'?\nUsage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n                              [--rules <dir>] ... [--fail-below <grade>]\n  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "x", "--format", "jsn"],
      "Error: The value 'jsn' is invalid for '--format <format>'. Did you mean 'json'? Please provide one of 'text', 'markdown', 'json', 'html'.\nUsage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n                              [--rules <dir>] ... [--fail-below <grade>]\n  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "x", "--format"],
      "Error: Missing value for '--format <format>'.\nUsage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n                              [--rules <dir>] ... [--fail-below <grade>]\n  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "x", "y"],
      "Error: Unexpected argument 'y'.\nUsage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n                              [--rules <dir>] ... [--fail-below <grade>]\n  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "x", "--format", "json", "--format", "text"],
      "Error: The option '--format' was given more than once.\nUsage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n                              [--rules <dir>] ... [--fail-below <grade>]\n  See 'network-advisor assess --help'.\n"
    ),
    (
      ["rules", "chek"],
      "Error: Unknown subcommand 'rules chek'. Did you mean 'rules check'?\nUsage: network-advisor rules <subcommand>\n  See 'network-advisor rules --help'.\n"
    ),
    (
      ["rules"],
      "Error: Missing subcommand: one of 'list', 'check', 'docs', 'sensitivity'.\nUsage: network-advisor rules <subcommand>\n  See 'network-advisor rules --help'.\n"
    ),
    (
      ["assess", "/no/such/file.json"],
      "error: no such file '/no/such/file.json'\n= hint: check the path, or use - to read standard input\n"
    ),
  ])
  func usageErrors(_ arguments: [String], _ errors: String) {
    let result = Fixtures.run(arguments)
    #expect(result.status == .invalidInput)
    #expect(result.errors == errors)
    #expect(result.output.isEmpty)
  }

  @Test func assessPrintsTheGradeFirst() {
    let result = Fixtures.run(["assess", Self.riverside])
    #expect(result.status == .success)
    #expect(
      result.output.hasPrefix(
        "Riverside Learning Network\nFramework: Networked Learning Communities (NCSL)\n\nGrade A: ")
    )
    #expect(!result.output.contains("\u{1B}["))
  }

  @Test func assessJSONFollowsTheContract() throws {
    let first = Fixtures.run(["assess", Self.riverside, "--format", "json"])
    let second = Fixtures.run(["assess", Self.riverside, "--format", "json"])
    #expect(first.status == .success)
    #expect(first.output == second.output)
    let json = try JSONReader.parse(first.output)
    #expect(json["format"]?.kind == .string("network-assessment/1"))
    #expect(json["network"]?.kind == .string("Riverside Learning Network"))
    guard case .array(let findings)? = json["findings"]?.kind else {
      Issue.record("no findings")
      return
    }
    #expect(findings.count == Fixtures.framework.rules.count)
    #expect(json["framework"]?["rules"]?.kind == .number(Double(Fixtures.framework.rules.count)))
    for key in ["score", "grade", "label", "uncappedGrade", "cappedBy", "verdict"] {
      #expect(json["overall"]?[key] != nil, "overall.\(key)")
    }
    for key in ["rule", "title", "area", "outcome", "essential", "weight", "message", "source"] {
      #expect(findings[0][key] != nil, "findings[0].\(key)")
    }
  }

  @Test func standardInputIsADash() {
    let result = Fixtures.run(["assess", "-", "--format", "json"], input: Self.weakProposal)
    #expect(result.status == .success)
    #expect(result.output.contains("\"network\": \"Two Schools\""))
  }

  @Test func failBelowExitsWithOne() {
    let path = Self.writeWeakProposal()
    let result = Fixtures.run(["assess", path, "--fail-below", "C"])
    #expect(result.status == .shortfall)
    #expect(result.errors.hasSuffix("(--fail-below).\n"))
    #expect(Fixtures.run(["assess", Self.riverside, "--fail-below", "A"]).status == .success)
    #expect(Fixtures.run(["assess", Self.riverside, "--fail-below", "Q"]).status == .invalidInput)
  }

  @Test func invalidProposalIsRefusedWithLocations() {
    let path = Fixtures.temporaryFolder() + "/bad.json"
    try! """
    {
      "format": "network-proposal/1",
      "name": "Bad",
      "geography": "linked",
      "schools": [ { "id": "a", "name": "A" } ],
      "knots": [ { "name": "K", "type": "colaborative-enquiry" } ]
    }
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let result = Fixtures.run(["assess", path])
    #expect(result.status == .invalidInput)
    #expect(result.output.isEmpty)
    #expect(
      result.errors.contains(
        "\(path):6:37: error: knots[0].type: \"colaborative-enquiry\" is not a knot type"))
    #expect(result.errors.contains("= hint: did you mean 'collaborative-enquiry'?"))
  }

  @Test func outputIsWrittenWholeAndNeverOverAnInput() throws {
    let folder = Fixtures.temporaryFolder()
    let input = folder + "/proposal.json"
    try Self.weakProposal.write(toFile: input, atomically: true, encoding: .utf8)
    let report = folder + "/report.json"
    let written = Fixtures.run(["assess", input, "--format", "json", "--output", report])
    #expect(written.status == .success)
    #expect(written.output.isEmpty)
    let text = try String(contentsOfFile: report, encoding: .utf8)
    #expect(text == Fixtures.run(["assess", input, "--format", "json"]).output)

    let refused = Fixtures.run([
      "assess", input, "--output",
      folder + "/../" + URL(fileURLWithPath: folder).lastPathComponent + "/proposal.json",
    ])
    #expect(refused.status == .invalidInput)
    #expect(refused.errors.contains("is an input of this command; it was not overwritten"))
    #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.weakProposal)
  }

  @Test func explainShowsWhyARuleFailed() {
    let path = Self.writeWeakProposal()
    let result = Fixtures.run(["explain", path, "knots.networked-learning-happens"])
    #expect(result.status == .success)
    #expect(result.output.contains("Outcome: fail"))
    #expect(result.output.contains("passes when size(workingKnotNames) > 0\n  → false\n"))
    #expect(result.output.contains("workingKnotNames = []"))
    #expect(
      result.output.contains(
        "Advice: Start with one group in which people from two or more schools"))
    #expect(!result.output.contains("{…}"))
  }

  @Test func explainShowsAggregatesAndNoRecords() {
    let result = Fixtures.run(
      [
        "explain", Fixtures.path("scenarios/proposals/two-islands.proposal.json"),
        "principles.moral-purpose",
      ])
    #expect(result.output.contains("size(schools) = 7"))
    #expect(
      result.output.contains(
        "(exists s in schools: s.takesPart and not s.pupilsReached) = false  (0 of 7 match s.takesPart and not s.pupilsReached)"
      ))
    #expect(!result.output.contains("{…}"))
  }

  @Test func explainCountsItems() {
    let result = Fixtures.run(["explain", Self.riverside, "knots.sustained"])
    #expect(
      result.output.contains("→ true  (6 of 6 match k.event or k.sustained)")
    )
  }

  @Test func explainSuggestsARule() {
    let result = Fixtures.run(["explain", Self.riverside, "knots.designd"])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.hasPrefix(
        "Error: Unknown rule 'knots.designd'. Did you mean 'knots.designed'?\n"))
  }

  @Test func rulesListNamesEveryRule() {
    let result = Fixtures.run(["rules", "list"])
    #expect(result.status == .success)
    for rule in Fixtures.framework.rules { #expect(result.output.contains(rule.id)) }
  }

  @Test func rulesCheckPassesOnTheDefaultRules() {
    let result = Fixtures.run(["rules", "check"])
    #expect(result.status == .success)
    #expect(
      result.output.hasPrefix(
        "rules check: \(Fixtures.framework.rules.count) rules in 12 areas are well formed"))
  }

  /// Runs `rules check` with a folder holding one local rule whose examples are both `{ }`;
  /// the condition stands on line 5 of `local.rules`.
  static func checkLocalRule(id: String, title: String, condition: String) -> (
    folder: String, result: (status: ExitCode, output: String, errors: String)
  ) {
    let folder = Fixtures.folder(with: [
      "local.rules": """
      rule \(id)
        title "\(title)"
        area knots
        source "Networked learning activity"
        passes when \(condition)
        advice "Fix it."
        example pass { }
        example fail { }
      end

      """
    ])
    return (folder, Fixtures.run(["rules", "check", "--rules", folder]))
  }

  @Test func rulesCheckFailsOnABadRuleWithACaret() {
    let (folder, result) = Self.checkLocalRule(
      id: "local.typo", title: "A misspelt field",
      condition: "exists k in knots: k.typ == \"joint-work\"")
    #expect(result.status == .shortfall)
    #expect(
      result.errors == """
        \(folder)/local.rules:5:36: error: unknown field 'typ' of a knot
            5 |   passes when exists k in knots: k.typ == "joint-work"
              |                                    ^~~
              = hint: did you mean 'type'?
              = fix-it: replace 'typ' with 'type'
        rules check: 1 error.

        """)
  }

  @Test func rulesCheckFailsOnAnExampleWithTheWrongOutcome() {
    let (_, result) = Self.checkLocalRule(
      id: "local.wrong", title: "Wrong example", condition: "size(knots) > 0")
    #expect(result.status == .shortfall)
    #expect(
      result.errors.contains("error: this example of 'local.wrong' should pass, but it is a fail"))
  }

  @Test func rulesDocsIsACatalogue() {
    let result = Fixtures.run(["rules", "docs"])
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("# Networked Learning Communities (NCSL)\n"))
    for heading in [
      "## Areas", "## Grades", "## Verdicts", "## Named lists and values", "## Rules",
    ] {
      #expect(result.output.contains(heading))
    }
    #expect(
      result.output.contains(
        "#### `knots.networked-learning-happens`: Some knot does the network's work across schools, meeting regularly"
      ))
    #expect(
      result.output.contains(
        "| `knots[].type` | knot type | one of the five types of networked learning knot |"))
    #expect(
      result.output.contains(
        "| `schoolsInNoKnot` | list of string | the names of the schools that take part in no knot (derived) |"
      ))
    #expect(
      result.output.contains(
        "| `learning-from` | learning from one another | `processes.all-four` |"))
  }

  @Test func rulesDocsExamplesKeepTheirIndentationInFencesWithALanguage() throws {
    let docs = Fixtures.run(["rules", "docs"]).output
    var insideFence = false
    var block: [Substring] = []
    var blocks = 0
    var indentedLines = 0
    for line in docs.split(separator: "\n", omittingEmptySubsequences: false)
    where line.hasPrefix("```") || insideFence {
      if !line.hasPrefix("```") {
        block.append(line)
        if line.hasPrefix("  \"") || line.hasPrefix("    {") { indentedLines += 1 }
        continue
      }
      if insideFence {
        // Each example is JSON as it stands.
        let text = block.joined(separator: "\n")
        #expect(
          (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
            != nil, "\(text)")
        block = []
        blocks += 1
      } else {
        #expect(line.count > 3, "a code fence without a language")
      }
      insideFence.toggle()
    }
    #expect(!insideFence)
    #expect(blocks == Fixtures.framework.rules.reduce(0) { $0 + $1.examples.count })
    // Multi-line examples keep their nesting: inner lines indented, closing brace not.
    #expect(indentedLines > 0)
    #expect(docs.contains("\n}\n```\n"))
  }

  @Test func badRulesFolderIsRefused() {
    let result = Fixtures.run(["assess", Self.riverside, "--rules", "/no/such/folder"])
    #expect(result.status == .invalidInput)
    #expect(result.errors.hasPrefix("error: no folder at '/no/such/folder'"))
  }

  @Test func localRulesLayerOverTheDefault() {
    let folder = Fixtures.folder(with: ["local.rules": "disable rule knots.all-types\n"])
    let result = Fixtures.run(["rules", "list", "--rules", folder])
    #expect(result.status == .success)
    #expect(!result.output.contains("knots.all-types"))
    #expect(result.output.contains("knots.mix"))
  }
}
