/// A checked and compiled framework: areas, grades, verdict rules and rules, ready to
/// evaluate many subjects.
package struct Framework: Sendable {
  /// An area of assessment: a group of rules with a weight.
  package struct Area: Sendable, Equatable {
    /// The area's stable id, such as `knots`.
    package let id: String
    /// The area's title in reports.
    package let title: String
    /// The area's weight in the overall score.
    package let weight: Double
  }

  /// One verdict rule: the first whose condition holds gives the verdict.
  package struct Verdict: Sendable {
    /// `ready`, `ready-with-conditions` or `not-ready`.
    package let id: String
    /// `nil` for `otherwise`.
    package let condition: Node?
    /// The condition as written, for documentation.
    package let text: String
  }

  /// How much a rule's failure matters, such as `substantive`.
  package struct Severity: Sendable {
    /// The severity's id.
    package let id: String
    /// What a failure of this severity means, in plain words.
    package let meaning: String
    /// The grade a failed rule of this severity caps the overall grade at, if any.
    package let cap: String?
  }

  /// A cap on the overall grade that depends on the assessment as a whole, such as several
  /// substantive failures at once.
  package struct GradeCap: Sendable {
    /// The grade the overall grade is capped at.
    package let grade: String
    /// When it holds, over the assessment's facts.
    package let condition: Node
    /// The condition as written, for documentation.
    package let text: String
  }

  /// A list of the seed, such as its four processes of networked learning.
  package struct SeedList: Sendable {
    /// One item of a seed list.
    package struct Item: Sendable {
      /// The item's id within its list.
      package let id: String
      /// The item in the seed's words.
      package let text: String
      /// Where the item is declared.
      package let location: SourceRange
      /// `list.item`, as rules name it in `checks`.
      package let key: String
    }

    /// The list's id, also a named list of its item ids in rules.
    package let id: String
    /// The section of the seed the list comes from.
    package let section: String
    /// The list's items, in the seed's order.
    package let items: [Item]
  }

  /// A named value declared with `let` (or a seed list).
  package struct Constant: Sendable {
    /// The name rules use.
    package let name: String
    /// Its value, computed when the rules load.
    package let value: Value
    /// Its type.
    package let type: ValueType
  }

  /// The framework's name, from `framework "…"`.
  package let name: String
  /// The areas, in declaration order.
  package let areas: [Area]
  /// The grades, best first, with their thresholds.
  package let scale: GradeScale
  /// The verdict rules, in order; the last applies otherwise.
  package let verdicts: [Verdict]
  /// The severities rules may declare, in declaration order.
  package let severities: [Severity]
  /// The caps from the assessment as a whole, in declaration order.
  package let gradeCaps: [GradeCap]
  /// Every rule, in load order.
  package let rules: [Rule]
  /// The named values declared with `let`.
  package let constants: [Constant]
  /// The seed's lists, each item checked by at least one rule.
  package let seedLists: [SeedList]
  /// The sections of the seed that rules may cite as their source.
  package let sections: [String]
  /// The facts computed once per subject before the rules.
  package let facts: FactTable
  /// The record type the rules read: the subject's, with the facts.
  package let recordType: RecordType
  /// The subject's record type the framework was compiled for: the layout of every record
  /// it reads (see ``layoutProblem(of:)``).
  package let subjectType: RecordType
  /// A short hash of the rule files' names and text, to tell frameworks apart in reports.
  package let digest: String
  /// How many bound-variable slots evaluation needs.
  package let localSlots: Int
  /// The files it was read from, in load order.
  package let files: [SourceFile]
  /// The fields its layers add to the subject (`field LEVEL.NAME …`), in declaration order.
  package internal(set) var extensionFields: [ExtensionField] = []
  /// How reports say the names the advice writes in code quotes: the subject's
  /// (``Subject/plainNames``).
  package internal(set) var plainNames: [String: String] = [:]
  /// Rule weights, areas and caps as numbers, for scoring.
  let scoringTable: ScoringTable
  /// The rules compiled for fast evaluation.
  let program: RuleProgram
  /// By rule, the indices of the rules it presumes (those still in the framework).
  let presumedIndices: [[Int]]
  /// By rule, the indices of the rules it waits on when it does not apply (those still in
  /// the framework).
  let awaitedIndices: [[Int]]
  /// By rule, the indices of the rules it follows (``Rule/follows``), resolved once so that
  /// ranking each assessment compares indices, not ids.
  let followedIndices: [[Int]]
  /// By rule, the indices of the rules whose failure counts as one condition with its own:
  /// those it names in `counted with`, and those that name it.
  let countedWithIndices: [[Int]]

  init(
    name: String, areas: [Area], grades: [Grade], verdicts: [Verdict], severities: [Severity],
    gradeCaps: [GradeCap], rules: [Rule], constants: [Constant], seedLists: [SeedList],
    sections: [String], facts: FactTable, recordType: RecordType, subjectType: RecordType,
    digest: String, localSlots: Int, files: [SourceFile]
  ) {
    self.name = name
    self.areas = areas
    scale = GradeScale(grades)
    self.verdicts = verdicts
    self.severities = severities
    self.gradeCaps = gradeCaps
    self.rules = rules
    self.constants = constants
    self.seedLists = seedLists
    self.sections = sections
    self.facts = facts
    self.recordType = recordType
    self.subjectType = subjectType
    self.digest = digest
    self.localSlots = localSlots
    self.files = files
    scoringTable = ScoringTable(
      areas: areas, scale: scale, severities: severities, rules: rules)
    program = RuleProgram(rules: rules, localSlots: localSlots)
    let indexById = Dictionary(
      rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    presumedIndices = rules.map { rule in rule.presumes.compactMap { indexById[$0] } }
    awaitedIndices = rules.map { rule in rule.awaits.compactMap { indexById[$0] } }
    followedIndices = rules.map { rule in rule.follows.compactMap { indexById[$0] } }
    var partners = rules.map { rule in rule.countedWith.compactMap { indexById[$0] } }
    for (index, named) in partners.enumerated() {
      for partner in named where !partners[partner].contains(index) {
        partners[partner].append(index)
      }
    }
    countedWithIndices = partners
  }

  /// The index of the rule with this id.
  package func ruleIndex(of id: String) -> Int? {
    rules.firstIndex { $0.id == id }
  }

  /// The rules that check each seed item, by `list.item` key.
  package var coverage: [String: [String]] {
    var result: [String: [String]] = [:]
    for rule in rules {
      for key in rule.checks { result[key, default: []].append(rule.id) }
    }
    return result
  }

  /// An error for each seed item that no rule checks.
  package func uncoveredItems() -> [Diagnostic] {
    let covered = coverage
    return seedLists.flatMap { list in
      list.items.filter { covered[$0.key] == nil }.map { item in
        Diagnostic(
          FrameworkProblem.uncoveredItem(key: item.key, text: item.text), at: item.location)
      }
    }
  }

  /// Highest threshold first; the last has threshold 0.
  package var grades: [Grade] { scale.grades }

  /// The grade a score earns.
  package func grade(for score: Double) -> Grade { scale.grade(for: score) }

  /// The position of a grade letter on the scale, 0 for the best.
  package func rank(of letter: String) -> Int { scale.rank(of: letter) }
}

/// A compiled rule.
package struct Rule: Sendable {
  /// A piece of advice text: words, or a value to fill in.
  package enum AdvicePart: Sendable {
    case text(String)
    case value(Node)

    /// The value to fill in; `nil` for words.
    var node: Node? {
      if case .value(let node) = self { return node }
      return nil
    }
  }

  /// One example of the rule, read into the subject's fields.
  package struct Example: Sendable {
    /// The outcome the example must give.
    package let expectation: ExampleDeclaration.Expectation
    /// The example as read, before the framework's facts are added.
    let readFields: [Value]
    /// The facts that complete the example's fields.
    let facts: FactTable
    /// Where the example is written.
    package let location: SourceRange

    /// The example as the subject's fields, every fact added: computed on each call (a
    /// method, not a property, for that reason). Only checking the rules and their
    /// catalogue read examples, so loading the rules for an assessment reads each example (a
    /// malformed one is an error) without computing its facts.
    package func fieldsWithFacts() -> [Value] { facts.apply(to: readFields) }
  }

  /// The rule's stable id, such as `knots.enquiry-group`.
  package let id: String
  /// What a good design has, in a few words: what the rule checks.
  package let title: String
  /// The whole of what the rule's advice asks, when its check is only a first bar below it
  /// (`aim "…"`); `nil` when the title says it all.
  package var aim: String? = nil
  /// Why the rule does not apply when its `applies when` is false (`inapplicable "…"`), as
  /// written, values in braces included; `nil` when the rule gives no reason.
  package var inapplicable: String? = nil
  /// The same reason, compiled: words and checked values, filled in for each proposal
  /// (``Framework/evaluate(_:)`` gives it in place of advice), so that a report never shows
  /// a bare "n/a" nor a reason that does not hold for the proposal.
  package var reason: [AdvicePart] = []
  /// The rules this one waits on when it does not apply (`inapplicable "…" waits on ID,
  /// …`): a presumption that holds only then, so that a rule not judged because of another
  /// gap is shown as waiting on it (on the first of them that fails).
  package var awaits: [String] = []
  /// The rules whose advice this rule's builds on (`follows ID, …`): when both fail, its
  /// recommendation comes straight after theirs, within the same rank of the contract
  /// (essential rules first), whatever the gains.
  package var follows: [String] = []
  /// The rules counted as one condition with this one (`counted with ID, …`): when this
  /// rule and one of them both fail, the verdict and the grade caps count the two once.
  /// Each keeps its own item and its own part of the score.
  package var countedWith: [String] = []
  /// Why they are one condition, in words a report can say after "since" (`counted with
  /// ID "…"`); `nil` when the rule gives none.
  package var countedWithReason: String? = nil
  /// The index of the rule's area in ``Framework/areas``.
  package let areaIndex: Int
  /// The rule's weight within its area.
  package let weight: Double
  /// For an essential rule, the letter of the grade a failure caps the overall grade at.
  package let cap: String?
  /// The rule's severity, one of the framework's; `nil` when it declares none.
  package let severity: String?
  /// The section of the seed the rule rests on.
  package let source: String
  /// The ids of the rules this rule presumes: when one of them fails, this rule's failure
  /// is the same gap, reported as depending on it and not counted again.
  package let presumes: [String]
  /// When the rule applies; `nil` when it always does.
  package let applicability: Node?
  /// The condition a good design meets.
  package let condition: Node
  /// The share of the rule's weight a failure still earns (`partial credit`), a number
  /// expression read as 0 to 1; `nil` when a failure earns nothing.
  package var partialCredit: Node? = nil
  /// The advice for a failure, with values to fill in.
  package let advice: [AdvicePart]
  /// Why the rule fails, with values to fill in (`because "…"`): what a report says where
  /// the rule fails along with a gap it presumes, counted under that gap's item, so that the
  /// check says what is wrong and not only where it is counted, and where its failure alone
  /// holds the grade. Empty without one.
  package var because: [AdvicePart] = []
  /// Proposals or fragments that must pass, fail or not apply.
  package let examples: [Example]
  /// The seed items this rule checks, as `list.item` keys.
  package let checks: [String]
  /// Where the rule is declared.
  package let location: SourceRange

  /// A partial credit as a share of the weight: below 0 is 0, above 1 is 1, and a value
  /// that is not a number earns nothing.
  static func heldToShare(_ value: Double) -> Double {
    value.isNaN ? 0 : min(max(value, 0), 1)
  }

  /// Whether a failure caps the overall grade.
  package var isEssential: Bool { cap != nil }

  /// Whether the rule weighs nothing (`weight 0`): judged and advised, never scored, so a
  /// failure is something worth a thought rather than a gap (the default rules'
  /// suggestions).
  package var isAdviceOnly: Bool { weight == 0 }

  /// What a report names when the rule's failure is something to do: its aim when it has
  /// one (the whole requirement), otherwise its title.
  package var headline: String { aim ?? title }

  /// How reports name the rule's weight of failure: its severity, or "essential" for a
  /// rule that caps the grade without one.
  package var severityLabel: String? { severity ?? (isEssential ? "essential" : nil) }
}
