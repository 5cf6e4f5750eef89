import Testing

@testable import NetworkAdvisor

/// Each command's options are declared once, with ``Parsed``: the declaration gives the
/// spec's parameter, the default (in help too) and the property the value is read into.
@Suite struct ParsedOptionsTests {
  /// Every command that takes words through the parser, `rules`' subcommands included.
  static let commands = NetworkAdvisorCLI.commands + RulesCommand.commands

  /// The options `type` reads from `parsed`, seen without their type.
  static func read<Options: ParsableOptions>(_ type: Options.Type, _ parsed: ParsedArguments)
    throws(UsageError.Problem) -> [any ParsedParameter]
  {
    declarations(of: try Options(parsed))
  }

  /// The ``Parsed`` properties of a value of options, in order.
  static func declarations(of options: some ParsableOptions) -> [any ParsedParameter] {
    Mirror(reflecting: options).children.compactMap { $0.value as? any ParsedParameter }
  }

  static func command(_ name: String) throws -> NetworkAdvisorCLI.Command {
    try #require(commands.first { $0.spec.name == name })
  }

  /// A word for the parameter at `index` that every parameter of its kind accepts: its last
  /// choice, else a small number (a whole number, a number of points, a file name).
  static func word(for parameter: CommandSpec.Parameter, at index: Int) -> String {
    parameter.choices?.last ?? String(index + 2)
  }

  /// The words the required arguments need, and nothing else.
  static func requiredWords(_ spec: CommandSpec) -> [String] {
    spec.arguments.enumerated().filter { !$0.element.isOptional }.map {
      word(for: $0.element, at: $0.offset)
    }
  }

  @Test(arguments: commands.map(\.spec.name))
  func theSpecListsTheDeclarationsInOrder(_ name: String) throws {
    let command = try Self.command(name)
    let declared = command.options.parameters.map(\.name)
    let listed = (command.spec.arguments + command.spec.options).map(\.name)
    #expect(listed == declared + [CommandSpec.Parameter.help.name])
  }

  /// Every argument, option and flag of every command, all given at once, lands in the
  /// property its declaration is bound to, as written.
  @Test(arguments: commands.map(\.spec.name))
  func everyParameterRoundTripsToItsProperty(_ name: String) throws {
    let command = try Self.command(name)
    var words: [String] = []
    var expected: [String: String] = [:]
    for (index, parameter) in (command.spec.arguments + command.spec.options).enumerated()
    where parameter.name != CommandSpec.Parameter.help.name {
      let word = Self.word(for: parameter, at: index)
      switch parameter.kind {
      case .flag:
        words.append(parameter.name)
        expected[parameter.name] = "true"
      case .positional where parameter.isRepeatable:
        words += [word, word + "0"]
        expected[parameter.name] = "\(word) \(word)0"
      case .positional:
        words.append(word)
        expected[parameter.name] = word
      case .option where parameter.isRepeatable:
        words += [parameter.name, word, parameter.name + "=" + word + "0"]
        expected[parameter.name] = "\(word) \(word)0"
      case .option:
        words += [parameter.name + "=" + word]
        expected[parameter.name] = word
      }
    }
    let parsed = try ArgumentParser.parse(words, for: command.spec)
    let declarations = try Self.read(command.options, parsed)
    #expect(declarations.count == expected.count)
    for declaration in declarations {
      let parameter = declaration.projectedValue
      #expect(declaration.valueText == expected[parameter.name], "\(name) \(parameter.name)")
    }
  }

  /// With only its required arguments, every parameter holds its declared default, and
  /// help names each default from that one declaration: no help writes a default itself.
  @Test(arguments: commands.map(\.spec.name))
  func leftOutEachParameterHoldsTheDefaultItsHelpNames(_ name: String) throws {
    let command = try Self.command(name)
    let parsed = try ArgumentParser.parse(Self.requiredWords(command.spec), for: command.spec)
    for declaration in try Self.read(command.options, parsed) {
      let parameter = declaration.projectedValue
      let literal = parameter.helpText.parts.map {
        if case .text(let text) = $0 { text } else { "" }
      }.joined()
      #expect(
        parameter.helpText.namesDefault || !literal.contains("(default"),
        "\(parameter.name) writes its default by hand")
      guard parameter.isOptional else { continue }
      #expect(declaration.valueText == parameter.defaultText, "\(name) \(parameter.name)")
      if parameter.helpText.namesDefault, let defaultText = parameter.defaultText {
        #expect(parameter.help.components(separatedBy: defaultText).count >= 2)
        #expect(
          parameter.help.contains("default: \(defaultText)")
            || parameter.help.contains("default \(defaultText)"))
      }
    }
  }

  /// The defaults as help shows them, each written once in the source, next to its property.
  @Test func theDefaultsAsHelpShowsThem() throws {
    let plan = try Self.command("plan").spec.options
    let test = try Self.command("test").spec.options
    #expect(
      plan.first { $0.name == "--max-changes" }?.help.contains("(default: 8, at most 30)") == true)
    #expect(plan.first { $0.name == "--target" }?.help.hasSuffix("(default: ready).") == true)
    #expect(test.first { $0.name == "--tolerance" }?.help.hasSuffix("(default 0.5).") == true)
    #expect(
      try Self.command("test").spec.arguments.first?.help
        == "Scenario files or folders (default: scenarios).")
    #expect(TestCommand.Options().tolerance == 0.5)
    #expect(PlanCommand.Options().maxChanges == 8)
  }

  /// Options of one kind each, to read values that do not convert.
  struct Sample: ParsableOptions, Equatable {
    @Parsed(.positional("name", help: "A name.")) var name: String
    @Parsed(.option("--count", value: "n", help: "How many (default: \(.default))."), in: 1...9)
    var count = 3
    @Parsed(.option("--points", value: "p", help: "Points."), atLeast: 0) var points = 0.5
    @Parsed(.option("--note", value: "text", help: "A note.")) var note: String? = nil
    @Parsed(.flag("--loud", help: "Loud.")) var isLoud = false

    static let spec = CommandSpec(name: "sample", abstract: "A sample.", reading: Self.self)
  }

  @Test func aSampleReadsItsWordsAndItsDefaults() throws {
    let spec = Sample.spec
    #expect(spec.options.first?.help == "How many (default: 3).")
    let given = try Sample(
      ArgumentParser.parse(["n", "--count", "9", "--points=2", "--loud"], for: spec))
    #expect(given.name == "n")
    #expect(given.count == 9)
    #expect(given.points == 2)
    #expect(given.note == nil)
    #expect(given.isLoud)
    let defaults = try Sample(ArgumentParser.parse(["n"], for: spec))
    #expect((defaults.count, defaults.points, defaults.isLoud) == (3, 0.5, false))
    #expect(defaults.$count.name == "--count")
  }

  @Test(arguments: [
    (
      ["n", "--count", "10"],
      UsageError.Problem.notAWholeNumber("10", of: "--count <n>", range: 1...9)
    ),
    (["n", "--count", "x"], .notAWholeNumber("x", of: "--count <n>", range: 1...9)),
    (["n", "--points", "-1"], .notANumber("-1", of: "--points <p>", minimum: 0)),
    (
      ["n", "--points", "-1", "--count", "0"],
      .notAWholeNumber("0", of: "--count <n>", range: 1...9)
    ),
  ])
  func aValueThatDoesNotConvertIsTheFirstProblemInDeclarationOrder(
    _ words: [String], _ problem: UsageError.Problem
  ) throws {
    let parsed = try ArgumentParser.parse(words, for: Sample.spec)
    #expect(throws: problem) { try Sample(parsed) }
  }

  @Test func helpTextWritesTheDefaultInItsPlace() {
    let help: HelpText = "From \(1) to \(2) (default: \(.default))."
    #expect(help.namesDefault)
    #expect(help.text(default: "7") == "From 1 to 2 (default: 7).")
    let plain: HelpText = "No default."
    #expect(!plain.namesDefault)
    #expect(plain.text(default: nil) == "No default.")
  }
}
