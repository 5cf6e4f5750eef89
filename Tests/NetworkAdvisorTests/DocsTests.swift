import Foundation
import Testing

@testable import NetworkAdvisor

/// The documents in `docs/` say what the code does: every field of the proposal format with
/// whether it is required, every choice, and every key of the JSON reports.
@Suite struct DocsTests {
  static func read(_ relative: String) -> String {
    (try? String(contentsOfFile: Fixtures.path(relative), encoding: .utf8)) ?? ""
  }

  /// The tables with the header `| key | type | required | meaning |`, in order, as rows of
  /// (key, required).
  static func fieldTables(_ text: String) -> [[(key: String, isRequired: Bool)]] {
    var tables: [[(String, Bool)]] = []
    var current: [(String, Bool)]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == "| key | type | required | meaning |" {
        current = []
        continue
      }
      guard var rows = current else { continue }
      if !line.hasPrefix("|") {
        tables.append(rows)
        current = nil
        continue
      }
      if line.hasPrefix("|---") { continue }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      rows.append((String(cells[1].dropFirst().dropLast()), cells[3] == "yes"))
      current = rows
    }
    if let current { tables.append(current) }
    return tables
  }

  /// The format's objects in the order the document describes them.
  static let shapes: [ObjectShape] = [
    ProposalFormat.proposal, ProposalFormat.purpose, ProposalFormat.school,
    ProposalFormat.partner, ProposalFormat.leadership, ProposalFormat.leader,
    ProposalFormat.knot, ProposalFormat.participation, ProposalFormat.principles,
  ]

  @Test func proposalFormatDocumentsEveryFieldAndWhetherItIsRequired() {
    let tables = Self.fieldTables(Self.read("docs/proposal-format.md"))
    #expect(tables.count == Self.shapes.count)
    for (shape, table) in zip(Self.shapes, tables) {
      #expect(table.map(\.key) == shape.fields.map(\.name), "\(shape.name)")
      #expect(table.map(\.isRequired) == shape.fields.map(\.isRequired), "\(shape.name)")
    }
  }

  static func enumerations(in shape: ObjectShape) -> [EnumerationType] {
    func walk(_ field: FieldShape) -> [EnumerationType] {
      switch field {
      case .choice(let type): [type]
      case .list(let inner, _): walk(inner)
      case .object(let object): enumerations(in: object)
      default: []
      }
    }
    return shape.fields.flatMap { walk($0.shape) }
  }

  @Test func proposalFormatDocumentsEveryChoice() {
    let text = Self.read("docs/proposal-format.md")
    for type in Self.enumerations(in: ProposalFormat.proposal) {
      for value in type.values {
        #expect(text.contains("`\(value)`"), "\(type.name): \(value)")
      }
    }
  }

  /// Every key path of a JSON value: `overall.score`, `areas[].id`; the members of
  /// `mapsOf` objects are data (area ids), not keys.
  static func keyPaths(_ value: Any, prefix: String = "", mapsOf: Set<String> = []) -> Set<String> {
    var paths: Set<String> = []
    if let object = value as? [String: Any] {
      for (key, member) in object {
        let path = prefix.isEmpty ? key : prefix + "." + key
        paths.insert(path)
        if !mapsOf.contains(path) {
          paths.formUnion(keyPaths(member, prefix: path, mapsOf: mapsOf))
        }
      }
    } else if let array = value as? [Any] {
      for element in array {
        paths.formUnion(keyPaths(element, prefix: prefix + "[]", mapsOf: mapsOf))
      }
    }
    return paths
  }

  @Test(arguments: [
    (
      ["assess", "scenarios/proposals/two-islands.proposal.json", "--format", "json"], Set<String>()
    ),
    (["assess", "scenarios/proposals/riverside.proposal.json", "--format", "json"], Set<String>()),
    (
      ["compare", "scenarios/proposals", "--format", "json"],
      Set(["networks[].areas", "summary.grades", "summary.verdicts"])
    ),
  ])
  func reportFormatsDocumentEveryKey(_ arguments: [String], _ maps: Set<String>) throws {
    let words = arguments.map { $0.hasPrefix("scenarios/") ? Fixtures.path($0) : $0 }
    let output = Fixtures.run(words).output
    let json = try JSONSerialization.jsonObject(with: Data(output.utf8))
    let text = Self.read("docs/report-formats.md")
    for path in Self.keyPaths(json, mapsOf: maps) {
      #expect(text.contains("`\(path)`"), "\(path) is not in docs/report-formats.md")
    }
  }

  /// Links between the documents and from the README lead to files in the repository, and
  /// nothing points outside it.
  @Test(arguments: ["README.md", "docs/proposal-format.md", "docs/report-formats.md"])
  func linksStayInTheRepository(_ document: String) throws {
    let text = Self.read(document)
    #expect(!text.isEmpty)
    #expect(!text.contains("shared/"), "\(document) points to shared/, which a clone does not have")
    let folder = (document as NSString).deletingLastPathComponent
    let pattern = try Regex(#"\]\(([^)#\s]+)(#[^)]*)?\)|src="([^"]+)""#)
    for match in text.matches(of: pattern) {
      guard let target = (match.output[1].substring ?? match.output[3].substring).map(String.init),
        !target.hasPrefix("http")
      else { continue }
      let path = folder.isEmpty ? target : folder + "/" + target
      #expect(FileManager.default.fileExists(atPath: Fixtures.path(path)), "\(document): \(target)")
    }
  }
}
