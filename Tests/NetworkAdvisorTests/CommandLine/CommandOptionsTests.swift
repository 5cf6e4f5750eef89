import Testing

@testable import NetworkAdvisor

/// Each command's options are a typed value read from its spec, and every usage error is a
/// case of ``UsageError/Problem`` worded in one place.
@Suite struct CommandOptionsTests {
  /// Words for one command, and the typed options they must give.
  struct RoundTrip: Sendable, CustomTestStringConvertible {
    let spec: CommandSpec
    let words: [String]
    let reads: @Sendable (ParsedArguments) throws(UsageError.Problem) -> Bool

    init<Options: ParsableOptions & Equatable>(
      _ spec: CommandSpec, _ words: [String], _ expected: Options
    ) {
      self.spec = spec
      self.words = words
      self.reads = { parsed throws(UsageError.Problem) in try Options(parsed) == expected }
    }

    var testDescription: String { ([spec.name] + words).joined(separator: " ") }
  }

  /// `options` with what `set` gives it: the required arguments, which have no default to
  /// leave out of the memberwise initialiser.
  static func given<Options>(_ options: Options, _ set: (inout Options) -> Void) -> Options {
    var options = options
    set(&options)
    return options
  }

  static let roundTrips: [RoundTrip] = [
    .init(
      AssessCommand.spec, ["p.json"], given(AssessCommand.Options()) { $0.proposal = "p.json" }),
    .init(
      AssessCommand.spec,
      [
        "-", "--format", "html", "--output=out.html", "--rules", "a", "--rules", "b",
        "--fail-below", "B",
      ],
      given(
        AssessCommand.Options(
          format: .html, output: "out.html", rules: ["a", "b"], failBelow: "B")
      ) { $0.proposal = "-" }),
    .init(
      CompareCommand.spec, ["x", "y"],
      given(CompareCommand.Options()) { $0.proposals = ["x", "y"] }),
    .init(
      CompareCommand.spec,
      [
        "x", "--format", "csv", "--output", "o.csv", "--reports", "r", "--report-format",
        "markdown", "--rules", "a", "--fail-below", "C",
      ],
      given(
        CompareCommand.Options(
          format: .csv, output: "o.csv", reports: "r", reportFormat: .markdown, rules: ["a"],
          failBelow: "C")
      ) { $0.proposals = ["x"] }),
    .init(
      DiffCommand.spec, ["a", "b"], given(DiffCommand.Options()) { ($0.old, $0.new) = ("a", "b") }),
    .init(
      DiffCommand.spec, ["a", "b", "--format", "json", "--output", "d.json", "--rules", "r"],
      given(DiffCommand.Options(format: .json, output: "d.json", rules: ["r"])) {
        ($0.old, $0.new) = ("a", "b")
      }),
    .init(PlanCommand.spec, ["p"], given(PlanCommand.Options()) { $0.proposal = "p" }),
    .init(
      PlanCommand.spec,
      [
        "p", "--target", "B", "--max-changes", "30", "--format", "markdown", "--output", "o",
        "--write-patch", "w", "--rules", "r",
      ],
      given(
        PlanCommand.Options(
          target: "B", maxChanges: 30, format: .markdown, output: "o", writePatch: "w",
          rules: ["r"])
      ) { $0.proposal = "p" }),
    .init(
      ExplainCommand.spec, ["p", "knots.designed", "--rules", "r"],
      given(ExplainCommand.Options(rules: ["r"])) {
        ($0.proposal, $0.ruleID) = ("p", "knots.designed")
      }),
    .init(TestCommand.spec, [], TestCommand.Options()),
    .init(
      TestCommand.spec,
      [
        "s1", "s2", "--rules", "r", "--filter", "knot", "--junit", "j.xml", "--baseline-rules",
        "b1", "--baseline-rules", "b2", "--baseline-default", "--tolerance", "1.5", "-q",
        "--coverage", "--coverage-json", "c.json", "--update",
      ],
      TestCommand.Options(
        paths: ["s1", "s2"], rules: ["r"], filter: "knot", junit: "j.xml",
        baselineRules: ["b1", "b2"], usesBaselineDefault: true, tolerance: 1.5, isQuiet: true,
        printsCoverage: true, coverageJSON: "c.json", updates: true)),
    .init(NewCommand.spec, [], NewCommand.Options()),
    .init(
      NewCommand.spec, ["--output", "n.json", "--from", "old.json", "--resume", "a.txt"],
      NewCommand.Options(output: "n.json", from: "old.json", resume: "a.txt")),
    .init(SchemaCommand.spec, ["--rules", "r"], SchemaCommand.Options(rules: ["r"])),
    .init(
      SchemaCommand.spec, ["--format", "text"], SchemaCommand.Options(format: .text, rules: [])),
    .init(
      CompletionsCommand.spec, ["zsh"], given(CompletionsCommand.Options()) { $0.shell = "zsh" }),
    .init(ManCommand.spec, [], ManCommand.Options()),
    .init(RulesCommand.listSpec, ["--rules", "r"], RulesCommand.Options(rules: ["r"])),
    .init(RulesCommand.docsSpec, ["--rules", "r"], RulesCommand.Options(rules: ["r"])),
    .init(
      RulesCommand.checkSpec, ["--rules", "r", "--quiet"],
      RulesCommand.CheckOptions(rules: ["r"], isQuiet: true)),
    .init(
      RulesCommand.sensitivitySpec, ["s", "--rules", "r", "--format", "json"],
      RulesCommand.SensitivityOptions(paths: ["s"], rules: ["r"], format: .json)),
  ]

  @Test(arguments: roundTrips)
  func wordsBecomeTheTypedOptions(_ trip: RoundTrip) throws {
    let parsed = try ArgumentParser.parse(trip.words, for: trip.spec)
    #expect(try trip.reads(parsed))
  }

  /// Every command that takes words through the parser, `rules`' subcommands included.
  static let specs: [CommandSpec] =
    NetworkAdvisorCLI.commands.map(\.spec) + RulesCommand.commands.map(\.spec)

  /// Every option and argument of every command is read in some round trip above.
  @Test(arguments: specs.map(\.name))
  func everyOptionIsRoundTripped(_ name: String) throws {
    let spec = try #require(Self.specs.first { $0.name == name })
    let trips = Self.roundTrips.filter { $0.spec.name == name }
    #expect(!trips.isEmpty, "no round trip for \(name)")
    let words = Set(trips.flatMap(\.words).map { String($0.split(separator: "=")[0]) })
    for option in spec.options where option.name != CommandSpec.Parameter.help.name {
      #expect(
        words.contains(option.name) || option.shortName.map(words.contains) == true,
        "\(name) \(option.name) is in no round trip")
    }
    if !spec.arguments.isEmpty {
      #expect(trips.contains { !$0.words.isEmpty && !$0.words[0].hasPrefix("-") })
    }
  }

  @Test(arguments: specs.map(\.name))
  func helpWinsOverEverythingElse(_ name: String) throws {
    let spec = try #require(Self.specs.first { $0.name == name })
    let parsed = try ArgumentParser.parse(["--help"], for: spec)
    #expect(parsed.isSet(.help))
  }

  static let file = Fixtures.path("scenarios/proposals/northfield.proposal.json")
  static let folder = Fixtures.path("scenarios")

  /// Each kind of mistake on the command line, and all it prints: exactly as before the
  /// options became typed values.
  static let usageErrors: [([String], String)] = [
    (
      ["assess", "proposal", "--formt", "text"],
      "Error: Unknown option '--formt'. Did you mean '--format'?\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["rules", "check", "--quiet=1"],
      "Error: The flag '--quiet' takes no value.\n"
        + "Usage: network-advisor rules check [--rules <dir>] ... [--quiet]\n"
        + "  See 'network-advisor rules check --help'.\n"
    ),
    (
      ["assess", "proposal", "--format"],
      "Error: Missing value for '--format <format>'.\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "proposal", "--format", "pdf"],
      "Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', 'markdown', 'json', 'html'.\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "proposal", "--format", "jsn"],
      "Error: The value 'jsn' is invalid for '--format <format>'. Did you mean 'json'? Please provide one of 'text', 'markdown', 'json', 'html'.\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "proposal", "--output", "a", "--output", "b"],
      "Error: The option '--output' was given more than once.\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess"],
      "Error: Missing expected argument '<proposal>'.\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "proposal", "extra"],
      "Error: Unexpected argument 'extra'.\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["assess", "proposal", "--fail-below", "Z"],
      "Error: The value 'Z' is invalid for '--fail-below <grade>'. Please provide one of 'A', 'B', 'C', 'D', 'E'.\n"
        + "Usage: network-advisor assess <proposal> [--format <format>] [--output <file>]\n"
        + "                              [--rules <dir>] ... [--fail-below <grade>]\n"
        + "  See 'network-advisor assess --help'.\n"
    ),
    (
      ["compare", "proposal", "--report-format", "html"],
      "Error: '--report-format' needs '--reports <dir>'.\n"
        + "Usage: network-advisor compare <proposal> ... [--format <format>]\n"
        + "                               [--output <file>] [--reports <dir>]\n"
        + "                               [--report-format <format>] [--rules <dir>] ...\n"
        + "                               [--fail-below <grade>]\n"
        + "  See 'network-advisor compare --help'.\n"
    ),
    (
      ["compare", "proposal", "--fail-below", "Z"],
      "Error: The value 'Z' is invalid for '--fail-below <grade>'. Please provide one of 'A', 'B', 'C', 'D', 'E'.\n"
        + "Usage: network-advisor compare <proposal> ... [--format <format>]\n"
        + "                               [--output <file>] [--reports <dir>]\n"
        + "                               [--report-format <format>] [--rules <dir>] ...\n"
        + "                               [--fail-below <grade>]\n"
        + "  See 'network-advisor compare --help'.\n"
    ),
    (
      ["diff", Self.file, Self.folder],
      "Error: '\(Self.file)' and '\(Self.folder)' must both be files or both be folders.\n"
        + "Usage: network-advisor diff <old> <new> [--format <format>] [--output <file>]\n"
        + "                            [--rules <dir>] ...\n"
        + "  See 'network-advisor diff --help'.\n"
    ),
    (
      ["plan", "proposal", "--target", "zzz"],
      "Error: The value 'zzz' is invalid for '--target <target>'. Please provide one of 'A', 'B', 'C', 'D', 'E', 'not-ready', 'ready-with-conditions', 'ready'.\n"
        + "Usage: network-advisor plan <proposal> [--target <target>] [--max-changes <n>]\n"
        + "                            [--format <format>] [--output <file>]\n"
        + "                            [--write-patch <file>] [--rules <dir>] ...\n"
        + "  See 'network-advisor plan --help'.\n"
    ),
    (
      ["plan", "proposal", "--max-changes", "0"],
      "Error: The value '0' is invalid for '--max-changes <n>'. Please provide a whole number from 1 to 30.\n"
        + "Usage: network-advisor plan <proposal> [--target <target>] [--max-changes <n>]\n"
        + "                            [--format <format>] [--output <file>]\n"
        + "                            [--write-patch <file>] [--rules <dir>] ...\n"
        + "  See 'network-advisor plan --help'.\n"
    ),
    (
      ["plan", "proposal", "--max-changes", "lots"],
      "Error: The value 'lots' is invalid for '--max-changes <n>'. Please provide a whole number from 1 to 30.\n"
        + "Usage: network-advisor plan <proposal> [--target <target>] [--max-changes <n>]\n"
        + "                            [--format <format>] [--output <file>]\n"
        + "                            [--write-patch <file>] [--rules <dir>] ...\n"
        + "  See 'network-advisor plan --help'.\n"
    ),
    (
      ["plan", "proposal", "--max-changes", "99"],
      "Error: The value '99' is invalid for '--max-changes <n>'. Please provide a whole number from 1 to 30.\n"
        + "Usage: network-advisor plan <proposal> [--target <target>] [--max-changes <n>]\n"
        + "                            [--format <format>] [--output <file>]\n"
        + "                            [--write-patch <file>] [--rules <dir>] ...\n"
        + "  See 'network-advisor plan --help'.\n"
    ),
    (
      ["plan", "proposal", "--output", "same.json", "--write-patch", "same.json"],
      "Error: '--output' and '--write-patch' must name different files.\n"
        + "Usage: network-advisor plan <proposal> [--target <target>] [--max-changes <n>]\n"
        + "                            [--format <format>] [--output <file>]\n"
        + "                            [--write-patch <file>] [--rules <dir>] ...\n"
        + "  See 'network-advisor plan --help'.\n"
    ),
    (
      ["explain", "proposal", "knots.designd"],
      "Error: Unknown rule 'knots.designd'. Did you mean 'knots.designed'?\n"
        + "Usage: network-advisor explain <proposal> <rule-id> [--rules <dir>] ...\n"
        + "  See 'network-advisor explain --help'.\n"
    ),
    (
      ["explain", "proposal", "zzzzzzzzzzzzzzzzzz"],
      "Error: Unknown rule 'zzzzzzzzzzzzzzzzzz'. 'network-advisor rules list' shows them all.\n"
        + "Usage: network-advisor explain <proposal> <rule-id> [--rules <dir>] ...\n"
        + "  See 'network-advisor explain --help'.\n"
    ),
    (
      ["completions", "bsh"],
      "Error: The value 'bsh' is invalid for '<shell>'. Did you mean 'bash'? Please provide one of 'bash', 'zsh', 'fish'.\n"
        + "Usage: network-advisor completions <shell>\n"
        + "  See 'network-advisor completions --help'.\n"
    ),
    (
      ["completions", "zzzzzz"],
      "Error: The value 'zzzzzz' is invalid for '<shell>'. Please provide one of 'bash', 'zsh', 'fish'.\n"
        + "Usage: network-advisor completions <shell>\n"
        + "  See 'network-advisor completions --help'.\n"
    ),
    (
      ["completions"],
      "Error: Missing expected argument '<shell>'.\n"
        + "Usage: network-advisor completions <shell>\n"
        + "  See 'network-advisor completions --help'.\n"
    ),
    (
      ["test", "--tolerance", "-1"],
      "Error: The value '-1' is invalid for '--tolerance <points>': give a number of 0 or more.\n"
        + "Usage: network-advisor test [<path> ...] [--rules <dir>] ... [--filter <text>]\n"
        + "                            [--junit <file>] [--baseline-rules <dir>] ...\n"
        + "                            [--baseline-default] [--tolerance <points>]\n"
        + "                            [--quiet] [--coverage] [--coverage-json <file>]\n"
        + "                            [--update]\n" + "  See 'network-advisor test --help'.\n"
    ),
    (
      ["test", "--tolerance", "x"],
      "Error: The value 'x' is invalid for '--tolerance <points>': give a number of 0 or more.\n"
        + "Usage: network-advisor test [<path> ...] [--rules <dir>] ... [--filter <text>]\n"
        + "                            [--junit <file>] [--baseline-rules <dir>] ...\n"
        + "                            [--baseline-default] [--tolerance <points>]\n"
        + "                            [--quiet] [--coverage] [--coverage-json <file>]\n"
        + "                            [--update]\n" + "  See 'network-advisor test --help'.\n"
    ),
    (
      ["asess"],
      "Error: Unknown subcommand 'asess'. Did you mean 'assess'?\n"
        + "Usage: network-advisor <subcommand>\n" + "  See 'network-advisor --help'.\n"
    ),
    (
      ["--bogus"],
      "Error: Unknown option '--bogus'.\n" + "Usage: network-advisor <subcommand>\n"
        + "  See 'network-advisor --help'.\n"
    ),
    (
      ["zzzzzzzzz"],
      "Error: Unknown subcommand 'zzzzzzzzz'.\n" + "Usage: network-advisor <subcommand>\n"
        + "  See 'network-advisor --help'.\n"
    ),
    (
      ["rules"],
      "Error: Missing subcommand: one of 'list', 'check', 'docs', 'sensitivity'.\n"
        + "Usage: network-advisor rules <subcommand>\n" + "  See 'network-advisor rules --help'.\n"
    ),
    (
      ["rules", "lst"],
      "Error: Unknown subcommand 'rules lst'. Did you mean 'rules list'?\n"
        + "Usage: network-advisor rules <subcommand>\n" + "  See 'network-advisor rules --help'.\n"
    ),
    (
      ["rules", "zzzzzzz"],
      "Error: Unknown subcommand 'rules zzzzzzz'.\n" + "Usage: network-advisor rules <subcommand>\n"
        + "  See 'network-advisor rules --help'.\n"
    ),
    (
      ["rules", "list", "--bogus"],
      "Error: Unknown option '--bogus'.\n"
        + "Usage: network-advisor rules list [--rules <dir>] ...\n"
        + "  See 'network-advisor rules list --help'.\n"
    ),
    (
      ["help", "asess"],
      "Error: Unknown subcommand 'asess'. Did you mean 'assess'?\n"
        + "Usage: network-advisor <subcommand>\n" + "  See 'network-advisor --help'.\n"
    ),
    (
      ["help", "zzzzzzz"],
      "Error: Unknown subcommand 'zzzzzzz'.\n" + "Usage: network-advisor <subcommand>\n"
        + "  See 'network-advisor --help'.\n"
    ),
    (
      ["help", "rules", "zzz"],
      "Error: Unknown subcommand 'rules zzz'.\n" + "Usage: network-advisor <subcommand>\n"
        + "  See 'network-advisor --help'.\n"
    ),
    (
      ["new", "--from"],
      "Error: Missing value for '--from <proposal>'.\n"
        + "Usage: network-advisor new [--output <file>] [--from <proposal>]\n"
        + "                           [--resume <answers>]\n"
        + "  See 'network-advisor new --help'.\n"
    ),
    (
      ["schema", "--rules"],
      "Error: Missing value for '--rules <dir>'.\n"
        + "Usage: network-advisor schema [--format <format>] [--rules <dir>] ...\n"
        + "  See 'network-advisor schema --help'.\n"
    ),
    (
      ["rules", "sensitivity", "--format", "xml"],
      "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json'.\n"
        + "Usage: network-advisor rules sensitivity [<path> ...] [--rules <dir>] ...\n"
        + "                                         [--format <format>]\n"
        + "  See 'network-advisor rules sensitivity --help'.\n"
    ),
    (
      ["test", "--coverage=yes"],
      "Error: The flag '--coverage' takes no value.\n"
        + "Usage: network-advisor test [<path> ...] [--rules <dir>] ... [--filter <text>]\n"
        + "                            [--junit <file>] [--baseline-rules <dir>] ...\n"
        + "                            [--baseline-default] [--tolerance <points>]\n"
        + "                            [--quiet] [--coverage] [--coverage-json <file>]\n"
        + "                            [--update]\n" + "  See 'network-advisor test --help'.\n"
    ),
    (
      ["compare", "--report-format", "pdf", "proposal"],
      "Error: The value 'pdf' is invalid for '--report-format <format>'. Please provide one of 'html', 'markdown'.\n"
        + "Usage: network-advisor compare <proposal> ... [--format <format>]\n"
        + "                               [--output <file>] [--reports <dir>]\n"
        + "                               [--report-format <format>] [--rules <dir>] ...\n"
        + "                               [--fail-below <grade>]\n"
        + "  See 'network-advisor compare --help'.\n"
    ),
  ]

  @Test(arguments: usageErrors.indices)
  func aUsageErrorPrintsItsMessageAndUsage(_ index: Int) {
    let (words, expected) = Self.usageErrors[index]
    let result = Fixtures.run(words)
    #expect(result.status == .invalidInput)
    #expect(result.status.rawValue == 2)
    #expect(result.errors == expected, "\(words)")
    #expect(result.output.isEmpty)
  }

  /// One of each kind of problem, and its message.
  static let problems: [(UsageError.Problem, String)] = [
    (.unknownOption("--x", suggestion: nil), "Unknown option '--x'."),
    (.flagWithValue("--quiet"), "The flag '--quiet' takes no value."),
    (.missingValue("--format <format>"), "Missing value for '--format <format>'."),
    (
      .notAChoice("j", of: "--format <format>", choices: ["json", "text"], suggests: false),
      "The value 'j' is invalid for '--format <format>'. Please provide one of 'json', 'text'."
    ),
    (
      .notAWholeNumber("0", of: "--max-changes <n>", range: 1...30),
      "The value '0' is invalid for '--max-changes <n>'. Please provide a whole number from 1 to 30."
    ),
    (
      .notANumber("-1", of: "--tolerance <points>", minimum: 0),
      "The value '-1' is invalid for '--tolerance <points>': give a number of 0 or more."
    ),
    (.repeatedOption("--output"), "The option '--output' was given more than once."),
    (.missingArgument("<shell>"), "Missing expected argument '<shell>'."),
    (.unexpectedArgument("extra"), "Unexpected argument 'extra'."),
    (.missingSubcommand(among: ["list", "check"]), "Missing subcommand: one of 'list', 'check'."),
    (.unknownSubcommand("x", suggestion: "man"), "Unknown subcommand 'x'. Did you mean 'man'?"),
    (.needsOption("--a", needs: "--b <dir>"), "'--a' needs '--b <dir>'."),
    (
      .sameFile("--output", "--write-patch"),
      "'--output' and '--write-patch' must name different files."
    ),
    (.mixedFileAndFolder("a", "b"), "'a' and 'b' must both be files or both be folders."),
    (
      .unknownRule("r", suggestion: nil, program: "advisor"),
      "Unknown rule 'r'. 'advisor rules list' shows them all."
    ),
  ]

  @Test(arguments: problems.indices)
  func eachProblemIsWordedOnce(_ index: Int) {
    let (problem, message) = Self.problems[index]
    #expect(problem.message == message)
    #expect(UsageError(problem, spec: nil).rendered.hasPrefix("Error: \(message)\n"))
  }

  /// The table above holds every case of the problem type.
  @Test func everyKindOfProblemIsWorded() {
    let kinds = Set(Self.problems.compactMap { Mirror(reflecting: $0.0).children.first?.label })
    #expect(kinds.count == Self.problems.count)
    #expect(
      kinds == [
        "unknownOption", "flagWithValue", "missingValue", "notAChoice", "notAWholeNumber",
        "notANumber", "repeatedOption", "missingArgument", "unexpectedArgument",
        "missingSubcommand", "unknownSubcommand", "needsOption", "sameFile",
        "mixedFileAndFolder", "unknownRule",
      ])
  }
}
