/// `rules sensitivity`: for each number of the framework (area and rule weights, grade
/// thresholds, caps, and the numbers declared with `let`), how many scenarios change grade
/// or verdict when it moves one step down or up, so that a maintainer sees which numbers
/// decide outcomes before touching them.
///
/// Steps: a weight moves by 1 (the rule files use whole weights; a weight of 1 moved down is
/// 0, so the rule or area stops counting); a grade threshold by 1 point; a cap by one grade
/// (down is stricter, up more lenient; a cap at the best grade cannot move up); a `let`
/// number, or a number in a cap's or verdict's condition, by 1 when it is whole, by 0.05
/// when it is a fraction below 1.
package struct RulesSensitivity: Sendable {
  /// One number of the framework and what moving it does.
  package struct Parameter: Sendable {
    /// `area weight`, `rule weight`, `grade threshold`, `severity cap`, `rule cap`,
    /// `grade cap`, `value` (a `let` number) or `condition number`.
    package let kind: String
    /// What it belongs to: an area, rule, grade or severity id, or a `let` name.
    package let name: String
    /// Its value now, as written.
    package let value: String
    /// One step down and one step up: the value moved to, and how many scenarios change
    /// grade and verdict; `nil` where it cannot move that way.
    package let down: Move?
    package let up: Move?

    /// The larger of the two moves' changes: the number that decides the order.
    package var impact: Int { max(down?.changes ?? 0, up?.changes ?? 0) }
  }

  /// A step of one parameter and the scenarios whose outcome it changes.
  package struct Move: Sendable {
    /// The value after the step.
    package let value: String
    /// Scenarios whose grade changes.
    package let grades: Int
    /// Scenarios whose verdict changes.
    package let verdicts: Int
    /// Grade and verdict changes together.
    package var changes: Int { grades + verdicts }
  }

  /// Every parameter, those that change most outcomes first.
  package let parameters: [Parameter]
  /// How many scenarios were assessed.
  package let scenarios: Int

  /// Moves each number of `framework` a step each way and reassesses the scenarios' proposals.
  /// - Parameter layers: the rule sources `framework` was loaded from, to reload with a
  ///   `let` number changed.
  package init(framework: Framework, layers: [RuleSource], proposals: [[Value]]) {
    let mover = Mover(framework: framework, proposals: proposals)
    let parameters =
      Self.weightParameters(mover) + Self.thresholdParameters(mover)
      + Self.severityCapParameters(mover) + Self.ruleAndGradeCapParameters(mover)
      + Self.writtenNumberParameters(in: layers, mover)
    self.parameters = parameters.enumerated().sorted {
      ($0.element.impact, $1.offset) > ($1.element.impact, $0.offset)
    }.map(\.element)
    self.scenarios = proposals.count
  }

  /// Reassesses the scenarios' proposals under variants of one framework.
  struct Mover {
    let framework: Framework
    let proposals: [[Value]]
    let base: [(grade: String, verdict: String)]
    let baseOutcomes: [(outcomes: [Outcome], credits: [Double])]

    init(framework: Framework, proposals: [[Value]]) {
      self.framework = framework
      self.proposals = proposals
      base = RulesSensitivity.outcomes(framework, proposals)
      baseOutcomes = proposals.map { framework.scoredOutcomes($0) }
    }

    /// The step to `value`, with the scenarios whose grade and verdict it changes; `nil`
    /// when there is no such variant. With `sameRules`, only the grading changes, so the
    /// rules' outcomes are not evaluated again.
    func move(_ value: String, _ variant: Framework?, sameRules: Bool) -> Move? {
      guard let variant else { return nil }
      let results =
        sameRules
        ? RulesSensitivity.grade(variant, baseOutcomes)
        : RulesSensitivity.outcomes(variant, proposals)
      let grades = zip(base, results).filter { $0.0.grade != $0.1.grade }.count
      let verdicts = zip(base, results).filter { $0.0.verdict != $0.1.verdict }.count
      return Move(value: value, grades: grades, verdicts: verdicts)
    }

    /// The letter one grade worse (`+1`) or better (`-1`), if there is one.
    func neighbour(_ letter: String, _ offset: Int) -> String? {
      let letters = framework.grades.map(\.letter)
      guard let position = letters.firstIndex(of: letter),
        letters.indices.contains(position + offset)
      else { return nil }
      return letters[position + offset]
    }
  }

  /// Area and rule weights, each moved a step each way, never below 0.
  private static func weightParameters(_ mover: Mover) -> [Parameter] {
    let framework = mover.framework
    var parameters: [Parameter] = []
    func weight(
      _ kind: String, of name: String, at value: Double, _ variant: (Double) -> Framework
    ) -> Parameter {
      Parameter(
        kind: kind, name: name, value: NumberText.plain(value),
        down: value >= 1
          ? mover.move(NumberText.plain(value - 1), variant(value - 1), sameRules: true) : nil,
        up: mover.move(NumberText.plain(value + 1), variant(value + 1), sameRules: true))
    }
    for (index, area) in framework.areas.enumerated() {
      parameters.append(
        weight("area weight", of: area.id, at: area.weight) { weight in
          var areas = framework.areas
          areas[index] = Framework.Area(id: area.id, title: area.title, weight: weight)
          return framework.replacing(areas: areas)
        })
    }
    for (index, rule) in framework.rules.enumerated() {
      parameters.append(
        weight("rule weight", of: rule.id, at: rule.weight) { weight in
          var rules = framework.rules
          rules[index] = rule.with(weight: weight, cap: rule.cap)
          return framework.replacing(rules: rules)
        })
    }
    return parameters
  }

  /// Grade thresholds, each moved a point each way while the scale stays in order.
  private static func thresholdParameters(_ mover: Mover) -> [Parameter] {
    let framework = mover.framework
    let letters = framework.grades.map(\.letter)
    var parameters: [Parameter] = []
    for (index, grade) in framework.grades.enumerated() where index < letters.count - 1 {
      func variant(_ threshold: Double) -> Framework? {
        var grades = framework.grades
        grades[index] = Framework.Grade(
          letter: grade.letter, label: grade.label, threshold: threshold)
        // The scale must stay in order: a step may not reach a neighbour's threshold.
        guard threshold <= 100,
          zip(grades, grades.dropFirst()).allSatisfy({ $0.threshold > $1.threshold })
        else { return nil }
        return framework.replacing(grades: grades)
      }
      parameters.append(
        Parameter(
          kind: "grade threshold", name: grade.letter, value: NumberText.plain(grade.threshold),
          down: mover.move(
            NumberText.plain(grade.threshold - 1), variant(grade.threshold - 1), sameRules: true),
          up: mover.move(
            NumberText.plain(grade.threshold + 1), variant(grade.threshold + 1), sameRules: true)))
    }
    return parameters
  }

  /// Caps of severities, each moved a grade stricter and more lenient.
  private static func severityCapParameters(_ mover: Mover) -> [Parameter] {
    let framework = mover.framework
    var parameters: [Parameter] = []
    for severity in framework.severities {
      guard let cap = severity.cap else { continue }
      func variant(_ letter: String?) -> Framework? {
        guard let letter else { return nil }
        let rules = framework.rules.map { rule in
          rule.severity == severity.id && rule.cap == cap
            ? rule.with(weight: rule.weight, cap: letter) : rule
        }
        var severities = framework.severities
        if let position = severities.firstIndex(where: { $0.id == severity.id }) {
          severities[position] = Framework.Severity(
            id: severity.id, meaning: severity.meaning, cap: letter)
        }
        return framework.replacing(rules: rules, severities: severities)
      }
      let stricter = mover.neighbour(cap, 1)
      let lenient = mover.neighbour(cap, -1)
      parameters.append(
        Parameter(
          kind: "severity cap", name: severity.id, value: cap,
          down: stricter.flatMap { mover.move($0, variant($0), sameRules: true) },
          up: lenient.flatMap { mover.move($0, variant($0), sameRules: true) }))
    }
    return parameters
  }

  /// Caps of rules of their own and caps of the assessment as a whole.
  private static func ruleAndGradeCapParameters(_ mover: Mover) -> [Parameter] {
    let framework = mover.framework
    var parameters: [Parameter] = []
    for (index, rule) in framework.rules.enumerated() {
      // Caps that come from the rule itself (`essential caps G`), not from its severity.
      guard let cap = rule.cap,
        rule.severity.flatMap({ id in framework.severities.first { $0.id == id }?.cap }) != cap
      else { continue }
      func variant(_ letter: String) -> Framework? {
        var rules = framework.rules
        rules[index] = rule.with(weight: rule.weight, cap: letter)
        return framework.replacing(rules: rules)
      }
      parameters.append(
        Parameter(
          kind: "rule cap", name: rule.id, value: cap,
          down: mover.neighbour(cap, 1).flatMap { mover.move($0, variant($0), sameRules: true) },
          up: mover.neighbour(cap, -1).flatMap { mover.move($0, variant($0), sameRules: true) }))
    }
    for (index, cap) in framework.gradeCaps.enumerated() {
      func variant(_ letter: String) -> Framework? {
        var caps = framework.gradeCaps
        caps[index] = Framework.GradeCap(grade: letter, condition: cap.condition, text: cap.text)
        return framework.replacing(gradeCaps: caps)
      }
      parameters.append(
        Parameter(
          kind: "grade cap", name: "cap when \(cap.text)", value: cap.grade,
          down: mover.neighbour(cap.grade, 1).flatMap {
            mover.move($0, variant($0), sameRules: true)
          },
          up: mover.neighbour(cap.grade, -1).flatMap {
            mover.move($0, variant($0), sameRules: true)
          }))
    }
    return parameters
  }

  /// Numbers written in the rule text, each reloaded with the number moved a step.
  private static func writtenNumberParameters(in layers: [RuleSource], _ mover: Mover)
    -> [Parameter]
  {
    var parameters: [Parameter] = []
    // Numbers in the rule text: `let` values change rule outcomes, so each step reassesses
    // the scenarios; numbers in cap and verdict conditions only re-grade them.
    let written =
      Self.numericConstants(in: layers).map { ("value", $0, false) }
      + Self.conditionNumbers(in: layers).map { ("condition number", $0, true) }
    for (kind, constant, sameRules) in written {
      let step = constant.value == constant.value.rounded() ? 1.0 : 0.05
      func variant(_ value: Double) -> Framework? {
        guard value >= 0 else { return nil }
        return Self.reloaded(layers, replacing: constant, with: NumberText.plain(value))
      }
      let down = ((constant.value - step) * 100).rounded() / 100
      let up = ((constant.value + step) * 100).rounded() / 100
      parameters.append(
        Parameter(
          kind: kind, name: constant.name, value: NumberText.plain(constant.value),
          down: mover.move(NumberText.plain(down), variant(down), sameRules: sameRules),
          up: mover.move(NumberText.plain(up), variant(up), sameRules: sameRules)))
    }
    return parameters
  }

  /// Each proposal's grade and verdict.
  static func outcomes(_ framework: Framework, _ proposals: [[Value]]) -> [(
    grade: String, verdict: String
  )] {
    grade(framework, proposals.map { framework.scoredOutcomes($0) })
  }

  /// The grade and verdict for each proposal's rule outcomes, graded as an assessment
  /// grades them: presumptions applied, so that one absence counts once.
  static func grade(
    _ framework: Framework, _ outcomes: [(outcomes: [Outcome], credits: [Double])]
  ) -> [(grade: String, verdict: String)] {
    outcomes.map { own in
      let scoring = Scoring(framework: framework, credits: own.credits)
      let outcomes = framework.resolvingPresumptions(own.outcomes).outcomes
      let summary = scoring.summarise(outcomes)
      return (summary.grade.letter, scoring.verdict(for: summary, outcomes: outcomes))
    }
  }

  /// A `let NAME = NUMBER` of the layers (the last layer's where several declare it).
  struct NumericConstant {
    let name: String
    let value: Double
    let layer: Int
    let file: Int
    let range: Range<Int>
  }

  static func numericConstants(in layers: [RuleSource]) -> [NumericConstant] {
    var found: [String: NumericConstant] = [:]
    var order: [String] = []
    for (layerIndex, layer) in layers.enumerated() {
      for (fileIndex, parsed) in layer.parsed.enumerated() {
        for case .constant(let constant) in parsed.declarations {
          guard case .number(let value) = constant.value.kind else {
            found[constant.name] = nil
            continue
          }
          if found[constant.name] == nil, !order.contains(constant.name) {
            order.append(constant.name)
          }
          found[constant.name] = NumericConstant(
            name: constant.name, value: value, layer: layerIndex, file: fileIndex,
            range: constant.value.range)
        }
      }
    }
    return order.compactMap { found[$0] }
  }

  /// The framework loaded again with one `let` number rewritten; `nil` when it no longer
  /// loads.
  static func reloaded(
    _ layers: [RuleSource], replacing constant: NumericConstant, with text: String
  )
    -> Framework?
  {
    var layers = layers
    let layer = layers[constant.layer]
    var files = layer.files
    let file = files[constant.file]
    let bytes = file.utf8
    let edited =
      String(decoding: bytes[..<constant.range.lowerBound], as: UTF8.self) + text
      + String(decoding: bytes[constant.range.upperBound...], as: UTF8.self)
    files[constant.file] = SourceFile(name: file.name, text: edited)
    layers[constant.layer] = RuleSource(name: layer.name, files: files)
    return try? FrameworkLoader.load(layers, subject: ProposalSubject()).framework
  }
}

extension Rule {
  /// The same rule with another weight and cap.
  func with(weight: Double, cap: String?) -> Rule {
    Rule(
      id: id, title: title, aim: aim, inapplicable: inapplicable, reason: reason, awaits: awaits,
      follows: follows, countedWith: countedWith, countedWithReason: countedWithReason,
      areaIndex: areaIndex,
      weight: weight, cap: cap,
      severity: severity,
      source: source, presumes: presumes, applicability: applicability, condition: condition,
      partialCredit: partialCredit, advice: advice, because: because,
      examples: examples, checks: checks, location: location)
  }
}

extension Framework {
  /// The same framework with some of its parts replaced, for what-if questions about its
  /// numbers.
  func replacing(
    areas: [Area]? = nil, grades: [Grade]? = nil, rules: [Rule]? = nil,
    severities: [Severity]? = nil, gradeCaps: [GradeCap]? = nil
  ) -> Framework {
    var result = Framework(
      name: name, areas: areas ?? self.areas, grades: grades ?? self.grades, verdicts: verdicts,
      severities: severities ?? self.severities, gradeCaps: gradeCaps ?? self.gradeCaps,
      rules: rules ?? self.rules, constants: constants, seedLists: seedLists, sections: sections,
      facts: facts, recordType: recordType, subjectType: subjectType, digest: digest,
      localSlots: localSlots, files: files)
    result.extensionFields = extensionFields
    result.plainNames = plainNames
    return result
  }
}
