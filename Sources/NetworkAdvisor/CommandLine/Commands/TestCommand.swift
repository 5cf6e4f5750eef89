import Foundation

/// `network-advisor test`: runs scenario suites, shows what moved under other rules, and
/// rewrites expectations after a deliberate change.
enum TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "test",
    abstract:
      "Run scenario files: proposals with the grades, verdicts and findings they should get.",
    discussion: """
      Scenario files end in .scenario.json; a folder is searched for them, and the default is
      the scenarios/ folder here. The output ends with a line 'N passed, N failed'.
      """)

  /// What `test` reads from its command line.
  struct Options: ParsableOptions, Equatable {
    /// The scenario files and folders.
    @Parsed(.scenarioPaths) var paths = ["scenarios"]
    @Parsed(.rules()) var rules: [String] = []
    @Parsed(
      .option(
        "--filter", value: "text",
        help: "Run only the scenarios whose title or path contains this text."))
    var filter: String? = nil
    @Parsed(.option("--junit", value: "file", help: "Also write the results as JUnit XML."))
    var junit: String? = nil
    @Parsed(
      .option(
        "--baseline-rules", value: "dir",
        help: "Also run under these rules and list every scenario that moved (repeatable).",
        isRepeatable: true))
    var baselineRules: [String] = []
    @Parsed(.flag("--baseline-default", help: "Compare with the built-in default rules."))
    var usesBaselineDefault = false
    @Parsed(
      .option(
        "--tolerance", value: "points",
        help: "Score changes up to this size do not count as moving (default \(.default))."),
      atLeast: 0)
    var tolerance = 0.5
    @Parsed(.flag("--quiet", short: "-q", help: "Print only failing scenarios and the last line."))
    var isQuiet = false
    @Parsed(
      .flag(
        "--coverage",
        help:
          "Also print, for each rule, in how many scenarios it passed, failed and did not apply, and the rules none sees fail."
      ))
    var printsCoverage = false
    @Parsed(
      .option(
        "--coverage-json", value: "file",
        help: "Also write that coverage as JSON (network-coverage/1); '-' for standard output."))
    var coverageJSON: String? = nil
    @Parsed(
      .flag(
        "--update",
        help:
          "Rewrite failing scenarios' expectations to the current results, and say what changed."
      ))
    var updates = false

    /// Whether to run under other rules too and list what moved.
    var hasBaseline: Bool { usesBaselineDefault || !baselineRules.isEmpty }
  }

  static func run(_ options: Options, _ console: Console) -> ExitCode {
    let junit = options.junit
    guard let framework = CommandSupport.loadFramework(options.rules, console) else {
      writeLoadErrors(
        [("rules", "The rules did not load: \(options.rules.joined(separator: ", "))")],
        to: junit, console)
      return .invalidInput
    }
    var baseline: Framework?
    if options.hasBaseline {
      guard let loaded = CommandSupport.loadFramework(options.baselineRules, console) else {
        return .invalidInput
      }
      baseline = loaded
    }
    let named = options.paths
    guard
      let paths = CommandSupport.expand(named, suffix: ".scenario.json", recursively: true, console)
    else {
      writeLoadErrors(
        [
          (
            named.joined(separator: " "),
            "No scenario files found in: \(named.joined(separator: ", "))"
          )
        ],
        to: junit, console)
      return .invalidInput
    }
    guard var scenarios = readScenarios(paths, framework, junit: junit, console) else {
      return .invalidInput
    }
    if let filter = options.filter?.lowercased() {
      scenarios = scenarios.filter {
        $0.title.lowercased().contains(filter) || $0.path.lowercased().contains(filter)
      }
    }
    let run = runAll(
      scenarios, framework, update: options.updates, quiet: options.isQuiet, console)
    if let baseline {
      reportMovements(
        scenarios, from: baseline, to: framework, tolerance: options.tolerance, console)
    }
    guard reportCoverage(of: scenarios, framework, options, inputs: paths, console) else {
      return .invalidInput
    }
    if let junit {
      guard CommandSupport.emit(JUnitReport.render(run.cases), to: junit, inputs: paths, console)
      else {
        return .invalidInput
      }
    }
    console.print(
      (options.isQuiet && run.failed == 0 ? "" : "\n")
        + "\(run.passed) passed, \(run.failed) failed\n")
    return run.failed == 0 ? .success : .shortfall
  }

  /// `--coverage` and `--coverage-json`, when asked for; `false` when the JSON cannot be
  /// written.
  private static func reportCoverage(
    of scenarios: [Scenario], _ framework: Framework, _ options: Options,
    inputs paths: [String], _ console: Console
  ) -> Bool {
    guard options.printsCoverage || options.coverageJSON != nil else { return true }
    let coverage = ScenarioCoverage(framework: framework, scenarios: scenarios)
    if options.printsCoverage { console.print("\n" + coverage.text()) }
    guard let file = options.coverageJSON else { return true }
    return CommandSupport.emit(
      JSONWriter.pretty(coverage.json(framework: framework)) + "\n", to: file, inputs: paths,
      console, option: options.$coverageJSON)
  }

  /// Every scenario file read against the framework; `nil` after printing every problem
  /// (and writing `--junit`) when any does not read.
  private static func readScenarios(
    _ paths: [String], _ framework: Framework, junit: String?, _ console: Console
  ) -> [Scenario]? {
    var scenarios: [Scenario] = []
    var problems: [Diagnostic] = []
    var unreadable: [(file: String, error: String)] = []
    for path in paths {
      switch ScenarioReader.read(path: path, framework: framework) {
      case .success(let scenario): scenarios.append(scenario)
      case .failure(let error):
        problems += error.diagnostics
        unreadable.append((path, DiagnosticRenderer().render(error.diagnostics)))
      }
    }
    guard problems.isEmpty else {
      writeLoadErrors(unreadable, to: junit, console)
      console.report(problems)
      console.printError(
        "\(problems.count) problem\(problems.count == 1 ? "" : "s") in the scenario files; nothing was run.\n"
      )
      return nil
    }
    let warnings = scenarios.flatMap(\.proposal.diagnostics)
    if !warnings.isEmpty { console.report(warnings) }
    return scenarios
  }

  /// Writes `--junit` with each file that could not be read as an errored test, so that a CI
  /// system never shows an earlier, green file for a run that did not happen.
  private static func writeLoadErrors(
    _ errors: [(file: String, error: String)], to junit: String?, _ console: Console
  ) {
    guard let junit else { return }
    let cases = errors.map {
      JUnitReport.Case(name: $0.file, file: $0.file, mismatches: [], seconds: 0, error: $0.error)
    }
    _ = CommandSupport.emit(
      JUnitReport.render(cases), to: junit, inputs: errors.map(\.file), console)
  }

  private static func runAll(
    _ scenarios: [Scenario], _ framework: Framework, update: Bool, quiet: Bool,
    _ console: Console
  )
    -> (passed: Int, failed: Int, cases: [JUnitReport.Case])
  {
    var passed = 0
    var failed = 0
    var cases: [JUnitReport.Case] = []
    for scenario in scenarios {
      let start = DispatchTime.now().uptimeNanoseconds
      let assessment = Assessment(
        framework: framework, subjectName: scenario.proposal.proposal.name,
        fields: scenario.proposal.fields)
      var mismatches = ScenarioCheck.mismatches(scenario, assessment)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      if update, !mismatches.isEmpty {
        mismatches = rewrite(scenario, to: assessment, framework: framework, console)
        if mismatches.isEmpty {
          passed += 1
          cases.append(
            .init(name: scenario.title, file: scenario.path, mismatches: [], seconds: seconds))
          continue
        }
      }
      cases.append(
        .init(name: scenario.title, file: scenario.path, mismatches: mismatches, seconds: seconds))
      if mismatches.isEmpty {
        passed += 1
        if !quiet { console.print("PASS  \(scenario.title)  [\(scenario.path)]\n") }
      } else {
        failed += 1
        console.print("FAIL  \(scenario.title)  [\(scenario.path)]\n")
        for mismatch in mismatches {
          console.print(
            "        \(mismatch.what): expected \(mismatch.expected), got \(mismatch.actual)\n")
        }
      }
    }
    return (passed, failed, cases)
  }

  /// Rewrites a scenario's expectations; the mismatches that remain after reading it again.
  private static func rewrite(
    _ scenario: Scenario, to assessment: Assessment, framework: Framework, _ console: Console
  )
    -> [Mismatch]
  {
    let (text, changes) = ScenarioUpdater.update(scenario, with: assessment)
    // Nothing to rewrite: what fails is left to decide by hand.
    guard !changes.isEmpty else { return ScenarioCheck.mismatches(scenario, assessment) }
    if case .failure(let failure) = OutputFile.write(text, to: scenario.path) {
      console.report([
        Diagnostic(CommandProblem.cannotWrite(failure.message, hint: failure.hint), at: nil)
      ])
      return ScenarioCheck.mismatches(scenario, assessment)
    }
    console.print("UPDATED  \(scenario.title)  [\(scenario.path)]\n")
    for change in changes { console.print("        \(change)\n") }
    guard case .success(let reread) = ScenarioReader.read(path: scenario.path, framework: framework)
    else {
      return [
        Mismatch(
          what: "update", expected: "a valid scenario", actual: "a file that no longer reads")
      ]
    }
    return ScenarioCheck.mismatches(reread, assessment)
  }

  private static func reportMovements(
    _ scenarios: [Scenario], from baseline: Framework, to current: Framework,
    tolerance: Double, _ console: Console
  ) {
    var moved = 0
    console.print(
      "\nWhat moved from the baseline rules (\(baseline.digest)) to these rules (\(current.digest)); scores within \(NumberText.plain(tolerance)) points count as unmoved:\n"
    )
    for scenario in scenarios {
      let fields = scenario.proposal.fields
      let name = scenario.proposal.proposal.name
      let movement = Movement.between(
        Assessment(framework: baseline, subjectName: name, fields: fields),
        Assessment(framework: current, subjectName: name, fields: fields), for: scenario,
        tolerance: tolerance)
      guard !movement.changes.isEmpty else { continue }
      moved += 1
      console.print("  \(scenario.title)  [\(scenario.path)]\n")
      for change in movement.changes { console.print("      \(change)\n") }
    }
    console.print(
      "  \(moved) of \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s") moved.\n")
  }
}
