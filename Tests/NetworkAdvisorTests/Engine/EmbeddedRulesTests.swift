import Foundation
import Testing

@testable import NetworkAdvisor
@testable import embed_rules

/// The default rules built into the library by the EmbedRules plugin, and the generator
/// that writes them.
@Suite struct EmbeddedRulesTests {
  /// The top-level `rules/` folder's rule files, by name, as they are on disk.
  static func rulesFolder() throws -> [(name: String, text: String)] {
    let folder = Fixtures.path("rules")
    return try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".rules") }.sorted()
      .map { ($0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
  }

  static let stale =
    "the build is stale: run `swift build` again; if it stays stale, the EmbedRules plugin"
    + " does not declare every file of rules/ as an input"

  /// The built-in rules are the `rules/` folder, file by file, to the byte: a build that
  /// missed an edited, added or removed rule file fails here.
  @Test func theBuiltInRulesAreTheRulesFolder() throws {
    let onDisk = try Self.rulesFolder()
    #expect(EmbeddedRules.files.map(\.name) == onDisk.map(\.name), "\(Self.stale)")
    for (embedded, file) in zip(EmbeddedRules.files, onDisk) where embedded.text != file.text {
      let old = embedded.text.split(separator: "\n", omittingEmptySubsequences: false)
      let new = file.text.split(separator: "\n", omittingEmptySubsequences: false)
      let line = zip(old, new).prefix { $0 == $1 }.count + 1
      Issue.record("rules/\(file.name):\(line) differs from the built-in copy: \(Self.stale)")
    }
    let costs = try String(contentsOfFile: Fixtures.path("rules/plan.costs"), encoding: .utf8)
    #expect(EmbeddedPlanCosts.text == costs, "rules/plan.costs differs: \(Self.stale)")
  }

  @Test func theRulesFolderLoadsAsTheEmbeddedOne() throws {
    let fromDisk = try FrameworkLoader.load(
      [RuleSource.directory(Fixtures.path("rules"))], subject: ProposalSubject())
    #expect(fromDisk.framework.rules.map(\.id) == Fixtures.framework.rules.map(\.id))
    #expect(fromDisk.warnings.isEmpty)
  }

  /// Awkward text: the raw literal's delimiter is longer than any run of `#`s in it.
  @Test func delimitersSurviveAwkwardText() throws {
    let text = "let a = \"\\\"#\" # \"\"\"# and \\#(x)\n"
    let source = EmbeddedRulesGenerator.source(for: [("odd.rules", text)])
    #expect(
      source.contains("##\"\"\"\n" + text + "\n\"\"\"##") || source.contains("###\"\"\"\n" + text))
  }

  /// Over 200 seeded texts made of quotes, `#`s, backslashes, interpolations, line breaks of
  /// every kind, control characters and non-ASCII letters, the generated sources compile
  /// and their literals are the texts and names to the byte.
  @Test func generatedLiteralsAreTheTextsExactly() throws {
    var random = DesignGenerator.Random(state: 0x5EED)
    let texts = (0..<200).map { _ in AwkwardText.make(&random) }
    let names = (0..<texts.count).map { "\(AwkwardText.make(&random, pieces: 3))-\($0).rules" }
    let files = Array(zip(names, texts)).map { (name: $0.0, text: $0.1) }
    let folder = Fixtures.temporaryFolder()
    let program = folder + "/main.swift"
    let source =
      EmbeddedRulesGenerator.source(for: files) + EmbeddedRulesGenerator.costsSource(for: texts[0])
        + """
        for file in EmbeddedRules.files { print(Array(file.name.utf8), Array(file.text.utf8)) }
        print(Array(EmbeddedPlanCosts.text.utf8))

        """
    try source.write(toFile: program, atomically: true, encoding: .utf8)
    let compiled = try Fixtures.execute(
      "/usr/bin/env", ["swiftc", "-swift-version", "6", program, "-o", folder + "/program"])
    try #require(compiled.status == 0, "the generated source does not compile:\n\(compiled.errors)")
    let run = try Fixtures.execute(folder + "/program", [])
    let expected =
      files.map { "\(Array($0.name.utf8)) \(Array($0.text.utf8))\n" }.joined()
      + "\(Array(texts[0].utf8))\n"
    #expect(run.status == 0)
    #expect(run.output == expected)
  }

  /// What the generator reads and writes, and the one-line error when it cannot.
  @Test(
    arguments: [
      (["a.rules": "# a\n", "plan.costs": "# c\n"], nil),
      (
        ["a.rules": "# a\n"],
        "expected at least one .rules file and one plan.costs among the inputs"
      ),
      (
        ["plan.costs": "# c\n"],
        "expected at least one .rules file and one plan.costs among the inputs"
      ),
      (
        ["a.rules": "# a\n", "plan.costs": "# c\n", "notes.txt": "x"],
        "notes.txt: not a rule file; expected files ending in .rules and one plan.costs"
      ),
      (["a.rules": "# a\n", "plan.costs": "# c\n", "b.rules": "\u{FFFF}"], nil),
    ] as [([String: String], String?)])
  func theGeneratorReadsRuleFilesAndOneCostFile(_ inputs: [String: String], _ problem: String?)
    throws
  {
    let folder = Fixtures.folder(with: inputs)
    let paths = inputs.keys.sorted().map { folder + "/" + $0 }
    let output = folder + "/out"
    let written: [String]
    do throws(EmbeddedRulesGenerator.Failure) {
      written = try EmbeddedRulesGenerator.generate(inputs: paths, into: output)
    } catch {
      let expected = try #require(problem, "unexpected failure: \(error)")
      #expect(error.description.hasSuffix(expected), "\(error.description)")
      #expect(!FileManager.default.fileExists(atPath: output))
      return
    }
    #expect(problem == nil)
    #expect(written == [output + "/EmbeddedRules.swift", output + "/EmbeddedPlanCosts.swift"])
    let ruleFiles = inputs.filter { $0.key.hasSuffix(".rules") }.sorted { $0.key < $1.key }
    #expect(
      try String(contentsOfFile: written[0], encoding: .utf8)
        == EmbeddedRulesGenerator.source(for: ruleFiles.map { ($0.key, $0.value) }))
    #expect(
      try String(contentsOfFile: written[1], encoding: .utf8)
        == EmbeddedRulesGenerator.costsSource(for: inputs["plan.costs"] ?? ""))
    for (name, text) in inputs {
      #expect(try String(contentsOfFile: folder + "/" + name, encoding: .utf8) == text)
    }
  }

  @Test func aFileThatIsNotUTF8OrMissingIsNamed() throws {
    let folder = Fixtures.folder(with: ["plan.costs": "# c\n"])
    try Data([0x23, 0xFF]).write(to: URL(fileURLWithPath: folder + "/bad.rules"))
    for (name, message) in [("bad.rules", "not UTF-8 text"), ("gone.rules", "cannot be read")] {
      do throws(EmbeddedRulesGenerator.Failure) {
        _ = try EmbeddedRulesGenerator.generate(
          inputs: [folder + "/" + name, folder + "/plan.costs"], into: folder + "/out")
        Issue.record("\(name) was read")
      } catch {
        #expect(error.description == "\(folder)/\(name): \(message)")
      }
    }
  }
}

/// Texts that are hard to put in a Swift literal.
enum AwkwardText {
  static let pieces = [
    "\"", "\"\"\"", "#", "##", "\"#", "\"\"\"#", "\\", "\\#", "\\##", "\\(x)", "\\#(x)",
    "\\n", "\n", "\r\n", "\r", "\t", " ", "  \n", "\u{0}", "\u{1}", "\u{7F}", "\u{85}",
    "\u{2028}", "é", "–", "👩🏽‍🏫", "rule a.b", "# comment", "\"\"\"\"", "\\\n", "\\#\n",
  ]

  static func make(_ random: inout DesignGenerator.Random, pieces count: Int = 12) -> String {
    (0..<random.below(count + 1)).map { _ in random.pick(pieces) }.joined()
  }
}
