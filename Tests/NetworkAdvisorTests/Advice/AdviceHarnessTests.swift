import Foundation
import Testing

@testable import NetworkAdvisor

/// Every rule's advice, rendered wherever the rule fails, with why it fails where the rule
/// says (`because`), and every reason a rule gives for not applying, wherever it does not:
/// on every rule's examples, on every scenario and on hundreds of generated designs with
/// empty, single and many-item lists and absent values. Each must read as finished words
/// (``AdviceLint``), the reason why in the sentence a report puts it in.
@Suite struct AdviceHarnessTests {
  typealias Document = SeedCoverageTests.Document

  /// The advice of every rule that fails on `fields` (before presumptions fold any), with
  /// why it fails, and the reason of every rule that does not apply, with the problems found
  /// in it, as lines naming the rule and the case.
  static func problems(in fields: [Value], case name: String) -> [String] {
    let framework = Fixtures.framework
    var found: [String] = []
    for (rule, result) in zip(framework.rules, framework.evaluate(fields)) {
      if let because = result.because {
        found += becauseProblems(because, of: rule, case: name)
      }
      guard result.outcome != .pass, let advice = result.advice.map(AdviceLint.asReported)
      else { continue }
      let problems =
        result.outcome == .fail
        ? AdviceLint.problems(in: advice) : AdviceLint.problems(in: "Does not apply: \(advice).")
      if !problems.isEmpty {
        found.append(
          "\(rule.id) on \(name): \(problems.joined(separator: "; ")) in «\(advice)»")
      }
    }
    return found
  }

  /// The problems of why a rule fails, in the sentence a report gives it in.
  static func becauseProblems(_ because: String, of rule: Rule, case name: String) -> [String] {
    let sentence = AdviceLint.asReported(
      "Counted under What to do first, 1: \(because); judged again once that gap is closed.")
    let problems = AdviceLint.problems(in: sentence)
    guard !problems.isEmpty else { return [] }
    return ["\(rule.id) on \(name): \(problems.joined(separator: "; ")) in «\(sentence)»"]
  }

  static func fields(of document: Document) -> [Value] {
    let data = try! JSONSerialization.data(withJSONObject: document.root, options: [.sortedKeys])
    return try! ProposalDocument.read(Array(data), name: "generated.json").get().fields
  }

  static let ruleIds = Fixtures.framework.rules.map(\.id)

  /// The advice of every rule that fails on a rule example, with the problems found in it.
  /// An example's fields already hold the facts, so the rules read them as they are.
  static func exampleProblems(in example: Rule.Example, case name: String) -> (
    failed: Int, problems: [String]
  ) {
    let framework = Fixtures.framework
    var failed = 0
    var found: [String] = []
    for rule in framework.rules {
      var evaluator = Evaluator(
        subject: example.fieldsWithFacts(), localSlots: framework.localSlots)
      guard Framework.outcome(of: rule, with: &evaluator) == .fail else { continue }
      failed += 1
      let advice = AdviceLint.asReported(Framework.advice(of: rule, with: &evaluator))
      let problems = AdviceLint.problems(in: advice)
      if !problems.isEmpty {
        found.append("\(rule.id) on \(name): \(problems.joined(separator: "; ")) in «\(advice)»")
      }
      if let because = Framework.because(of: rule, with: &evaluator) {
        found += becauseProblems(because, of: rule, case: name)
      }
    }
    return (failed, found)
  }

  @Test(arguments: ruleIds)
  func adviceReadsWellOnEveryExample(_ id: String) {
    let rule = Fixtures.framework.rules.first { $0.id == id }!
    for (index, example) in rule.examples.enumerated() {
      let (failed, problems) = Self.exampleProblems(
        in: example, case: "\(id) example \(index + 1)")
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
      if example.expectation == .fail {
        #expect(failed > 0, "\(id) example \(index + 1) fails its rule, yet no advice was read")
      }
    }
  }

  @Test(arguments: ScenarioSuiteTests.scenarioFiles)
  func adviceReadsWellOnEveryScenario(_ name: String) throws {
    let scenario = try ScenarioReader.read(
      path: Fixtures.path("scenarios/" + name), framework: Fixtures.framework
    ).get()
    let problems = Self.problems(in: scenario.proposal.fields, case: name)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  static let seeds: [UInt64] = Array(1...300)

  @Test(arguments: seeds)
  func adviceReadsWellOnGeneratedDesigns(_ seed: UInt64) {
    for (variant, document) in Self.variants(of: seed) {
      let problems = Self.problems(in: Self.fields(of: document), case: "seed \(seed) \(variant)")
      #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
  }

  /// A generated design, then the same design thinned out: values left absent, and lists
  /// cut to none, one or many items.
  static func variants(of seed: UInt64) -> [(String, Document)] {
    let design = DesignGenerator.design(seed: seed)
    var random = DesignGenerator.Random(state: seed &* 7919)
    var sparse = design
    sparse.knots = sparse.knots.map { knot in
      var knot = knot
      for key in ["meetingsPerYear", "months", "participants", "schools", "purpose", "facilitated"]
      where random.chance(40) {
        knot.removeValue(forKey: key)
      }
      return knot
    }
    if var leadership = sparse.root["leadership"] as? [String: Any],
      let leaders = leadership["leaders"] as? [[String: Any]]
    {
      leadership["leaders"] = leaders.map { leader in
        var leader = leader
        if random.chance(50) { leader.removeValue(forKey: "daysPerMonth") }
        if random.chance(50) { leader.removeValue(forKey: "school") }
        return leader
      }
      sparse.root["leadership"] = leadership
    }
    for key in ["purpose", "participation", "principles"] where random.chance(30) {
      sparse.root.removeValue(forKey: key)
    }
    var empty = design
    empty.knots = []
    empty.partners = []
    empty.root["leadership"] = [String: Any]()
    var single = design
    single.knots = Array(single.knots.prefix(1))
    single.schools = Array(single.schools.prefix(random.chance(50) ? 1 : 2))
    single.knots = single.knots.map { knot in
      var knot = knot
      knot["schools"] = single.schools.compactMap { $0["id"] as? String }
      return knot
    }
    func named(_ document: Document) -> Document {
      var document = document
      let ids = Set(document.schools.compactMap { $0["id"] as? String })
      document.schools = document.schools.enumerated().map { index, school in
        var school = school
        school["name"] = "School " + letters(index)
        return school
      }
      document.knots = document.knots.enumerated().map { index, knot in
        var knot = knot
        knot["name"] = "Knot " + letters(index)
        if let members = knot["schools"] as? [String] {
          knot["schools"] = members.filter(ids.contains)
        }
        return knot
      }
      if var leadership = document.root["leadership"] as? [String: Any],
        let leaders = leadership["leaders"] as? [[String: Any]]
      {
        leadership["leaders"] = leaders.enumerated().map { index, leader in
          var leader = leader
          if let school = leader["school"] as? String, !ids.contains(school) {
            leader.removeValue(forKey: "school")
          }
          if leader["name"] != nil { leader["name"] = "Leader " + letters(index) }
          return leader
        }
        document.root["leadership"] = leadership
      }
      return document
    }
    return [
      ("as generated", design), ("sparse", sparse), ("with no knots", empty),
      ("with one knot", single),
    ].map { ($0, named($1)) }
  }

  /// Letters for a position: A, B, … Z, AA, AB, …
  static func letters(_ index: Int) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index < 26
      ? String(alphabet[index]) : letters(index / 26 - 1) + String(alphabet[index % 26])
  }
}

/// The harness's checks catch the defects facilitators found, and pass finished advice.
@Suite struct AdviceLintTests {
  static let unfit = [
    "Let an enquiry group draw on research (public knowledge), and .",
    "Plan the knots so that the longest now runs 0 months.",
    "Find a facilitator for none.",
    "Say who takes part in  (its participants).",
    "Open Team to more schools (its `schools`)..",
    "Add a group ().",
    "Give the network {leadershipDays} days.",
    "Invite the schools, and",
    "Plan for 1 schools.",
    "Agree it. Write it. Record it.",
    "Widen who takes part, now only teachers and middle-leaders.",
    "Ask J. Hale to broker. Agree it. Record it.",
    "Invite a university in (a bridge: to research) as a partner. In the proposal, `partners`.",
    "Agree with the heads " + String(repeating: "and then with the staff ", count: 12)
      + "what to do.",
  ]

  @Test(arguments: unfit)
  func unfitAdviceIsCaught(_ text: String) {
    #expect(!AdviceLint.problems(in: text).isEmpty)
  }

  @Test func finishedAdvicePasses() {
    let text =
      "Open Reading team to colleagues from at least one more school: a knot is where "
      + "\"people from different schools come together\". In the proposal: each knot's `schools`."
    #expect(AdviceLint.problems(in: text) == [])
  }

  @Test func namesQuotationsAndCodeDoNotMakeASentenceLong() {
    let names = (1...40).map { "Hill Top School \($0)" }.joined(separator: ", ")
    let quotation = String(repeating: "people learn together ", count: 30)
    let text =
      "Bring the staff of \(names) into a team: the seed says \"\(quotation)\". "
      + "In the proposal: `schools`."
    #expect(AdviceLint.problems(in: text) == [])
    #expect(AdviceLint.ownWords(in: "Bring the staff of \(names) into a team") == 6)
  }

  @Test func initialsAndCodeSpansAreNotFaults() {
    let text =
      "Let J. Hale broker relationships, with middle leaders in each group: brokerage "
      + "\"adds value\". In the proposal: `middle-leaders` in its `participants`."
    #expect(AdviceLint.problems(in: text) == [])
  }
}
