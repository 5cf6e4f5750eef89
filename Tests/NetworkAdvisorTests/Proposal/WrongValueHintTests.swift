import Foundation
import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// Every field the format declares (walked from ``ProposalFormat/proposal`` itself, so a new
/// field is tested without being listed here), given each wrong kind of value, an
/// out-of-range number or a misspelt choice: the message names the field's JSON path and
/// what is allowed, points at the value, and has a hint.
@Suite struct WrongValueHintTests {
  /// One place a value stands in a proposal: a field, or the first item of a list.
  struct Place: Sendable, CustomTestStringConvertible {
    let path: String
    let shape: FieldShape
    /// A whole, otherwise valid proposal with `value` (JSON text) at this place.
    let document: @Sendable (String) -> String
    var testDescription: String { path }
  }

  /// A value of the shape that the reader accepts, as JSON text.
  static func valid(_ shape: FieldShape, name: String = "") -> String {
    switch shape {
    case .text(let pattern):
      name == "format" ? "\"\(ProposalFormat.identifier)\"" : pattern == nil ? "\"x\"" : "\"a\""
    case .choice(let type): "\"\(type.values[0])\""
    case .schoolReference: "\"a\""
    case .number(let minimum, _): NumberText.json(minimum)
    case .boolean: "false"
    case .list(let element, let minimumCount): minimumCount > 0 ? "[\(valid(element))]" : "[]"
    case .object(let shape): object(shape, with: nil)
    }
  }

  /// An object of `shape` with its required fields, and `field` (name, JSON text) besides.
  static func object(_ shape: ObjectShape, with field: (String, String)?) -> String {
    let members =
      shape.fields.filter { $0.isRequired && $0.name != field?.0 }.map {
        "\"\($0.name)\": \(valid($0.shape, name: $0.name))"
      } + (field.map { ["\"\($0.0)\": \($0.1)"] } ?? [])
    return "{" + members.joined(separator: ", ") + "}"
  }

  /// Every place in objects of `shape` at `path`, each object made whole by `wrap`.
  static func places(
    in shape: ObjectShape, path: String, wrap: @escaping @Sendable (String) -> String
  ) -> [Place] {
    shape.fields.flatMap { field -> [Place] in
      let fieldPath = path.isEmpty ? field.name : path + "." + field.name
      let holding: @Sendable (String) -> String = { wrap(object(shape, with: (field.name, $0))) }
      var found = [Place(path: fieldPath, shape: field.shape, document: holding)]
      switch field.shape {
      case .object(let inner): found += places(in: inner, path: fieldPath, wrap: holding)
      case .list(.object(let inner), _):
        let item: @Sendable (String) -> String = { holding("[\($0)]") }
        found.append(Place(path: fieldPath + "[0]", shape: .object(inner), document: item))
        found += places(in: inner, path: fieldPath + "[0]", wrap: item)
      case .list(let element, _):
        found.append(Place(path: fieldPath + "[0]", shape: element) { holding("[\($0)]") })
      default: break
      }
      return found
    }
  }

  static let allPlaces = places(in: ProposalFormat.proposal, path: "") { $0 }

  /// A value of every JSON kind, and single-item arrays, which a field of one value may get.
  static let wrongValues = [
    "\"x\"", "\"2 days\"", "7", "true", "null", "[]", "{}", "[\"x\"]", "[7]", "{\"a\": 1}",
  ]

  /// The diagnostics for `document`, which must be refused.
  static func diagnostics(_ document: String) -> [Diagnostic] {
    switch ProposalDocument.read(Array(document.utf8), name: "p.json") {
    case .success:
      Issue.record("accepted: \(document)")
      return []
    case .failure(let error): return error.diagnostics
    }
  }

  /// The text a diagnostic points at in `document`.
  static func pointedAt(_ diagnostic: Diagnostic, in document: String) -> String? {
    diagnostic.location.map { String(decoding: Array(document.utf8)[$0.range], as: UTF8.self) }
  }

  @Test func theWalkReachesEveryObjectOfTheFormat() {
    let paths = Set(Self.allPlaces.map(\.path))
    for path in [
      "format", "schools[0].id", "partners[0].brokerage[0]", "leadership.leaders[0].daysPerMonth",
      "knots[0].facilitated", "knots[0].schools[0]", "participation.who",
      "principles.moral-purpose", "purpose.idea",
    ] {
      #expect(paths.contains(path), "\(path)")
    }
    for place in Self.allPlaces {
      #expect(throws: Never.self, "\(place.path)") {
        try ProposalDocument.read(
          Array(place.document(Self.valid(place.shape, name: place.path)).utf8), name: "p.json"
        ).get()
      }
    }
  }

  @Test(arguments: allPlaces)
  func eachWrongKindOfValueIsLocatedAndHinted(_ place: Place) {
    for value in Self.wrongValues {
      guard let json = try? JSONReader.parse(value), !place.shape.takes(json) else { continue }
      let document = place.document(value)
      let diagnostics = Self.diagnostics(document)
      let problem = diagnostics.first { $0.message.hasPrefix(place.path + ": expected ") }
      #expect(
        problem?.message.hasPrefix("\(place.path): expected \(place.shape.description), found ")
          == true, "\(value) at \(place.path): \(diagnostics.map(\.message))")
      #expect(Self.pointedAt(problem, in: document) == value, "\(value) at \(place.path)")
      #expect(problem?.hint?.isEmpty == false, "\(value) at \(place.path) has no hint")
    }
  }

  /// A number below the minimum, a fraction where a whole number belongs, a misspelt
  /// choice, an empty id or name, and a list too short: each located and hinted.
  @Test(arguments: allPlaces)
  func eachOutOfRangeValueIsLocatedAndHinted(_ place: Place) {
    var values: [String] = []
    switch place.shape {
    case .number(let minimum, let isInteger):
      values = [NumberText.json(minimum - 1)] + (isInteger ? [NumberText.json(minimum + 0.5)] : [])
    case .choice(let type): values = ["\"\(type.values[0].dropLast())\"", "\"zzzz\""]
    case .text(.some): values = ["\"Not An Id\"", "\"!!\""]
    case .list(let element, let minimumCount) where minimumCount > 0:
      values = ["[]", "[\(Self.valid(element)), \(Self.valid(element))]"]
    default: return
    }
    for value in values {
      let document = place.document(value)
      let problem = Self.diagnostics(document).first {
        $0.message.hasPrefix(place.path + ": ") || $0.message.hasPrefix(place.path + "[1]")
      }
      #expect(problem != nil, "\(value) at \(place.path)")
      #expect(
        Self.pointedAt(problem, in: document).map { value.contains($0) } == true,
        "\(value) at \(place.path)")
      #expect(problem?.hint?.isEmpty == false, "\(value) at \(place.path) has no hint")
    }
  }

  @Test(arguments: allPlaces)
  func eachUnknownKeyIsLocatedAndHinted(_ place: Place) {
    guard case .object(let shape) = place.shape else { return }
    let document = place.document(Self.object(shape, with: ("zzz", "1")))
    let problem = Self.diagnostics(document).first {
      $0.message == "\(place.path).zzz: unknown key \"zzz\""
    }
    #expect(Self.pointedAt(problem, in: document) == "\"zzz\"")
    #expect(problem?.hint?.hasPrefix("the keys of ") == true)
  }

  static func pointedAt(_ diagnostic: Diagnostic?, in document: String) -> String? {
    diagnostic.flatMap { pointedAt($0, in: document) }
  }

  /// Hundreds of proposals, each a scenario's proposal with values replaced by wrong ones
  /// at random places: every problem has a JSON path, a hint, and a place in the file.
  @Test func everyProblemInDamagedProposalsHasAPathAndAHint() throws {
    let text = try String(
      contentsOfFile: Fixtures.path("scenarios/proposals/riverside.proposal.json"),
      encoding: .utf8)
    let original = try JSONReader.parse(text)
    var random = SeededRandom(seed: 20_261_130)
    var refused = 0
    for _ in 0..<300 {
      var damaged = original
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let replacement = Self.damage[Int.random(in: 0..<Self.damage.count, using: &random)]
        Self.replaceOne(in: &damaged, with: try JSONReader.parse(replacement), &random)
      }
      let written = JSONWriter.compact(damaged)
      guard case .failure(let error) = ProposalDocument.read(Array(written.utf8), name: "p.json")
      else { continue }
      refused += 1
      for diagnostic in error.diagnostics where diagnostic.severity == .error {
        #expect(diagnostic.hint?.isEmpty == false, "\(diagnostic.message) in \(written)")
        #expect(diagnostic.location != nil, "\(diagnostic.message)")
        // The path is empty only when the whole document is what is wrong.
        #expect(
          diagnostic.message.hasPrefix("duplicate key") || diagnostic.message.contains(": ")
            || diagnostic.message.hasPrefix("expected an object (proposal), found "),
          "\(diagnostic.message) names no path")
      }
    }
    #expect(refused > 200)
  }

  /// Values a hand-written proposal gets wrong.
  static let damage = [
    "\"x\"", "\"2 days\"", "\"yes\"", "\"6\"", "-1", "0.5", "7", "true", "null", "[]", "{}",
    "[\"x\"]", "\"\"", "\"Riverside Primary\"", "\"linkd\"", "{\"zzz\": 1}",
  ]

  /// Replaces one value of `json`, chosen at random among all its values, with `new`.
  static func replaceOne(
    in json: inout JSONValue, with new: JSONValue, _ random: inout SeededRandom
  ) {
    var total = 0
    count(json, &total)
    var target = Int.random(in: 0..<total, using: &random)
    replace(&json, &target, with: new)
  }

  private static func count(_ json: JSONValue, _ total: inout Int) {
    total += 1
    switch json.kind {
    case .array(let items): for item in items { count(item, &total) }
    case .object(let members): for member in members { count(member.value, &total) }
    default: break
    }
  }

  private static func replace(_ json: inout JSONValue, _ target: inout Int, with new: JSONValue) {
    if target == 0 {
      json = new
      target = -1
      return
    }
    target -= 1
    switch json.kind {
    case .array(var items):
      for index in items.indices where target >= 0 { replace(&items[index], &target, with: new) }
      json.kind = .array(items)
    case .object(var members):
      for index in members.indices where target >= 0 {
        replace(&members[index].value, &target, with: new)
      }
      json.kind = .object(members)
    default: break
    }
  }

  /// Hundreds of proposal texts with a byte deleted, or one of the usual slips put in or
  /// put in place of one: every syntax error is placed in the text and says what to do.
  @Test func everySyntaxErrorInDamagedTextHasAHint() throws {
    let text = try String(
      contentsOfFile: Fixtures.path("scenarios/proposals/riverside.proposal.json"),
      encoding: .utf8)
    let bytes = Array(text.utf8)
    let slips = [
      ",", "}", "]", "{", "[", ":", "\"", "'", "//", "#", "/*", "0", ".", "-", "x", "\\", "\t",
      "“", "\u{A0}", "−", "e", "\n", "tru",
    ].map { Array($0.utf8) }
    var random = SeededRandom(seed: 30_112_026)
    var refused = 0
    for _ in 0..<600 {
      var damaged = bytes
      let at = Int.random(in: 0..<damaged.count, using: &random)
      switch Int.random(in: 0...2, using: &random) {
      case 0: damaged.remove(at: at)
      case 1:
        damaged.insert(contentsOf: slips[Int.random(in: 0..<slips.count, using: &random)], at: at)
      default:
        damaged.replaceSubrange(
          at...at, with: slips[Int.random(in: 0..<slips.count, using: &random)])
      }
      do {
        _ = try JSONReader.parse(damaged)
      } catch {
        refused += 1
        #expect((0...damaged.count).contains(error.offset))
        #expect(
          !error.hint.isEmpty,
          "\(error.message) in …\(String(decoding: damaged[max(0, at - 20)..<min(damaged.count, at + 20)], as: UTF8.self))…"
        )
      }
    }
    #expect(refused > 150)
  }
}
