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
public struct RulesSensitivity: Sendable {
  /// One number of the framework and what moving it does.
  public struct Parameter: Sendable {
    /// `area weight`, `rule weight`, `grade threshold`, `severity cap`, `rule cap`,
    /// `grade cap`, `value` (a `let` number) or `condition number`.
    public let kind: String
    /// What it belongs to: an area, rule, grade or severity id, or a `let` name.
    public let name: String
    /// Its value now, as written.
    public let value: String
    /// One step down and one step up: the value moved to, and how many scenarios change
    /// grade and verdict; `nil` where it cannot move that way.
    public let down: Move?
    public let up: Move?

    /// The larger of the two moves' changes: the number that decides the order.
    public var impact: Int { max(down?.changes ?? 0, up?.changes ?? 0) }
  }

  /// A step of one parameter and the scenarios whose outcome it changes.
  public struct Move: Sendable {
    /// The value after the step.
    public let value: String
    /// Scenarios whose grade changes.
    public let grades: Int
    /// Scenarios whose verdict changes.
    public let verdicts: Int
    /// Grade and verdict changes together.
    public var changes: Int { grades + verdicts }
  }

  /// Every parameter, those that change most outcomes first.
  public let parameters: [Parameter]
  /// How many scenarios were assessed.
  public let scenarios: Int

  /// Moves each number of `framework` a step each way and reassesses the scenarios' proposals.
  /// - Parameter layers: the rule sources `framework` was loaded from, to reload with a
  ///   `let` number changed.
  public init(framework: Framework, layers: [RuleSource], proposals: [[Value]]) {
    let base = Self.outcomes(framework, proposals)
    let baseOutcomes = proposals.map { framework.outcomes($0) }
    func move(_ value: String, _ variant: Framework?, sameRules: Bool) -> Move? {
      guard let variant else { return nil }
      let results =
        sameRules
        ? Self.grade(variant, baseOutcomes) : Self.outcomes(variant, proposals)
      let grades = zip(base, results).filter { $0.0.grade != $0.1.grade }.count
      let verdicts = zip(base, results).filter { $0.0.verdict != $0.1.verdict }.count
      return Move(value: value, grades: grades, verdicts: verdicts)
    }
    var parameters: [Parameter] = []
    let plain: (Double) -> String = { NumberText.plain($0) }
    /// A weight moved a step each way, never below 0.
    func weight(
      _ kind: String, of name: String, at value: Double, _ variant: (Double) -> Framework
    )
      -> Parameter
    {
      Parameter(
        kind: kind, name: name, value: plain(value),
        down: value >= 1 ? move(plain(value - 1), variant(value - 1), sameRules: true) : nil,
        up: move(plain(value + 1), variant(value + 1), sameRules: true))
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
    let letters = framework.grades.map(\.letter)
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
          kind: "grade threshold", name: grade.letter, value: plain(grade.threshold),
          down: move(plain(grade.threshold - 1), variant(grade.threshold - 1), sameRules: true),
          up: move(plain(grade.threshold + 1), variant(grade.threshold + 1), sameRules: true)))
    }
    /// The letter one grade worse (`+1`) or better (`-1`), if there is one.
    func neighbour(_ letter: String, _ offset: Int) -> String? {
      guard let position = letters.firstIndex(of: letter),
        letters.indices.contains(position + offset)
      else { return nil }
      return letters[position + offset]
    }
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
      let stricter = neighbour(cap, 1)
      let lenient = neighbour(cap, -1)
      parameters.append(
        Parameter(
          kind: "severity cap", name: severity.id, value: cap,
          down: stricter.flatMap { move($0, variant($0), sameRules: true) },
          up: lenient.flatMap { move($0, variant($0), sameRules: true) }))
    }
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
          down: neighbour(cap, 1).flatMap { move($0, variant($0), sameRules: true) },
          up: neighbour(cap, -1).flatMap { move($0, variant($0), sameRules: true) }))
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
          down: neighbour(cap.grade, 1).flatMap { move($0, variant($0), sameRules: true) },
          up: neighbour(cap.grade, -1).flatMap { move($0, variant($0), sameRules: true) }))
    }
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
          kind: kind, name: constant.name, value: plain(constant.value),
          down: move(plain(down), variant(down), sameRules: sameRules),
          up: move(plain(up), variant(up), sameRules: sameRules)))
    }
    self.parameters = parameters.enumerated().sorted {
      ($0.element.impact, $1.offset) > ($1.element.impact, $0.offset)
    }.map(\.element)
    self.scenarios = proposals.count
  }

  /// Each proposal's grade and verdict.
  static func outcomes(_ framework: Framework, _ proposals: [[Value]]) -> [(
    grade: String, verdict: String
  )] {
    grade(framework, proposals.map { framework.outcomes($0) })
  }

  /// The grade and verdict for each proposal's rule outcomes.
  static func grade(_ framework: Framework, _ outcomes: [[Outcome]]) -> [(
    grade: String, verdict: String
  )] {
    let scoring = Scoring(framework: framework)
    return outcomes.map { outcomes in
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
      id: id, title: title, areaIndex: areaIndex, weight: weight, cap: cap, severity: severity,
      source: source, applicability: applicability, condition: condition, advice: advice,
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
    return result
  }
}
