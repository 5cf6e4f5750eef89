import Foundation

extension RulesCommand {
  /// `rules sensitivity [PATH]...`: loads the rules and the scenarios, then moves each
  /// number of the framework a step each way (see ``RulesSensitivity``).
  static func sensitivity(_ options: SensitivityOptions, _ console: Console) -> ExitCode {
    guard let layers = CommandSupport.loadLayers(options.rules, console),
      let framework = CommandSupport.loadFramework(layers: layers, console)
    else { return .invalidInput }
    guard
      let paths = CommandSupport.expand(
        options.paths, suffix: ".scenario.json", recursively: true, console)
    else { return .invalidInput }
    var proposals: [[Value]] = []
    var problems: [Diagnostic] = []
    for path in paths {
      switch ScenarioReader.read(path: path, framework: framework) {
      case .success(let scenario): proposals.append(scenario.proposal.fields)
      case .failure(let error): problems += error.diagnostics
      }
    }
    guard problems.isEmpty else {
      console.report(problems)
      console.printError(
        "\(problems.count) problem\(problems.count == 1 ? "" : "s") in the scenario files; nothing was measured.\n"
      )
      return .invalidInput
    }
    let result = RulesSensitivity(framework: framework, layers: layers, proposals: proposals)
    if options.format == .json {
      console.print(JSONWriter.pretty(result.json(framework: framework)) + "\n")
    } else {
      console.print(result.text())
    }
    return .success
  }
}
