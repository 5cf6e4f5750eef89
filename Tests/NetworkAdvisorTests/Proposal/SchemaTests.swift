import Foundation
import Testing

@testable import NetworkAdvisor

@Suite struct SchemaTests {
  static let schema = ProposalJSONSchema.schema()
  static let validator = SchemaValidator(root: schema)

  static let proposalFiles: [String] = {
    let folder = Fixtures.path("scenarios")
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".proposal.json") }.sorted()
  }()

  @Test func schemaCommandPrintsTheSchema() throws {
    let result = Fixtures.run(["schema"])
    #expect(result.status == .success)
    let printed = try JSONReader.parse(result.output)
    #expect(printed == (try JSONReader.parse(JSONWriter.pretty(Self.schema))))
    #expect(printed["$schema"]?.kind == .string("https://json-schema.org/draft/2020-12/schema"))
  }

  @Test(arguments: proposalFiles)
  func everyScenarioProposalFitsTheSchema(_ name: String) throws {
    let bytes = Array(FileManager.default.contents(atPath: Fixtures.path("scenarios/" + name))!)
    let json = try JSONReader.parse(bytes)
    #expect(Self.validator.errors(in: json) == [])
  }

  @Test func thereAreScenarioProposals() { #expect(!Self.proposalFiles.isEmpty) }

  /// Proposals written inline in scenario files fit the schema too.
  @Test func inlineScenarioProposalsFitTheSchema() throws {
    let folder = Fixtures.path("scenarios")
    var inline = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: folder)
    where name.hasSuffix(".scenario.json") {
      let json = try JSONReader.parse(
        Array(FileManager.default.contents(atPath: folder + "/" + name)!))
      guard let proposal = json["proposal"], case .object = proposal.kind else { continue }
      inline += 1
      #expect(Self.validator.errors(in: proposal) == [], "\(name)")
    }
    #expect(inline > 0)
  }

  /// Every object of the format appears with exactly its fields, required keys and values.
  @Test func schemaStaysInStepWithTheFormat() {
    var shapes: [ObjectShape] = [ProposalFormat.proposal]
    var index = 0
    while index < shapes.count {
      let shape = shapes[index]
      index += 1
      let definition = shape.name == "proposal" ? Self.schema : Self.schema["$defs"]?[shape.name]
      guard case .object(let properties)? = definition?["properties"]?.kind else {
        Issue.record("no definition of \(shape.name)")
        continue
      }
      // Objects that rule layers may extend also take an `extensions` object.
      let extensible = ProposalExtensions.levels.contains { $0.shape == shape.name }
      #expect(
        properties.map(\.key) == shape.fields.map(\.name) + (extensible ? ["extensions"] : []),
        "\(shape.name)")
      let required = shape.fields.filter(\.isRequired).map { JSONValue.string($0.name) }
      #expect((definition?["required"] ?? .array([])) == .array(required), "\(shape.name) required")
      for field in shape.fields {
        var inner = field.shape
        var property = definition?["properties"]?[field.name]
        while case .list(let element, _) = inner {
          inner = element
          property = property?["items"]
        }
        switch inner {
        case .object(let object):
          if !shapes.contains(where: { $0 === object }) { shapes.append(object) }
        case .choice(let type):
          #expect(
            property?["enum"] == .array(type.values.map { .string($0) }),
            "\(shape.name).\(field.name)")
        default: break
        }
      }
    }
    #expect(shapes.count == 9)
  }

  /// The schema and the reader agree on every invalid proposal of the validation table,
  /// except where the schema cannot speak: which ids are members, and unique school ids.
  @Test(arguments: ProposalValidationTests.cases)
  func schemaAgreesWithTheReader(_ test: ProposalValidationTests.Case) {
    guard let json = try? JSONReader.parse(test.text) else { return }  // not JSON at all
    let onlyReferences = test.messages.allSatisfy {
      $0.hasSuffix("is not a member school") || $0.contains("duplicate school id")
    }
    #expect(Self.validator.errors(in: json).isEmpty == onlyReferences)
  }
}

/// `schema --format text`: the format in plain words, made from the same declarations as
/// the JSON Schema.
@Suite struct SchemaTextTests {
  static let text = Fixtures.run(["schema", "--format", "text"]).output

  /// The text with every run of spaces and line ends made one space, so that phrases can be
  /// found wherever the lines were wrapped.
  static func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// Every section, every field with whether it is required and what it means, and every
  /// choice with its meaning, in the order the format declares them.
  @Test func everyFieldIsListedWithWhetherItIsRequired() throws {
    let root = ProposalFormat.proposal
    var rest = Substring(Self.flat(Self.text))
    for shape in [root] + ProposalJSONSchema.objects(within: root) {
      let summary = ProposalJSONSchema.sentence(shape.summary)
      let section = try #require(rest.range(of: " \(summary) "), "\(shape.name)")
      rest = rest[section.upperBound...]
      for field in shape.fields {
        let entry =
          "\(field.name) (\(field.isRequired ? "required" : "optional")) "
          + ProposalJSONSchema.sentence(field.summary)
        let found = try #require(rest.range(of: entry), "\(shape.name).\(field.name)")
        rest = rest[found.upperBound...]
        var inner = field.shape
        while case .list(let element, _) = inner { inner = element }
        if case .choice(let type) = inner {
          for choice in type.cases {
            let line = "\(choice.value): \(choice.summary) "
            let found = try #require(rest.range(of: line), "\(shape.name).\(field.name): \(line)")
            rest = rest[found.upperBound...]
          }
        }
      }
    }
  }

  /// What JSON Schema cannot say is said in words.
  @Test func theToolsOwnChecksAreSaid() {
    let text = Self.flat(Self.text)
    #expect(text.contains("Ids must be unique."))
    #expect(text.contains("Must be the id of a member school."))
    #expect(text.contains("Each must be the id of a member school."))
    #expect(text.contains("Value: exactly the text \"network-proposal/1\"."))
  }

  /// The fields a rule layer declares are listed in the section that holds them.
  @Test func fieldsTheRulesDeclareAreListed() {
    let result = Fixtures.run([
      "schema", "--format", "text", "--rules", Fixtures.path("docs/examples/local-facilitator"),
    ])
    #expect(result.status == .success, "\(result.errors)")
    #expect(result.output.contains("The “extensions” section of each knot\n"))
    #expect(result.output.contains("\n  facilitator (optional)\n"))
    #expect(!Self.text.contains("facilitator (optional)"))
  }

  /// The JSON Schema stays the default, as the contract says, and `--format json-schema`
  /// names it.
  @Test func theJSONSchemaIsTheDefault() {
    let byDefault = Fixtures.run(["schema"])
    let named = Fixtures.run(["schema", "--format", "json-schema"])
    #expect(byDefault.status == .success && named.status == .success)
    #expect(byDefault.output == named.output)
    #expect(byDefault.output.hasPrefix("{\n  \"$schema\": "))
    let refused = Fixtures.run(["schema", "--format", "xml"])
    #expect(refused.status == .invalidInput)
    #expect(refused.errors.contains("Please provide one of 'json-schema', 'text'."))
  }

  /// At a 60-column terminal every line fits.
  @Test func fitsTheTerminal() {
    let narrow = Fixtures.run(["schema", "--format", "text"], terminalColumns: 60).output
    for line in narrow.split(separator: "\n") {
      #expect(line.count <= 60, "\(line.count): \(line)")
    }
  }
}
