import Foundation
import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// The benchmark's reference checks mean the same in the rule language as in hand-written
/// Swift: on generated proposals, every rule of Benchmarks/reference-checks agrees with both
/// hand-written baselines on every check.
@Suite struct ReferenceWorkloadTests {
  static let checks: Framework = {
    let source = try! RuleSource.directory(Fixtures.path("Benchmarks/reference-checks"))
    return try! FrameworkLoader.load([source], subject: ProposalSubject()).framework
  }()

  static func read(_ text: String) throws -> [Value] {
    let read = ProposalReader.read(try JSONReader.parse(Array(text.utf8)))
    #expect(read.problems.isEmpty, "\(read.problems.map(\.message))")
    return read.fields
  }

  @Test func theRulesAreTheFortyFourChecksInOrder() {
    #expect(
      Self.checks.rules.map { String($0.id.prefix(3)) } == HandWrittenChecks(indexed: false).ids)
    #expect(Self.checks.rules.count == 44)
  }

  @Test(arguments: [1, 7, 13] as [UInt64])
  func rulesAgreeWithHandWrittenSwiftOnNormalProposals(seed: UInt64) throws {
    var generator = WorkloadGenerator(seed: seed)
    let nested = HandWrittenChecks(indexed: false)
    let indexed = HandWrittenChecks(indexed: true)
    var passes = Array(repeating: 0, count: 44)
    let texts = generator.normalProposals(100)
    for (index, text) in texts.enumerated() {
      let native = try HandWrittenChecks.decode(text)
      let expected = nested.run(native)
      #expect(indexed.run(native) == expected, "proposal \(index)")
      let outcomes = Self.checks.evaluate(try Self.read(text)).map { $0.outcome == .pass }
      let wrong = zip(nested.ids, zip(outcomes, expected)).filter { $0.1.0 != $0.1.1 }.map(\.0)
      #expect(wrong.isEmpty, "proposal \(index) of seed \(seed): \(wrong)")
      for (check, passed) in expected.enumerated() where passed { passes[check] += 1 }
    }
    // The workload exercises both outcomes of most checks, so agreement means something.
    let oneSided = passes.indices.filter { passes[$0] == 0 || passes[$0] == texts.count }
    #expect(oneSided.count <= 4, "checks with one outcome only: \(oneSided.map { nested.ids[$0] })")
  }

  @Test func rulesAgreeWithHandWrittenSwiftOnALargeProposal() throws {
    var generator = WorkloadGenerator(seed: 2)
    let text = generator.largeProposals(1, schools: 300, knots: 45)[0]
    let native = try HandWrittenChecks.decode(text)
    let expected = HandWrittenChecks(indexed: false).run(native)
    #expect(HandWrittenChecks(indexed: true).run(native) == expected)
    #expect(Self.checks.evaluate(try Self.read(text)).map { $0.outcome == .pass } == expected)
  }

  @Test func theGeneratorDependsOnlyOnItsSeed() {
    var first = WorkloadGenerator(seed: 5)
    var second = WorkloadGenerator(seed: 5)
    var other = WorkloadGenerator(seed: 6)
    let texts = first.normalProposals(20)
    #expect(texts == second.normalProposals(20))
    #expect(texts != other.normalProposals(20))
  }

  @Test func normalProposalsHaveAboutElevenSchools() throws {
    var generator = WorkloadGenerator(seed: 1)
    let counts = try generator.normalProposals(300).map {
      try HandWrittenChecks.decode($0).schoolCount
    }.sorted()
    #expect((10...12).contains(counts[counts.count / 2]))
    #expect(counts.contains { $0 < 6 } && counts.contains { $0 > 40 })
  }
}

/// The compiled rules mean what the tree-walking evaluator (which `explain` uses) means: on
/// generated proposals, normal and large, both give every rule of the default rules and of
/// the reference checks the same outcome.
@Suite struct CompiledRulesTests {
  static func treeWalked(_ framework: Framework, _ fields: [Value]) -> [Outcome] {
    var evaluator = Evaluator(
      subject: framework.facts.apply(to: fields), localSlots: framework.localSlots)
    return framework.rules.map { Framework.outcome(of: $0, with: &evaluator) }
  }

  static let frameworks = [Fixtures.framework, ReferenceWorkloadTests.checks]

  @Test(arguments: [3, 4] as [UInt64], [0, 1])
  func compiledAndTreeWalkedAgreeOnNormalProposals(seed: UInt64, framework: Int) throws {
    let framework = Self.frameworks[framework]
    var generator = WorkloadGenerator(seed: seed)
    for (index, text) in generator.normalProposals(150).enumerated() {
      let fields = try ReferenceWorkloadTests.read(text)
      #expect(framework.outcomes(fields) == Self.treeWalked(framework, fields), "proposal \(index)")
    }
  }

  @Test(arguments: [0, 1])
  func compiledAndTreeWalkedAgreeOnLargeProposals(framework: Int) throws {
    let framework = Self.frameworks[framework]
    var generator = WorkloadGenerator(seed: 9)
    for text in generator.largeProposals(2, schools: 200, knots: 30) {
      let fields = try ReferenceWorkloadTests.read(text)
      #expect(framework.outcomes(fields) == Self.treeWalked(framework, fields))
    }
  }
}
