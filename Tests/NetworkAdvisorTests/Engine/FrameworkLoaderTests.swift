import Foundation
import Testing

@testable import NetworkAdvisor

@Suite struct FrameworkLoaderTests {
  static let base = """
    framework "Test"
    area knots "Knots" weight 1
    area purpose "Purpose" weight 2
    grade A "Good" from 50
    grade B "Weak" from 0
    verdict not-ready when failedEssential > 0
    verdict ready otherwise
    let minimum = 1
    rule knots.some
      title "Some knots"
      area knots
      essential caps B
      source "Networked learning activity"
      passes when size(knots) >= minimum
      advice "Add a knot."
      example pass { "knots": [ { "name": "K", "type": "joint-work" } ] }
      example fail { }
    end
    rule purpose.idea
      title "An idea"
      area purpose
      source "Four things effective networks do"
      passes when given(purpose.idea)
      advice "Write the idea."
      example pass { "purpose": { "idea": "x" } }
      example fail { }
    end

    """

  /// Rule sources from files in memory, one source per layer.
  static func sources(_ layers: [[String: String]]) -> [RuleSource] {
    layers.enumerated().map { index, files in
      RuleSource(
        name: "layer\(index)",
        files: files.sorted { $0.key < $1.key }.map { SourceFile(name: $0.key, text: $0.value) })
    }
  }

  static func result(_ layers: [[String: String]]) -> Result<Framework, DiagnosticError> {
    do {
      return .success(
        try FrameworkLoader.load(sources(layers), subject: ProposalSubject()).framework)
    } catch {
      return .failure(error)
    }
  }

  static func load(_ layers: [String: String]...) -> Result<Framework, DiagnosticError> {
    result(layers)
  }

  /// The messages of every problem the layers have; empty when they load.
  static func messages(_ layers: [String: String]...) -> [String] {
    guard case .failure(let error) = result(layers) else { return [] }
    return error.diagnostics.map(\.message)
  }

  @Test func baseLoads() throws {
    let framework = try Self.load(["a.rules": Self.base]).get()
    #expect(framework.rules.map(\.id) == ["knots.some", "purpose.idea"])
    #expect(framework.grades.map(\.letter) == ["A", "B"])
  }

  /// Facts are computed once, in order, for the subject or for each record of a list, and
  /// rules read them like fields.
  @Test func factsAreFieldsRulesRead() throws {
    let facts = """
      fact wide for k in knots "a knot of two schools or more" = size(k.schools) >= 2
      fact wideKnots "the names of the wide knots" = [k.name for k in knots where k.wide]
      rule knots.wide
        title "A wide knot"
        area knots
        source "Networked learning activity"
        passes when size(wideKnots) > 0
        advice "Widen {[k.name for k in knots where not k.wide]}."
        example pass { "schools": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ], "knots": [ { "name": "K", "type": "joint-work" } ] }
        example fail { "schools": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ], "knots": [ { "name": "K", "type": "joint-work", "schools": ["a"] } ] }
      end

      """
    let framework = try Self.load(["a.rules": Self.base, "b.rules": facts]).get()
    #expect(framework.checkExamples().isEmpty)
    let top = framework.recordType
    #expect(top.slot(of: "wideKnots") != nil)
    guard case .list(.record(let knot)) = top.fields[top.slot(of: "knots")!].type else {
      Issue.record("knots is not a list of records")
      return
    }
    #expect(knot.slot(of: "wide") != nil)
    #expect(knot.fields[knot.slot(of: "wide")!].isDerived)
    let fields = framework.facts.apply(to: Fixtures.riverside.fields)
    #expect(fields[top.slot(of: "wideKnots")!].listValue.count == 6)
  }

  /// A severity gives its rules a cap; a cap of the assessment as a whole reads how many
  /// rules of each severity failed.
  @Test func severitiesAndWholeCapsGrade() throws {
    let rules = """
      framework "Test"
      area knots "Knots" weight 1
      grade A "Good" from 50
      grade B "Fair" from 20
      grade C "Weak" from 0
      severity serious "a defect" caps B
      severity slight "a gap"
      cap C when failures.serious >= 2
      verdict not-ready when failures.serious >= 2
      verdict ready-with-conditions when failures.serious >= 1
      verdict ready otherwise
      rule knots.fine
        title "Fine"
        area knots
        weight 10
        source "s"
        passes when name != "never"
        advice "a"
        example pass {}
        example fail { "name": "never" }
      end

      """
    func rule(_ id: String, _ severity: String) -> String {
      "rule knots.\(id)\n title \"T\"\n area knots\n severity \(severity)\n source \"s\"\n passes when size(knots) > 0\n advice \"a\"\n example pass { \"knots\": [ { \"name\": \"K\", \"type\": \"joint-work\" } ] }\n example fail {}\nend\n"
    }
    let one = try Self.load(["a.rules": rules + rule("one", "serious") + rule("two", "slight")])
      .get()
    #expect(one.rules.map(\.cap) == [nil, "B", nil])
    #expect(one.rules.map(\.severity) == [nil, "serious", "slight"])
    let empty = ProposalReader.read(try JSONReader.parse(#"{"knots": []}"#), requiresAll: false)
      .fields
    let assessment = Assessment(framework: one, subjectName: "x", fields: empty)
    #expect(assessment.grade.letter == "B")
    #expect(assessment.verdict == "ready-with-conditions")
    #expect(assessment.conditions.map(\.rule.id) == ["knots.one"])

    let two = try Self.load(["a.rules": rules + rule("one", "serious") + rule("two", "serious")])
      .get()
    let worse = Assessment(framework: two, subjectName: "x", fields: empty)
    #expect(worse.grade.letter == "C")
    #expect(worse.verdict == "not-ready")
    // Mending either failure lifts the verdict: the first is the reason, and the other is a
    // condition once it is met; both hold the grade.
    #expect(worse.reasons.map(\.rule.id) == ["knots.one"])
    #expect(worse.cappedBy.map(\.id) == ["knots.one", "knots.two"])
  }

  @Test func laterLayersOverrideAndDisable() throws {
    let local = """
      override rule knots.some
        title "Three knots"
        area knots
        source "Networked learning activity"
        passes when size(knots) >= 3
        advice "Add knots."
        example pass { "knots": [ { "name": "A", "type": "joint-work" }, { "name": "B", "type": "joint-work" }, { "name": "C", "type": "joint-work" } ] }
        example fail { }
      end
      disable rule purpose.idea
      override area knots "Knots" weight 5
      override grade A "Very good" from 60
      override let minimum = 2
      verdict ready otherwise
      """
    let framework = try Self.load(["a.rules": Self.base], ["local.rules": local]).get()
    #expect(framework.rules.map(\.title) == ["Three knots"])
    #expect(framework.areas.first?.weight == 5)
    #expect(framework.grades.first?.threshold == 60)
    #expect(framework.verdicts.map(\.id) == ["ready"])
    #expect(framework.constants.first?.value == .number(2))
  }

  @Test(arguments: [
    (
      "rule knots.some\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"a\"\n example pass {}\n example fail {}\nend",
      "the rule 'knots.some' is declared twice"
    ),
    (
      "override rule knots.other\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"a\"\nend",
      "'override' but there is no rule 'knots.other' to replace"
    ),
    ("disable rule knots.som", "there is no rule 'knots.som' to disable"),
    ("area knots \"K\" weight 1", "the area 'knots' is declared twice"),
    ("let minimum = 3", "the constant 'minimum' is declared twice"),
    ("grade C \"x\" from 0", "the grades 'B' and 'C' start at the same score"),
    (
      "rule a.b\n title \"x\"\n area knot\n source \"s\"\n passes when true\n advice \"a\"\n example pass {}\n example fail {}\nend",
      "unknown area 'knot'"
    ),
    (
      "rule a.b\n title \"x\"\n area knots\n essential caps Z\n source \"s\"\n passes when true\n advice \"a\"\n example pass {}\n example fail {}\nend",
      "unknown grade 'Z'"
    ),
    (
      "rule a.b\n area knots\n source \"s\"\n passes when true\n advice \"a\"\n example pass {}\n example fail {}\nend",
      "the rule 'a.b' has no 'title'"
    ),
    (
      "rule a.b\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"a\"\n example pass {}\nend",
      "the rule 'a.b' has no example that must fail"
    ),
    (
      "rule a.b\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"a\"\n example pass {}\n example fail {}\n example not-applicable {}\nend",
      "the rule 'a.b' always applies, so no example can be not-applicable"
    ),
    (
      "rule a.b\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"a\"\n example pass { \"knots\": [ { \"nam\": \"K\" } ] }\n example fail {}\nend",
      "malformed example: at knots[0].nam: unknown key \"nam\""
    ),
    (
      "rule a.b\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"a\"\n example pass { \"knots\": size(knots) }\n example fail {}\nend",
      "malformed example: an example is written as JSON (objects, arrays, strings, numbers, true, false)"
    ),
    (
      "rule a.b\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"{knots}\"\n example pass {}\n example fail {}\nend",
      "a list of a knot cannot be written in advice"
    ),
    (
      "rule a.b\n title \"x\"\n area knots\n source \"s\"\n passes when true\n weight 0\n advice \"a\"\n example pass {}\n example fail {}\nend",
      "the weight of rule 'a.b' must be more than 0, or 0 with a severity that changes no grade or verdict"
    ),
    ("verdict maybe when score > 3", "unknown verdict 'maybe'"),
    (
      "rule a.c\n title \"x\"\n area knots\n source \"s\"\n passes when true\n advice \"as §a.q§ asks\"\n example pass {}\nend",
      "the rule 'a.c' refers to §a.q§, which is not a rule"
    ),
    (
      "let broken = size(knots)",
      "unknown name 'knots' (a constant may use only literals and other constants)"
    ),
  ])
  func problems(_ extra: String, _ message: String) {
    #expect(Self.messages(["a.rules": Self.base + extra]).contains(message))
  }

  @Test func aLaterLayerCanReplaceASeedList() throws {
    let list =
      "section \"Four things effective networks do\"\nsection \"Networked learning activity\"\nlist things \"Four things effective networks do\"\n  idea \"an idea\"\nend\n"
    let local =
      "override list things \"Four things effective networks do\"\n  idea \"an idea\"\n  form \"a form\"\nend\n"
    let framework = try Self.load(["a.rules": Self.base + list], ["b.rules": local]).get()
    #expect(framework.seedLists.first?.items.map(\.id) == ["idea", "form"])
    #expect(framework.uncoveredItems().count == 2)
  }

  @Test func missingFrameworkGradesAndOtherwise() {
    let messages = Self.messages([
      "a.rules": "area knots \"K\" weight 1\nverdict ready when score > 1\n"
    ])
    #expect(messages.contains("no framework is declared"))
    #expect(messages.contains("no grades are declared"))
    #expect(messages.contains("the verdicts must end with one that applies otherwise"))
  }

  @Test func gradesNeedAFloor() {
    let text = Self.base.replacingOccurrences(
      of: "grade B \"Weak\" from 0", with: "grade B \"Weak\" from 10")
    #expect(
      Self.messages(["a.rules": text]).contains(
        "the lowest grade 'B' starts at 10, so some scores have no grade"))
  }

  @Test func errorsFromEveryFileComeTogether() {
    let messages = Self.messages([
      "a.rules": Self.base, "b.rules": "rule x.y\n titel \"t\"\nend\n", "c.rules": "let q = nope\n",
    ])
    #expect(messages.contains("expected a clause of the rule or 'end', found 'titel'"))
    #expect(
      messages.contains(
        "unknown name 'nope' (a constant may use only literals and other constants)"))
  }

  @Test func emptyAreaIsAWarning() throws {
    let text = Self.base + "area levels \"Levels\" weight 1\n"
    let loaded = try FrameworkLoader.load(
      [RuleSource(name: "x", files: [SourceFile(name: "a.rules", text: text)])],
      subject: ProposalSubject())
    #expect(loaded.warnings.map(\.message) == ["the area 'levels' has no rules"])
  }

  @Test func digestChangesWithTheRules() throws {
    let one = try Self.load(["a.rules": Self.base]).get()
    let two = try Self.load(["a.rules": Self.base + "# a comment\n"]).get()
    #expect(one.digest != two.digest)
    #expect(one.digest.count == 16)
  }

  /// The digest is the rules' content: the same files in another folder give the same one.
  @Test func digestIgnoresTheFoldersPath() throws {
    let copies = [Fixtures.temporaryFolder(), Fixtures.temporaryFolder() + "/deeper/rules"]
    var digests: [String] = []
    for folder in copies {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("rules")) {
        try FileManager.default.copyItem(
          atPath: Fixtures.path("rules/" + name), toPath: folder + "/" + name)
      }
      let layers = try RuleSource.layers(forFolders: [folder])
      digests.append(try FrameworkLoader.load(layers, subject: ProposalSubject()).framework.digest)
    }
    #expect(digests == [Fixtures.framework.digest, Fixtures.framework.digest])
  }
}
