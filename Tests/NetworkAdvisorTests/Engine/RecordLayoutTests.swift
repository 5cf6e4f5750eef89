import Testing

@testable import NetworkAdvisor

/// A compiled framework knows the layout of its subject's records and refuses others.
@Suite struct RecordLayoutTests {
  static var framework: Framework { Fixtures.framework }

  @Test func aProposalHasTheLayout() {
    #expect(Self.framework.layoutProblem(of: Fixtures.riverside.fields) == nil)
    #expect(Self.framework.subjectType === ProposalSubject().recordType)
  }

  /// Records of another shape: too few fields, too many, a value of the wrong type, a
  /// wrong record inside a list.
  static let wrongRecords: [(String, [Value])] = {
    var fields = Fixtures.riverside.fields
    let schools = Fixtures.framework.subjectType.slot(of: "schools")!
    var wrongType = fields
    wrongType[schools] = .number(3)
    var wrongItem = fields
    wrongItem[schools] = .list([.record([.string("only an id")])])
    fields.append(.bool(true))
    return [
      ("no fields", []), ("one field too many", fields), ("a number for the schools", wrongType),
      ("a school with one field", wrongItem),
    ]
  }()

  @Test(arguments: wrongRecords.indices)
  func aRecordOfAnotherShapeIsRefused(_ index: Int) throws {
    let (name, fields) = Self.wrongRecords[index]
    let problem = try #require(Self.framework.layoutProblem(of: fields), "\(name)")
    #expect(!problem.isEmpty)
    // Refused with a diagnostic where the caller can take one; nothing crashes elsewhere.
    guard case .failure(let refusal) = Self.framework.evaluateWithinBudget(fields) else {
      Issue.record("\(name) was evaluated")
      return
    }
    #expect(refusal.id == "wrong-record")
    #expect(refusal.message.contains(problem))
    let assessed = Assessment.withinBudget(
      framework: Self.framework, subjectName: name, fields: fields)
    #expect((try? assessed.get()) == nil)
    let assessment = Assessment(framework: Self.framework, subjectName: name, fields: fields)
    #expect(assessment.findings.allSatisfy { $0.outcome == .notApplicable })
    // The engine's inner loop (for records the reader made) checks the record's own fields.
    if Self.framework.shallowLayoutProblem(of: fields) != nil {
      #expect(Self.framework.outcomes(fields).allSatisfy { $0 == .notApplicable })
      #expect(Self.framework.evaluate(fields).allSatisfy { $0.outcome == .notApplicable })
    }
  }

  /// Every door that takes a record reads a wrong one without trapping.
  @Test(arguments: wrongRecords.indices)
  func everyDoorSurvivesARecordOfAnotherShape(_ index: Int) {
    let (name, fields) = Self.wrongRecords[index]
    #expect(Self.framework.evaluate(fields).count == Self.framework.rules.count, "\(name)")
    #expect(Self.framework.outcomes(fields).count == Self.framework.rules.count, "\(name)")
    #expect(Self.framework.budgetRefusal(for: fields)?.id == "wrong-record", "\(name)")
    #expect(TraceReport.explain(Self.framework.rules[0], in: Self.framework, fields: fields) == nil)
    let sensitivity = RulesSensitivity(framework: Self.framework, layers: [], proposals: [fields])
    #expect(sensitivity.scenarios == 1)
  }

  /// The engine's inner loop checks the shape of the record and of every record in it;
  /// what a list of plain values holds is left to the deep check.
  @Test func theInnerLoopChecksTheShapeOfEveryRecord() {
    let shallow = Self.wrongRecords.filter { Self.framework.shallowLayoutProblem(of: $0.1) != nil }
    #expect(shallow.map(\.0) == Self.wrongRecords.map(\.0))
    var fields = Fixtures.riverside.fields
    let name = Fixtures.framework.subjectType.slot(of: "name")!
    fields[name] = .string("")
    #expect(Self.framework.shallowLayoutProblem(of: fields) == nil)
    let schools = Fixtures.framework.subjectType.slot(of: "schools")!
    guard case .list(let items) = fields[schools], case .record(var school) = items[0] else {
      Issue.record("riverside has no school")
      return
    }
    let phase = ProposalFormat.school.slot(of: "phase")!
    school[phase] = .string("no such phase")
    fields[schools] = .list([.record(school)] + items.dropFirst())
    #expect(Self.framework.shallowLayoutProblem(of: fields) == nil)
    #expect(Self.framework.layoutProblem(of: fields)?.contains("no such phase") == true)
  }

  @Test func theProblemSaysWhatIsWrong() {
    let problem = Self.framework.layoutProblem(of: [])
    #expect(problem?.contains("has \(Self.framework.subjectType.fields.count) fields") == true)
    #expect(problem?.hasSuffix("this record has 0") == true)
  }
}
