import Foundation
import Testing

@testable import NetworkAdvisor

/// The diagnostics catalogue: every id declared once and unique, every catalogued kind
/// used, and no id spelt out where a diagnostic is made.
@Suite struct DiagnosticCatalogueTests {
  static let folder = "Sources/NetworkAdvisor/Language/Diagnostics"

  static func text(_ relative: String) -> String {
    (try? String(contentsOfFile: Fixtures.path(relative), encoding: .utf8)) ?? ""
  }

  /// Every hand-written Swift file under `Sources/`, by its path from the package root.
  static let sources: [(path: String, text: String)] = {
    let root = Fixtures.path("Sources")
    let names = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
    return names.filter { $0.hasSuffix(".swift") }.sorted().map {
      ("Sources/" + $0, text("Sources/" + $0))
    }
  }()

  /// Every id as declared: the named constants of `DiagnosticID.swift` (the syntax
  /// problems') and each string an enum's `id` (or its `duplicateID(of:)`) gives, with the
  /// file it is declared in. An id given to several cases is written once, on one line.
  static let ids: [(text: String, file: String)] = {
    let constants = text(folder + "/DiagnosticID.swift").matches(
      of: /static let `?\w+`?: Self = "([^"]+)"/
    ).map { (String($0.output.1), "DiagnosticID.swift") }
    let given = catalogues.flatMap { path in
      idBlocks(of: text(path)).flatMap { block in
        block.matches(of: /"([a-z0-9-]+)"/).map {
          (String($0.output.1), (path as NSString).lastPathComponent)
        }
      }
    }
    return constants + given
  }()

  /// The bodies of `var id` and `duplicateID(of:)` in a catalogue's text.
  static func idBlocks(of text: String) -> [Substring] {
    ["package var id: DiagnosticID", "static func duplicateID"].compactMap { opening in
      guard let start = text.range(of: opening) else { return nil }
      let rest = text[start.lowerBound...]
      let end = rest.range(of: "\n  }\n")?.upperBound ?? rest.endIndex
      return rest[..<end]
    }
  }

  /// The catalogue files: one enum of ``DiagnosticMessage`` per phase.
  static let catalogues: [String] = sources.map(\.path).filter {
    $0.hasPrefix(folder + "/") && $0.hasSuffix("Problem.swift")
  }

  /// Each catalogued kind: its enum, its case name, and whether it carries values.
  static let kinds: [Kind] = catalogues.flatMap { path in
    let enumName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    // Cases of the enum itself are indented one level; nested enums' and switches' are not.
    return text(path).matches(of: /\n  case `?(\w+)`?(\()?/).map {
      Kind(catalogue: enumName, name: String($0.output.1), hasValues: $0.output.2 != nil)
    }
  }

  struct Kind: Sendable, CustomTestStringConvertible {
    let catalogue: String
    let name: String
    let hasValues: Bool
    var testDescription: String { "\(catalogue).\(name)" }
  }

  @Test func theCatalogueIsFound() {
    #expect(Self.ids.count >= 70, "ids: \(Self.ids.count)")
    #expect(Self.catalogues.count == 7, "\(Self.catalogues)")
    #expect(Self.kinds.count >= 100, "kinds: \(Self.kinds.count)")
  }

  @Test func everyIDIsUnique() {
    let texts = Self.ids.map(\.text)
    let repeated = Set(texts.filter { text in texts.filter { $0 == text }.count > 1 })
    #expect(repeated.isEmpty, "declared more than once: \(repeated.sorted())")
  }

  @Test func theSyntaxIDsAreTheOnesItsProblemsGive() {
    let given = ["/LexingProblem.swift", "/ParsingProblem.swift"].flatMap {
      Self.idBlocks(of: Self.text(Self.folder + $0))
    }.joined()
    for id in Self.ids where id.file == "DiagnosticID.swift" {
      let name = Self.text(Self.folder + "/DiagnosticID.swift").matches(
        of: /static let (\w+): Self = "([^"]+)"/
      ).first { $0.output.2 == id.text }?.output.1
      #expect(name.map { given.contains(".\($0)") } == true, "no syntax problem has \(id.text)")
    }
  }

  @Test(arguments: kinds)
  func everyKindIsMadeSomewhere(_ kind: Kind) {
    let pattern = kind.hasValues ? "." + kind.name + "(" : "." + kind.name
    let users = Self.sources.filter { source in
      guard !source.path.hasPrefix(Self.folder + "/") else { return false }
      var rest = source.text[...]
      while let found = rest.range(of: pattern) {
        let next = rest[found.upperBound...].first
        if kind.hasValues || !(next?.isLetter ?? false || next?.isNumber ?? false) {
          return true
        }
        rest = rest[found.upperBound...]
      }
      return false
    }
    #expect(!users.isEmpty, "\(kind.catalogue).\(kind.name) is never made")
  }

  @Test func noSiteSpellsAnID() {
    for source in Self.sources {
      for (number, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      where line.contains("id: \"") {
        Issue.record("\(source.path):\(number + 1): an id spelt at a construction site: \(line)")
      }
    }
  }

  @Test func everyIDInTheSourcesIsCatalogued() {
    let known = Set(Self.ids.map(\.text))
    // A sample of each catalogue, and every kind of declaration made twice.
    let made: [DiagnosticID] = [
      CheckingProblem.unknownField("typ", record: "a knot", suggestion: "type").id,
      CheckingProblem.unprintable(.number).id,
      InputProblem.notUTF8(offset: 0, kind: "proposal").id,
      ScenarioProblem.unknownKey("titel", in: "a scenario", allowed: ["title"]).id,
      CommandProblem.internal("x").id,
      LexingProblem.unterminatedString.id,
      ParsingProblem.missingEnd(rule: "r").id,
    ]
    let duplicates = FrameworkProblem.Declaration.allCases.map {
      FrameworkProblem.declaredTwice($0, key: "k", firstAt: "x", replacement: "r").id
    }
    for id in made + duplicates {
      #expect(known.contains(id.rawValue), "\(id) is not declared")
    }
    #expect(Set(duplicates).count == FrameworkProblem.Declaration.allCases.count)
  }
}
