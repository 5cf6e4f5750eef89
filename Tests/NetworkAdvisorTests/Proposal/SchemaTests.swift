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
