/// `network-advisor rules list|check|docs`: look at the framework itself.
enum RulesCommand {
  static var subcommands: [String] { spec.subcommands.map(\.word) }

  /// What `rules list` and `rules docs` read from their command lines.
  struct Options: ParsableOptions, Equatable {
    @Parsed(.rules()) var rules: [String] = []
  }

  /// What `rules check` reads from its command line.
  struct CheckOptions: ParsableOptions, Equatable {
    @Parsed(.rules()) var rules: [String] = []
    @Parsed(
      .flag("--quiet", short: "-q", help: "Print only problems; nothing when there are none."))
    var isQuiet = false
  }

  /// The formats of the `rules sensitivity` table.
  enum SensitivityFormat: String, OptionChoice { case text, json }

  /// What `rules sensitivity` reads from its command line.
  struct SensitivityOptions: ParsableOptions, Equatable {
    /// The scenario files and folders.
    @Parsed(.scenarioPaths) var paths = ["scenarios"]
    @Parsed(.rules()) var rules: [String] = []
    @Parsed(.format(SensitivityFormat.self, of: "table")) var format = SensitivityFormat.text
  }

  static let listSpec = CommandSpec(
    name: "rules list", abstract: "List the framework's rules by area.", reading: Options.self)
  static let checkSpec = CommandSpec(
    name: "rules check",
    abstract:
      "Check the rule files: syntax, names, types, and that every example gives its declared outcome.",
    reading: CheckOptions.self)
  static let docsSpec = CommandSpec(
    name: "rules docs",
    abstract:
      "Print a Markdown catalogue of the framework: areas, grades, rules, sources and examples.",
    reading: Options.self)

  static let sensitivitySpec = CommandSpec(
    name: "rules sensitivity",
    abstract:
      "For each weight, threshold and cap, how many scenario grades and verdicts change when it moves a step down or up.",
    discussion: """
      A weight moves by 1, a grade threshold by 1 point, a cap by one grade, a number declared
      with 'let' by 1 (by 0.05 when it is a fraction). The numbers that change most outcomes
      come first.
      """,
    reading: SensitivityOptions.self)

  static let spec = CommandSpec(
    name: "rules", abstract: "List, check or document the framework's rules.",
    subcommands: [listSpec, checkSpec, docsSpec, sensitivitySpec])

  static func spec(for subcommand: String) -> CommandSpec? {
    spec.subcommands.first { $0.word == subcommand }
  }

  /// The subcommands, each with what it does.
  static let commands: [NetworkAdvisorCLI.Command] = [
    .init(spec: listSpec, run: list),
    .init(spec: checkSpec, run: check),
    .init(spec: docsSpec, run: docs),
    .init(spec: sensitivitySpec, run: sensitivity),
  ]

  /// The subcommand called `word`, such as `check`.
  static func command(for word: String) -> NetworkAdvisorCLI.Command? {
    commands.first { $0.spec.word == word }
  }

  /// `rules list`: the rules by area.
  static func list(_ options: Options, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      return .invalidInput
    }
    console.print(list(framework))
    return .success
  }

  /// `rules docs`: the Markdown catalogue.
  static func docs(_ options: Options, _ console: Console) -> ExitCode {
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      return .invalidInput
    }
    console.print(RulesCatalogue.markdown(for: framework, subject: framework.recordType))
    return .success
  }

  static func list(_ framework: Framework) -> String {
    var text =
      "\(framework.name): \(framework.rules.count) rules in \(framework.areas.count) areas\n"
    let width = framework.rules.map(\.id.count).max() ?? 0
    for (index, area) in framework.areas.enumerated() {
      text += "\n\(area.title) [\(area.id), weight \(NumberText.plain(area.weight))]\n"
      for rule in framework.rules where rule.areaIndex == index {
        let essential = rule.cap.map { "  (essential, caps at \($0))" } ?? ""
        text +=
          "  \(rule.id)\(String(repeating: " ", count: width - rule.id.count))  \(rule.title)\(essential)\n"
        if let aim = rule.aim {
          text += String(repeating: " ", count: width + 4) + "aim: \(aim)\n"
        }
      }
    }
    return text
  }

  /// Loads the rules and runs every example. Problems in the rules themselves (they do not
  /// load) and examples with the wrong outcome both mean the check found problems: exit 1.
  static func check(_ options: CheckOptions, _ console: Console) -> ExitCode {
    guard let layers = CommandSupport.loadLayers(options.rules, console) else {
      return .invalidInput
    }
    let loaded: (framework: Framework, warnings: [Diagnostic])
    do throws(DiagnosticError) {
      loaded = try FrameworkLoader.load(layers, subject: ProposalSubject())
    } catch {
      console.report(error.diagnostics)
      console.printError(
        "rules check: \(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s").\n"
      )
      return .shortfall
    }
    let problems =
      loaded.warnings + loaded.framework.uncoveredItems() + loaded.framework.checkExamples()
      + loaded.framework.applicabilityUnexercised()
    if !problems.isEmpty { console.report(problems) }
    let errors = problems.filter { $0.severity == .error }.count
    let examples = loaded.framework.rules.reduce(0) { $0 + $1.examples.count }
    if errors > 0 {
      console.printError("rules check: \(errors) error\(errors == 1 ? "" : "s").\n")
      return .shortfall
    }
    if options.isQuiet { return .success }
    let items = loaded.framework.seedLists.reduce(0) { $0 + $1.items.count }
    console.print(
      "rules check: \(loaded.framework.rules.count) rules in \(loaded.framework.areas.count) areas are well formed; all \(examples) examples give their declared outcome; all \(items) seed items are checked by a rule.\n"
    )
    return .success
  }
}
