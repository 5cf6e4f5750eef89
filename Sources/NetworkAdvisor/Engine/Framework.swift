/// A checked and compiled framework: areas, grades, verdict rules and rules, ready to
/// evaluate many subjects.
public struct Framework: Sendable {
  public struct Area: Sendable, Equatable {
    public let id: String
    public let title: String
    public let weight: Double
  }

  public struct Grade: Sendable, Equatable {
    public let letter: String
    public let label: String
    /// The lowest score that earns this grade.
    public let threshold: Double
  }

  public struct Verdict: Sendable {
    public let id: String
    /// `nil` for `otherwise`.
    public let condition: Node?
    /// The condition as written, for documentation.
    public let text: String
  }

  /// A list of the seed, such as its four processes of networked learning.
  public struct SeedList: Sendable {
    public struct Item: Sendable {
      public let id: String
      public let text: String
      public let location: SourceRange
      /// `list.item`, as rules name it in `checks`.
      public let key: String
    }

    public let id: String
    public let section: String
    public let items: [Item]
  }

  public struct Constant: Sendable {
    public let name: String
    public let value: Value
    public let type: ValueType
  }

  public let name: String
  public let areas: [Area]
  /// Highest threshold first; the last has threshold 0.
  public let grades: [Grade]
  public let verdicts: [Verdict]
  public let rules: [Rule]
  public let constants: [Constant]
  /// The seed's lists, each item checked by at least one rule.
  public let seedLists: [SeedList]
  /// The sections of the seed that rules may cite as their source.
  public let sections: [String]
  /// A short hash of the rule files' names and text, to tell frameworks apart in reports.
  public let digest: String
  /// How many bound-variable slots evaluation needs.
  public let localSlots: Int
  /// The files it was read from, in load order.
  public let files: [SourceFile]

  /// The index of the rule with this id.
  public func ruleIndex(of id: String) -> Int? {
    rules.firstIndex { $0.id == id }
  }

  /// The rules that check each seed item, by `list.item` key.
  public var coverage: [String: [String]] {
    var result: [String: [String]] = [:]
    for rule in rules {
      for key in rule.checks { result[key, default: []].append(rule.id) }
    }
    return result
  }

  /// An error for each seed item that no rule checks.
  public func uncoveredItems() -> [Diagnostic] {
    let covered = coverage
    return seedLists.flatMap { list in
      list.items.filter { covered[$0.key] == nil }.map { item in
        Diagnostic(
          id: "uncovered-item", "no rule checks the seed item '\(item.key)' (\"\(item.text)\")",
          at: item.location, hint: "add 'checks \(item.key)' to a rule that checks it, or write one"
        )
      }
    }
  }

  /// The grade a score earns.
  public func grade(for score: Double) -> Grade {
    grades.first { score >= $0.threshold - 1e-9 } ?? grades[grades.count - 1]
  }

  /// The position of a grade letter on the scale, 0 for the best.
  public func rank(of letter: String) -> Int {
    grades.firstIndex { $0.letter == letter } ?? grades.count
  }
}

/// A compiled rule.
public struct Rule: Sendable {
  public enum AdvicePart: Sendable {
    case text(String)
    case value(Node)
  }

  public struct Example: Sendable {
    public let expectation: ExampleDeclaration.Expectation
    public let fields: [Value]
    public let location: SourceRange
  }

  public let id: String
  public let title: String
  public let areaIndex: Int
  public let weight: Double
  /// For an essential rule, the letter of the grade a failure caps the overall grade at.
  public let cap: String?
  public let source: String
  public let applicability: Node?
  public let condition: Node
  public let advice: [AdvicePart]
  public let examples: [Example]
  /// The seed items this rule checks, as `list.item` keys.
  public let checks: [String]
  public let location: SourceRange

  public var isEssential: Bool { cap != nil }
}
