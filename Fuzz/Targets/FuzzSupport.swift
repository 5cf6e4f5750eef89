import Foundation

/// What the fuzz targets share: the default framework loaded once, the checks every run
/// makes, and a builder of well-formed proposals with hostile values.
enum FuzzCheck {
  /// The default rules, parsed once.
  static let embedded = RuleSource.embedded

  /// The default framework, loaded once.
  static let framework: Framework = {
    do throws(DiagnosticError) {
      return try FrameworkLoader.load([embedded], subject: ProposalSubject()).framework
    } catch {
      fatalError("the default rules do not load")
    }
  }()

  /// Printed diagnostics stay within the renderer's bounds: at most ``maximumShown`` of
  /// them, each of a bounded size, whatever the input.
  static func bounded(_ printed: String, diagnostics: Int) {
    let perDiagnostic =
      4 * DiagnosticRenderer.maximumMessageLength + 2 * DiagnosticRenderer.maximumLineWidth + 400
    let limit = min(diagnostics, DiagnosticRenderer.maximumShown) * perDiagnostic + 200
    if printed.count > limit {
      fatalError("\(diagnostics) diagnostics printed as \(printed.count) characters")
    }
  }

  /// Every problem in a rule file has a location.
  static func located(_ diagnostics: [Diagnostic]) {
    if let unlocated = diagnostics.first(where: { $0.location == nil }) {
      fatalError("a rule-file problem has no location: \(unlocated.message)")
    }
  }
}

/// Reads the fuzzer's bytes as a stream of small decisions; zeros once they run out.
struct FuzzSteer {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func byte() -> UInt8 {
    guard index < bytes.count else { return 0 }
    defer { index += 1 }
    return bytes[index]
  }

  /// A number below `bound` (which is at least 1).
  mutating func below(_ bound: Int) -> Int { Int(byte()) % max(1, bound) }

  mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

  mutating func flag() -> Bool { byte() & 1 == 1 }
}

/// Writes a proposal that is valid JSON in the proposal format's shape, choosing values
/// from the extremes: numbers near the limits of `Double`, strings that are empty, long,
/// full of markup, braces, quotes or right-to-left text, lists that are empty or long.
enum HostileProposal {
  static let numbers: [Double] = [
    0, 1, 2, 3, 12, 0.5, 1e-300, .leastNonzeroMagnitude, 123_456_789.125, 1e15, 1e15 + 1,
    9.007199254740993e15,
    1e19, 9_223_372_036_854_775_808, 1.7976931348623157e308, 1e300, 36, 2.5,
  ]
  static let strings = [
    "", " ", "Ash", "<script>alert(1)</script>", "{score}", "{{", "}", "\"quoted\"", "a\\b",
    "line\nbreak", "tab\there", "\u{202E}right-to-left", "emoji 🏫👩‍🏫", "&amp; &lt;",
    "| pipe | table |", "# heading", "*emphasis* _x_ `code`", "\u{0}", "\u{2028}",
    String(repeating: "long ", count: 400), "ÅÄÖ ñ", "-", "--output", "%s %n %@",
  ]

  static func build(_ steer: inout FuzzSteer) -> String {
    func text() -> JSONValue { .string(steer.pick(strings)) }
    func name() -> JSONValue {
      // Required names may not be blank.
      let chosen = steer.pick(strings)
      return .string(chosen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "n" : chosen)
    }
    func number(atLeast minimum: Double, whole: Bool) -> JSONValue {
      var value = steer.pick(numbers)
      if whole { value = value.rounded(.down) }
      return .number(max(minimum, value))
    }
    func some(_ choices: [String]) -> JSONValue {
      .array(choices.filter { _ in steer.flag() }.map { .string($0) })
    }
    let schoolCount = 1 + steer.below(steer.flag() ? 200 : 8)
    let ids = (0..<schoolCount).map { "s\($0)" }
    let schools: [JSONValue] = ids.map { id in
      .object([
        ("id", .string(id)), ("name", name()),
        ("phase", .string(steer.pick(ProposalFormat.phase.values))),
      ])
    }
    let partners: [JSONValue] = (0..<steer.below(4)).map { _ in
      .object([
        ("kind", .string(steer.pick(ProposalFormat.partnerKind.values))), ("name", name()),
        ("brokerage", some(ProposalFormat.brokerageRole.values)),
      ])
    }
    let leaders: [JSONValue] = (0..<steer.below(4)).map { _ in
      .object([
        ("name", name()), ("school", .string(steer.pick(ids))), ("role", text()),
        ("daysPerMonth", number(atLeast: 0, whole: false)),
      ])
    }
    let knotCount = steer.below(steer.flag() ? 120 : 8)
    let knots: [JSONValue] = (0..<knotCount).map { _ in
      var members: [(String, JSONValue)] = [
        ("name", name()), ("type", .string(steer.pick(ProposalFormat.knotType.values))),
        ("participants", some(ProposalFormat.participantRole.values)),
        ("facilitated", .bool(steer.flag())),
        ("meetingsPerYear", number(atLeast: 0, whole: true)),
        ("months", number(atLeast: 1, whole: true)),
        ("highYield", some(ProposalFormat.highYieldActivity.values)),
        ("processes", some(ProposalFormat.learningProcess.values)),
        ("levels", some(ProposalFormat.levelOfLearning.values)),
        ("knowledge", some(ProposalFormat.knowledgeField.values)),
        ("purpose", text()),
      ]
      if steer.flag() {
        members.append(("schools", .array(ids.filter { _ in steer.flag() }.map { .string($0) })))
      }
      if steer.flag() {
        members.append(("character", .string(steer.pick(ProposalFormat.character.values))))
      }
      return .object(members)
    }
    let proposal = JSONValue.object([
      ("format", .string(ProposalFormat.identifier)), ("name", name()),
      ("geography", .string(steer.pick(ProposalFormat.geography.values))),
      (
        "purpose",
        .object([("idea", text()), ("pupilLearningFocus", text()), ("commonInterest", text())])
      ),
      ("schools", .array(schools)), ("partners", .array(partners)),
      (
        "leadership",
        .object([
          ("model", .string(steer.pick(ProposalFormat.leadershipModel.values))),
          ("leaders", .array(leaders)), ("managementPlan", .bool(steer.flag())),
        ])
      ),
      ("knots", .array(knots)),
      (
        "participation",
        .object(["who", "why", "how", "when", "purposes", "duration"].map { ($0, text()) })
      ),
      (
        "principles",
        .object(
          ["moral-purpose", "shared-leadership", "enquiry-based-practice", "model-of-learning"]
            .map { ($0, text()) })
      ),
    ])
    return JSONWriter.pretty(proposal)
  }
}
