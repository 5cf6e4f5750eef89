import Foundation
import Testing

@testable import NetworkAdvisor

/// Fields that rule layers declare (`field LEVEL.NAME KIND "…"`): one declaration feeds the
/// checker, the reader, the JSON Schema and the catalogue.
@Suite struct ExtensionFieldTests {
  static let example = Fixtures.path("docs/examples/local-facilitator")

  /// The default framework with a layer of these files on top.
  static func load(_ text: String) throws(DiagnosticError) -> (
    framework: Framework, warnings: [Diagnostic]
  ) {
    try FrameworkLoader.load(
      [.embedded, RuleSource(name: "local", files: [SourceFile(name: "local.rules", text: text)])],
      subject: ProposalSubject())
  }

  static func layerErrors(_ text: String) -> [Diagnostic] {
    do {
      _ = try load(text)
      return []
    } catch {
      return error.diagnostics
    }
  }

  static let exampleFramework: Framework = {
    let layers = try! RuleSource.layers(forFolders: [example])
    return try! FrameworkLoader.load(layers, subject: ProposalSubject()).framework
  }()

  /// Riverside with `extensions` added by `change`, as JSON text.
  static func riverside(_ change: (inout [String: Any]) -> Void) -> String {
    var document = SeedCoverageTests.Document(path: "scenarios/proposals/riverside.proposal.json")
    change(&document.root)
    let data = try! JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func declarationsParse() {
    let file = SourceFile(
      name: "f.rules",
      text: """
        field knots.facilitator text "who facilitates"
        field network.funder text in ["school", "authority"] "who pays"
        override field leaders.hours number "hours a week"
        field schools.online boolean "meets online"
        """)
    let (declarations, diagnostics) = Parser.parse(file)
    #expect(diagnostics.isEmpty)
    let fields = declarations.compactMap { declaration -> FieldDeclaration? in
      if case .field(let field) = declaration { return field }
      return nil
    }
    #expect(
      fields.map(\.key) == [
        "knots.facilitator", "network.funder", "leaders.hours", "schools.online",
      ])
    #expect(fields.map(\.kind) == [.text, .text, .number, .boolean])
    #expect(fields[1].allowed?.map(\.value) == ["school", "authority"])
    #expect(fields.map(\.isOverride) == [false, false, true, false])
    #expect(fields[0].summary == "who facilitates")
  }

  @Test(
    arguments: [
      ("field knots.facilitator txt \"x\"", "expected the kind of value", "did you mean 'text'?"),
      ("field knots.budget number in [\"a\"] \"x\"", "only a text field can list", nil),
      ("field knots facilitator text \"x\"", "expected '.'", nil),
      ("field knots.facilitator text", "expected what the field means", nil),
    ] as [(String, String, String?)])
  func badDeclarationsAreSyntaxErrors(_ text: String, _ message: String, _ hint: String?) {
    let (_, diagnostics) = Parser.parse(SourceFile(name: "f.rules", text: text))
    #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics)")
    if let hint { #expect(diagnostics.first?.hint == hint) }
  }

  @Test func theLoaderChecksWhereAFieldGoes() {
    let errors = Self.layerErrors("field knot.facilitator text \"x\"\n")
    #expect(errors.map(\.id) == ["unknown-level"])
    #expect(errors.first?.hint == "did you mean 'knots'?")
    #expect(errors.first?.location?.description == "local.rules:1:7")
    let twice = Self.layerErrors(
      "field knots.facilitator text \"x\"\nfield knots.facilitator text \"y\"\n")
    #expect(twice.map(\.id) == ["duplicate-field"])
    #expect(
      Self.layerErrors("field knots.kind text in [\"a\", \"a\"] \"x\"\n").map(\.id)
        == ["duplicate-value"])
  }

  @Test func rulesReadDeclaredFieldsByNameAndMisspellingsAreLocated() throws {
    let rule = """
      field knots.facilitator text "who facilitates"
      area local "Local" weight 1
      rule local.named
        title "Named"
        area local
        severity minor
        source "Networked learning activity"
        passes when all k in knots: given(k.extensions.facilitatr)
        advice "Name them"
        example pass { "knots": [ { "name": "A", "type": "joint-work", "extensions": { "facilitator": "R" } } ] }
        example fail { "knots": [ { "name": "A", "type": "joint-work" } ] }
      end
      """
    let errors = Self.layerErrors(rule)
    #expect(errors.map(\.id) == ["unknown-field"])
    #expect(errors.first?.hint == "did you mean 'facilitator'?")
    let fixed = try Self.load(rule.replacingOccurrences(of: "facilitatr", with: "facilitator"))
    #expect(fixed.framework.checkExamples().isEmpty)
    #expect(fixed.framework.extensionFields.map(\.key) == ["knots.facilitator"])
  }

  @Test func aValueOutsideTheAllowedOnesIsACheckedError() {
    let errors = Self.layerErrors(
      """
      field knots.funding text in ["school", "grant"] "who pays"
      area local "Local" weight 1
      rule local.funded
        title "Funded"
        area local
        severity minor
        source "Networked learning activity"
        passes when all k in knots: k.extensions.funding != "grnt"
        advice "Fund them"
        example pass { }
        example fail { }
      end
      """)
    #expect(errors.contains { $0.message.contains("grnt") }, "\(errors.map(\.message))")
  }

  /// Absent values read as the format's absent values: text not given, 0, false; at every
  /// level. The examples run through the reader, so they check it.
  @Test func absentFieldsReadAsNotGiven() throws {
    let loaded = try Self.load(
      """
      field network.funder text "who pays"
      field schools.online boolean "meets online"
      field partners.since number "year the partnership began"
      field leaders.hours number "hours a week"
      field knots.funding text in ["school", "grant"] "who pays"
      area local "Local" weight 1
      rule local.absent
        title "Absent values"
        area local
        severity minor
        source "Networked learning activity"
        passes when not given(extensions.funder) and (all s in schools: not s.extensions.online) and (all p in partners: p.extensions.since == 0) and (all l in leadership.leaders: l.extensions.hours == 0) and (all k in knots: not given(k.extensions.funding))
        advice "x"
        example pass { "schools": [ { "id": "a", "name": "A" } ], "partners": [ { "kind": "community", "name": "P" } ], "leadership": { "leaders": [ { "name": "L" } ] }, "knots": [ { "name": "K", "type": "joint-work" } ] }
        example fail { "extensions": { "funder": "DfE" } }
        example fail { "schools": [ { "id": "a", "name": "A", "extensions": { "online": true } } ] }
        example fail { "partners": [ { "kind": "community", "name": "P", "extensions": { "since": 2004 } } ] }
        example fail { "leadership": { "leaders": [ { "name": "L", "extensions": { "hours": 3 } } ] } }
        example fail { "knots": [ { "name": "K", "type": "joint-work", "extensions": { "funding": "grant" } } ] }
      end
      """)
    #expect(loaded.framework.checkExamples().isEmpty)
  }

  @Test func anUndeclaredKeyInARuleExampleIsAnError() {
    let errors = Self.layerErrors(
      """
      area local "Local" weight 1
      rule local.x
        title "X"
        area local
        severity minor
        source "Networked learning activity"
        passes when true
        advice "x"
        example pass { "knots": [ { "name": "K", "type": "joint-work", "extensions": { "facilitator": "R" } } ] }
        example fail { }
      end
      """)
    #expect(errors.map(\.id) == ["bad-example"])
    #expect(errors.first?.message.contains("knots[0].extensions.facilitator") == true)
  }

  @Test func declaredValuesAreValidatedLikeBuiltInFields() {
    let text = Self.riverside { root in
      var knots = root["knots"] as! [[String: Any]]
      knots[0]["extensions"] = ["facilitator": 7]
      knots[1]["extensions"] = ["facilitation": "universty"]
      knots[2]["extensions"] = "R. Shah"
      root["knots"] = knots
    }
    let result = ProposalDocument.read(
      Array(text.utf8), name: "p.json", extensions: Self.exampleFramework.extensionFields)
    guard case .failure(let error) = result else {
      Issue.record("accepted")
      return
    }
    let messages = error.diagnostics.map(\.message)
    #expect(
      messages == [
        "knots[0].extensions.facilitator: expected a string, found a number 7",
        "knots[1].extensions.facilitation: \"universty\" is not a facilitation value",
        "knots[2].extensions: expected an object (extensions of a knot), found a string \"R. Shah\"",
      ])
    #expect(error.diagnostics[1].hint == "did you mean 'university'?")
    #expect(error.diagnostics.allSatisfy { $0.location != nil && $0.severity == .error })
  }

  @Test func theCommandLineRefusesABadValueWithExitTwo() {
    let path = Fixtures.temporaryFolder() + "/p.json"
    try! Self.riverside { root in
      var knots = root["knots"] as! [[String: Any]]
      knots[0]["extensions"] = ["facilitation": "universty"]
      root["knots"] = knots
    }.write(toFile: path, atomically: true, encoding: .utf8)
    let result = Fixtures.run(["assess", path, "--rules", Self.example])
    #expect(result.status == .invalidInput)
    #expect(result.errors.contains("error: knots[0].extensions.facilitation: \"universty\""))
    #expect(result.errors.contains("= hint: did you mean 'university'?"))
    #expect(result.errors.contains("1 problem in \(path); nothing was assessed."))
  }

  /// Adding an `extensions` key no layer declares, anywhere a layer could declare one,
  /// never changes the assessment and always gives exactly one located warning.
  @Test(arguments: Array(UInt64(1)...UInt64(200)))
  func anUndeclaredKeyChangesNothingAndWarnsOnce(_ seed: UInt64) throws {
    let document = DesignGenerator.design(seed: seed)
    var changed = document
    let places = ["network", "schools", "leaders", "knots"]
    let place = places[Int(seed % UInt64(places.count))]
    let extensions: [String: Any] = ["localNote\(seed)": seed % 2 == 0 ? "text" : 3]
    func addToFirst(_ list: inout [[String: Any]]) -> Bool {
      guard !list.isEmpty else { return false }
      list[0]["extensions"] = extensions
      return true
    }
    var added = false
    switch place {
    case "schools":
      var schools = changed.root["schools"] as! [[String: Any]]
      added = addToFirst(&schools)
      changed.root["schools"] = schools
    case "knots":
      var knots = changed.root["knots"] as? [[String: Any]] ?? []
      added = addToFirst(&knots)
      changed.root["knots"] = knots
    case "leaders":
      var leadership = changed.root["leadership"] as? [String: Any] ?? [:]
      var leaders = leadership["leaders"] as? [[String: Any]] ?? []
      added = addToFirst(&leaders)
      leadership["leaders"] = leaders
      changed.root["leadership"] = leadership
    default: break
    }
    if !added { changed.root["extensions"] = extensions }
    func read(_ document: SeedCoverageTests.Document) throws -> ProposalReader.Result {
      let data = try JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
      return try ProposalDocument.read(Array(data), name: "design.json").get()
    }
    let before = try read(document)
    let after = try read(changed)
    #expect(before.diagnostics.isEmpty)
    #expect(after.diagnostics.count == 1)
    #expect(after.diagnostics.first?.severity == .warning)
    #expect(after.diagnostics.first?.message.contains("localNote\(seed)") == true)
    #expect(after.diagnostics.first?.location != nil)
    let framework = Fixtures.framework
    let old = Assessment(framework: framework, subjectName: "d", fields: before.fields)
    let new = Assessment(framework: framework, subjectName: "d", fields: after.fields)
    #expect(old.score == new.score)
    #expect(old.grade.letter == new.grade.letter)
    #expect(old.verdict == new.verdict)
    #expect(old.findings.map(\.outcome) == new.findings.map(\.outcome))
  }

  /// Declared but absent: a facilitated knot without a named facilitator fails the example
  /// layer's rule, over generated designs, exactly when such a knot exists.
  @Test(arguments: Array(UInt64(1)...UInt64(100)))
  func declaredButAbsentReadsAsNotGiven(_ seed: UInt64) throws {
    var document = DesignGenerator.design(seed: seed)
    var knots = document.root["knots"] as? [[String: Any]] ?? []
    for index in knots.indices where index % 2 == Int(seed % 2) {
      knots[index]["extensions"] = ["facilitator": "Facilitator \(index)"]
    }
    document.root["knots"] = knots
    let data = try JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    let framework = Self.exampleFramework
    let read = try ProposalDocument.read(
      Array(data), name: "d.json", extensions: framework.extensionFields
    ).get()
    #expect(read.diagnostics.isEmpty)
    let outcome = framework.outcomes(read.fields)[
      framework.ruleIndex(of: "local.named-facilitator")!]
    let facilitated = knots.filter { $0["facilitated"] as? Bool == true }
    let unnamed = facilitated.filter { $0["extensions"] == nil }
    let expected: Outcome = facilitated.isEmpty ? .notApplicable : unnamed.isEmpty ? .pass : .fail
    #expect(outcome == expected)
  }
}
