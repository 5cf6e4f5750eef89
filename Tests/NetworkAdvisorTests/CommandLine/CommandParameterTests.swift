import Testing

@testable import NetworkAdvisor

/// One declaration type for positionals, options and flags: how each kind is named in help,
/// usage and errors, and how the parser reads it.
@Suite struct CommandParameterTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let parameter: CommandSpec.Parameter
    let synopsis: String
    let usageName: String
    let placeholder: String?
    let isOptional: Bool
    var testDescription: String { synopsis }
  }

  static let cases = [
    Case(
      parameter: .positional("proposal", help: "p"), synopsis: "<proposal>",
      usageName: "<proposal>", placeholder: "proposal", isOptional: false),
    Case(
      parameter: .positional("path", help: "p", isOptional: true, isRepeatable: true),
      synopsis: "<path>", usageName: "<path>", placeholder: "path", isOptional: true),
    Case(
      parameter: .option("--format", value: "format", help: "f"), synopsis: "--format <format>",
      usageName: "--format <format>", placeholder: "format", isOptional: true),
    Case(
      parameter: .flag("--quiet", short: "-q", help: "q"), synopsis: "-q, --quiet",
      usageName: "--quiet", placeholder: nil, isOptional: true),
  ]

  @Test(arguments: cases)
  func eachKindIsNamedAsHelpAndErrorsShowIt(_ expected: Case) {
    #expect(expected.parameter.synopsis == expected.synopsis)
    #expect(expected.parameter.usageName == expected.usageName)
    #expect(expected.parameter.placeholder == expected.placeholder)
    #expect(expected.parameter.isOptional == expected.isOptional)
  }

  @Test func everyCommandKeepsItsPositionalsApartFromItsOptions() {
    for spec in NetworkAdvisorCLI.table.flatMap({ [$0] + $0.subcommands }) {
      let misplaced =
        spec.arguments.filter { !$0.isPositional } + spec.options.filter { $0.isPositional }
      #expect(misplaced.isEmpty, "\(spec.name): \(misplaced.map(\.name))")
    }
    let toolPositionals = NetworkAdvisorCLI.toolOptions.filter { $0.isPositional }
    #expect(toolPositionals.isEmpty)
  }

  @Test func theParserReadsEachKindThroughItsDeclaration() throws {
    let paths = CommandSpec.Parameter.positional(
      "path", help: "p", isOptional: true, isRepeatable: true)
    let format = CommandSpec.Parameter.option("--format", value: "format", help: "f")
    let quiet = CommandSpec.Parameter.flag("--quiet", short: "-q", help: "q")
    let spec = CommandSpec(name: "x", abstract: "x", arguments: [paths], options: [format, quiet])
    let parsed = try ArgumentParser.parse(["a", "--format=json", "-q", "b"], for: spec)
    #expect(parsed.values(of: paths) == ["a", "b"])
    #expect(parsed.value(of: paths) == "a")
    #expect(parsed.value(of: format) == "json")
    #expect(parsed.isSet(quiet))
    #expect(throws: UsageError.Problem.flagWithValue("--quiet")) {
      try ArgumentParser.parse(["--quiet=yes"], for: spec)
    }
    #expect(throws: UsageError.Problem.missingValue("--format <format>")) {
      try ArgumentParser.parse(["--format"], for: spec)
    }
  }
}
