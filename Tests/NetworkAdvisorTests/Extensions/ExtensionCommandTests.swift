import Foundation
import Testing

@testable import NetworkAdvisor

/// Extension fields through the commands: the example layer in docs/, the schema and the
/// catalogue, and commands that rewrite or compare proposals keep them.
@Suite struct ExtensionCommandTests {
  static let layer = ExtensionFieldTests.example

  /// Riverside with a named facilitator on every knot, and a note no layer declares.
  static func writeRiverside(named: Bool = true, undeclared: Bool = false) -> String {
    let path = Fixtures.temporaryFolder() + "/riverside.json"
    try! ExtensionFieldTests.riverside { root in
      var knots = root["knots"] as! [[String: Any]]
      for index in knots.indices where named {
        knots[index]["extensions"] = [
          "facilitator": "Facilitator \(index)", "facilitation": "school-staff",
        ]
      }
      root["knots"] = knots
      if undeclared { root["extensions"] = ["fundingBody": "DfE"] }
    }.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func theExampleLayerChecksAndItsRuleReadsTheField() {
    let check = Fixtures.run(["rules", "check", "--rules", Self.layer])
    #expect(check.status == .success, "\(check.errors)")
    #expect(check.errors.isEmpty)
    let unnamed = Fixtures.run(
      [
        "assess", Fixtures.path("scenarios/proposals/riverside.proposal.json"), "--rules",
        Self.layer,
      ])
    #expect(unnamed.status == .success)
    #expect(unnamed.output.contains("Every facilitated knot names its facilitator"))
    #expect(unnamed.output.contains("[local.named-facilitator]"))
    #expect(unnamed.output.contains("Verdict: ready-with-conditions"))
    let named = Fixtures.run(["assess", Self.writeRiverside(), "--rules", Self.layer])
    #expect(named.output.contains("Grade A"))
    #expect(named.output.contains("Verdict: ready\n"))
    #expect(named.errors.isEmpty)
  }

  @Test func withoutTheLayerTheFieldsAreWarnedAboutAndChangeNothing() {
    let path = Self.writeRiverside()
    let result = Fixtures.run(["assess", path, "--format", "json"])
    #expect(result.status == .success)
    let plain = Fixtures.run(
      ["assess", Fixtures.path("scenarios/proposals/riverside.proposal.json"), "--format", "json"])
    #expect(result.output == plain.output)
    // One warning per undeclared key: two keys on each of the six knots.
    #expect(result.errors.components(separatedBy: ": warning: ").count - 1 == 12)
    #expect(
      result.errors.contains(
        "knots[0].extensions.facilitator: no loaded rules layer declares the field \"facilitator\"")
    )
  }

  @Test func theSchemaWithTheLayerDescribesItsFields() throws {
    let result = Fixtures.run(["schema", "--rules", Self.layer])
    #expect(result.status == .success)
    let schema = try JSONReader.parse(result.output)
    let extensions = schema["$defs"]?["knot"]?["properties"]?["extensions"]
    #expect(extensions?["properties"]?["facilitator"]?["type"]?.kind == .string("string"))
    #expect(
      extensions?["properties"]?["facilitation"]?["enum"].map(JSONWriter.compact)
        == #"["school-staff","local-authority","university","consultant"]"#)
    #expect(extensions != nil && extensions?["additionalProperties"] == nil)
    let plain = try JSONReader.parse(Fixtures.run(["schema"]).output)
    #expect(
      plain["$defs"]?["knot"]?["properties"]?["extensions"]?["properties"].map(JSONWriter.compact)
        == "{}")
  }

  @Test func theCatalogueListsTheFields() {
    let docs = Fixtures.run(["rules", "docs", "--rules", Self.layer]).output
    #expect(docs.contains("## Fields added by the rules"))
    #expect(
      docs.contains(
        "| `knots.facilitator` | `knots[].extensions.facilitator` | a string | the person who facilitates the knot, by name | `k.extensions.facilitator` |"
      ))
    #expect(docs.contains("| `knots[].extensions.facilitator` | string |"))
  }

  @Test func planKeepsTheFieldsInItsPatch() throws {
    let folder = Fixtures.temporaryFolder()
    let source = folder + "/large.json"
    var document = SeedCoverageTests.Document(
      path: "scenarios/proposals/large-with-few-knots.proposal.json")
    var knots = document.root["knots"] as! [[String: Any]]
    for index in knots.indices { knots[index]["extensions"] = ["facilitator": "F\(index)"] }
    document.root["knots"] = knots
    let data = try JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    try data.write(to: URL(fileURLWithPath: source))
    let result = Fixtures.run(
      [
        "plan", source, "--rules", Self.layer, "--target", "B", "--write-patch",
        folder + "/patch.json",
      ])
    #expect(result.status == .success, "\(result.errors)")
    let patch = try JSONReader.parse(
      Array(FileManager.default.contents(atPath: folder + "/patch.json")!))
    let planned = ScenarioReader.merge(patch, into: try JSONReader.parse(Array(data)))
    guard case .array(let plannedKnots)? = planned["knots"]?.kind else {
      Issue.record("no knots")
      return
    }
    for (index, knot) in plannedKnots.enumerated() where index < knots.count {
      #expect(knot["extensions"]?["facilitator"]?.kind == .string("F\(index)"))
    }
  }

  @Test func diffAndCompareReadTheFields() {
    let old = Self.writeRiverside(named: false)
    let new = Self.writeRiverside()
    let diff = Fixtures.run(["diff", old, new, "--rules", Self.layer])
    #expect(diff.status == .success, "\(diff.errors)")
    #expect(diff.output.contains("knots \"Steering group\": extensions added"))
    #expect(
      diff.output.contains(
        "✓ Every facilitated knot names its facilitator [local.named-facilitator]"))
    let compare = Fixtures.run(["compare", old, new, "--rules", Self.layer, "--format", "json"])
    #expect(compare.status == .success)
    #expect((try? JSONReader.parse(compare.output)) != nil)
  }

  @Test func newFromKeepsTheFields() throws {
    let source = Self.writeRiverside(undeclared: true)
    let output = (source as NSString).deletingLastPathComponent + "/edited.json"
    let result = Fixtures.run(
      ["new", "--from", source, "--output", output],
      input: String(repeating: "\n", count: 400), environment: ["COLUMNS": "400"])
    #expect(result.status == .success, "\(result.errors)")
    // Kept as they are, so not warned about.
    #expect(!result.errors.contains("warning"))
    let before = try JSONReader.parse(Array(FileManager.default.contents(atPath: source)!))
    let after = try JSONReader.parse(Array(FileManager.default.contents(atPath: output)!))
    func knotExtensions(_ document: JSONValue) -> [String] {
      guard case .array(let knots)? = document["knots"]?.kind else { return [] }
      return knots.map { $0["extensions"].map(JSONWriter.compact) ?? "none" }
    }
    #expect(after["extensions"].map(JSONWriter.compact) == #"{"fundingBody":"DfE"}"#)
    #expect(knotExtensions(after) == knotExtensions(before))
    #expect(knotExtensions(after).allSatisfy { $0.contains("facilitator") })
  }

  @Test func aScenarioWithAnUndeclaredKeyRunsAndWarnsWhereTheKeyIs() throws {
    let folder = Fixtures.temporaryFolder()
    let scenario = folder + "/x.scenario.json"
    try """
    {
      "format": "network-scenario/1",
      "title": "Riverside with a local note",
      "proposal": "\(Fixtures.path("scenarios/proposals/riverside.proposal.json"))",
      "patch": { "extensions": { "funder": "DfE" } },
      "expect": { "grade": "A", "verdict": "ready" }
    }
    """.write(toFile: scenario, atomically: true, encoding: .utf8)
    let result = Fixtures.run(["test", scenario])
    #expect(result.status == .success)
    #expect(result.output.hasSuffix("1 passed, 0 failed\n"))
    #expect(
      result.errors.contains(
        "\(scenario):5:30: warning: extensions.funder: no loaded rules layer declares the field \"funder\""
      ))
  }

  /// The README shows the example layer as it is: its declarations and its rule up to the
  /// examples.
  @Test func theReadmeShowsTheExampleLayerAsItIs() throws {
    let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
    let layer = try String(
      contentsOfFile: Self.layer + "/facilitator.rules", encoding: .utf8)
    let shown = layer.split(separator: "\n").filter {
      !$0.hasPrefix("#") && !$0.hasPrefix("  example")
    }
    #expect(shown.count > 10)
    for line in shown { #expect(readme.contains(line + "\n"), "\(line)") }
  }
}
