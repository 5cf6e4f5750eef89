import Foundation
import FoundationXML
import Testing

@testable import NetworkAdvisor

/// What people expect of a command-line tool: help that fits, `-h`, completion scripts and a
/// man page made from the one command table, `--quiet`.
@Suite struct ConventionsTests {
  /// Every command as its words: `assess`, `rules check`, …
  static let commandWords: [[String]] = NetworkAdvisorCLI.table.flatMap { spec in
    [spec.name.split(separator: " ").map(String.init)]
      + spec.subcommands.map { $0.name.split(separator: " ").map(String.init) }
  }

  /// Every spec, subcommands included.
  static let allSpecs: [CommandSpec] = NetworkAdvisorCLI.table.flatMap { [$0] + $0.subcommands }

  @Test(arguments: [[]] + commandWords)
  func helpFitsEightyColumnsAndShowsTheShortFlag(_ words: [String]) {
    let result = Fixtures.run(words + ["-h"])
    #expect(result.status == .success, "\(result.errors)")
    #expect(result.output.hasPrefix("OVERVIEW: "))
    #expect(result.output.contains("  -h, --help "))
    for line in result.output.split(separator: "\n") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
    }
    if !words.isEmpty {
      #expect(result.output == Fixtures.run(["help"] + words).output)
    }
  }

  @Test func rulesHelpGivesItsUsageFirst() throws {
    let help = Fixtures.run(["rules", "--help"]).output
    let usage = try #require(help.range(of: "USAGE: network-advisor rules <subcommand>\n"))
    let subcommands = try #require(help.range(of: "SUBCOMMANDS:\n"))
    #expect(usage.lowerBound < subcommands.lowerBound)
    #expect(help.contains("  check  "))
    #expect(help.contains("See 'network-advisor help rules <subcommand>'"))
  }

  @Test(arguments: CompletionScript.shells)
  func completionsNameEveryCommandOptionAndChoice(_ shell: String) {
    let result = Fixtures.run(["completions", shell])
    #expect(result.status == .success)
    let script = result.output
    for spec in Self.allSpecs {
      #expect(script.contains(spec.word), "\(spec.name)")
      for option in spec.options {
        let name = shell == "fish" ? "-l \(option.name.dropFirst(2))" : option.name
        #expect(script.contains(name), "\(spec.name) \(option.name)")
        for choice in option.choices ?? [] { #expect(script.contains(choice)) }
      }
      for choice in spec.arguments.flatMap({ $0.choices ?? [] }) {
        #expect(script.contains(choice), "\(spec.name) \(choice)")
      }
    }
  }

  /// The scripts parse in their shells (each shell that is installed here).
  @Test(arguments: CompletionScript.shells)
  func completionScriptsParse(_ shell: String) throws {
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/script"
    try Fixtures.run(["completions", shell]).output.write(
      toFile: path, atomically: true, encoding: .utf8)
    guard let program = Self.find(shell) else { return }
    let result = try Self.execute(program, ["-n", path])
    #expect(result.status == 0, "\(result.errors)")
  }

  @Test func bashCompletesCommandsOptionsAndChoices() throws {
    let bash = try #require(Self.find("bash"))
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/script"
    try Fixtures.run(["completions", "bash"]).output.write(
      toFile: path, atomically: true, encoding: .utf8)
    func complete(_ words: [String]) throws -> [String] {
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      let program = """
        complete() { :; }
        source '\(path)'
        COMP_WORDS=(network-advisor \(quoted)); COMP_CWORD=\(words.count)
        _network_advisor
        printf '%s\\n' "${COMPREPLY[@]}"
        """
      return try Self.execute(bash, ["-c", program]).output.split(separator: "\n").map(String.init)
    }
    #expect(try complete(["as"]) == ["assess"])
    #expect(try complete(["assess", "x", "--format", ""]) == ReportFormat.choices)
    #expect(try complete(["assess", "--fo"]) == ["--format"])
    #expect(try complete(["rules", "ch"]) == ["check"])
    #expect(try complete(["rules", "check", "--q"]) == ["--quiet"])
    #expect(try complete(["completions", "f"]) == ["fish"])
  }

  @Test func manPageHasEveryCommandAndOption() throws {
    let result = Fixtures.run(["man"])
    #expect(result.status == .success)
    let page = result.output
    #expect(page.hasPrefix(".TH NETWORK-ADVISOR 1 "))
    for spec in Self.allSpecs where spec.subcommands.isEmpty {
      #expect(page.contains(".SS \"network-advisor \(ManPage.escape(spec.name))\""), "\(spec.name)")
      for option in spec.options {
        #expect(page.contains("\\fB\(ManPage.escape(option.name))\\fR"), "\(option.name)")
      }
    }
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"] {
      #expect(page.contains(".SH \(section)\n"))
    }
    guard let groff = Self.find("groff") else { return }
    let folder = Fixtures.temporaryFolder()
    try page.write(toFile: folder + "/page.1", atomically: true, encoding: .utf8)
    let rendered = try Self.execute(groff, ["-man", "-Tutf8", "-ww", folder + "/page.1"])
    #expect(rendered.status == 0)
    #expect(rendered.errors.isEmpty, "\(rendered.errors)")
  }

  @Test func completionsRefuseAnUnknownShell() {
    let result = Fixtures.run(["completions", "zhs"])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.hasPrefix(
        "Error: The value 'zhs' is invalid for '<shell>'. Did you mean 'zsh'?"))
  }

  @Test func quietTestPrintsOnlyTheLastLine() {
    let result = Fixtures.run(
      ["test", Fixtures.path("scenarios/riverside.scenario.json"), "--quiet"])
    #expect(result.status == .success)
    #expect(result.output == "1 passed, 0 failed\n")
    let quietCheck = Fixtures.run(["rules", "check", "-q"])
    #expect(quietCheck.status == .success)
    #expect(quietCheck.output.isEmpty)
  }

  @Test func junitIsWrittenWhenAScenarioFileDoesNotRead() throws {
    let folder = Fixtures.folder(with: [
      "broken.scenario.json": "{ \"format\": \"network-scenario/1\", \"title\": ",
      "results.xml": "<testsuites tests=\"35\" failures=\"0\" errors=\"0\"/>",
    ])
    let junit = folder + "/results.xml"
    let result = Fixtures.run(["test", folder, "--junit", junit])
    #expect(result.status == .invalidInput)
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("errors=\"1\""))
    #expect(xml.contains("<error message=\"\(folder)/broken.scenario.json:1:"))
    #expect(!xml.contains("tests=\"35\""))
    let document = try XMLDocument(data: Data(xml.utf8))
    #expect(try document.nodes(forXPath: "//testcase/error").count == 1)
  }

  @Test func junitIsWrittenWhenThereAreNoScenarios() throws {
    let folder = Fixtures.temporaryFolder()
    let junit = folder + "/results.xml"
    let result = Fixtures.run(["test", folder + "/none", "--junit", junit])
    #expect(result.status == .invalidInput)
    #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("errors=\"1\""))
  }

  /// Suggested commands run this very program: by name when `PATH` finds it, else by the
  /// path it was started by.
  @Test func hintsNameTheProgramAsItCanBeRun() throws {
    let installed = Fixtures.temporaryFolder()
    let built = Fixtures.temporaryFolder() + "/my build"
    try FileManager.default.createDirectory(atPath: built, withIntermediateDirectories: true)
    for folder in [installed, built] {
      #expect(
        FileManager.default.createFile(
          atPath: folder + "/network-advisor", contents: Data(),
          attributes: [.posixPermissions: 0o755]))
    }
    let program = installed + "/network-advisor"
    #expect(Console.invocationName("network-advisor", path: "") == "network-advisor")
    #expect(Console.invocationName(program, path: "/nowhere:" + installed) == "network-advisor")
    #expect(Console.invocationName(program, path: "/nowhere") == program)
    #expect(
      Console.invocationName(built + "/network-advisor", path: installed)
        == "'\(built)/network-advisor'")
    let (console, memory) = Console.memory()
    console.programName = "./network-advisor"
    _ = NetworkAdvisorCLI.run(["assess"], console: console)
    #expect(memory.errors.hasSuffix("  See './network-advisor assess --help'.\n"))
  }

  // MARK: helpers

  static func find(_ program: String) -> String? {
    for folder in ["/usr/bin", "/bin", "/usr/local/bin"] {
      let path = folder + "/" + program
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  static func execute(_ program: String, _ arguments: [String]) throws -> (
    status: Int32, output: String, errors: String
  ) {
    try Fixtures.execute(program, arguments)
  }
}
