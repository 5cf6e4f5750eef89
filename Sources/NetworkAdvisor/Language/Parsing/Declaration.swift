/// A top-level declaration of a rule file, as written.
public enum Declaration: Sendable {
  case framework(name: String, at: SourceRange)
  case area(AreaDeclaration)
  case grade(GradeDeclaration)
  case verdict(VerdictDeclaration)
  case constant(ConstantDeclaration)
  case rule(RuleDeclaration)
  /// `disable rule ID`: removes a rule declared in an earlier layer.
  case disable(ruleID: String, at: SourceRange)
  /// `list ID "Seed section" … end`: a list of the seed, item by item.
  case seedList(SeedListDeclaration)
  /// `section "Seed section"`: a section of the seed that rules may cite.
  case section(title: String, at: SourceRange)

  /// Where the declaration starts, for messages about it as a whole.
  public var location: SourceRange {
    switch self {
    case .framework(_, let at), .disable(_, let at), .section(_, let at): at
    case .seedList(let list): list.location
    case .area(let area): area.location
    case .grade(let grade): grade.location
    case .verdict(let verdict): verdict.location
    case .constant(let constant): constant.location
    case .rule(let rule): rule.location
    }
  }
}

/// `list ID "Seed section" ITEM "Text" … end`
public struct SeedListDeclaration: Sendable {
  public var id: String
  public var section: String
  public var items: [(id: String, text: String, location: SourceRange)]
  public var isOverride: Bool
  public var location: SourceRange
}

/// `area ID "Title" weight N`
public struct AreaDeclaration: Sendable {
  public var id: String
  public var title: String
  public var weight: Double
  public var isOverride: Bool
  public var location: SourceRange
}

/// `grade A "Label" from 85`
public struct GradeDeclaration: Sendable {
  public var letter: String
  public var label: String
  public var threshold: Double
  public var isOverride: Bool
  public var location: SourceRange
}

/// `verdict ID when CONDITION` or `verdict ID otherwise`
public struct VerdictDeclaration: Sendable {
  public var id: String
  public var condition: Expression?
  public var location: SourceRange
}

/// `let NAME = EXPRESSION`
public struct ConstantDeclaration: Sendable {
  public var name: String
  public var value: Expression
  public var isOverride: Bool
  public var location: SourceRange
}

/// Advice text with `{expression}` interpolations.
public struct Template: Sendable {
  public enum Part: Sendable {
    case text(String)
    case expression(Expression)
  }

  public var parts: [Part]
  public var location: SourceRange
}

/// `example pass|fail|not-applicable VALUE`
public struct ExampleDeclaration: Sendable {
  public enum Expectation: String, Sendable, CaseIterable {
    case pass, fail
    case notApplicable = "not-applicable"
  }

  public var expectation: Expectation
  public var value: Expression
  public var location: SourceRange
}

/// `rule ID … end`
public struct RuleDeclaration: Sendable {
  public var id: String
  public var title: String?
  public var area: (id: String, location: SourceRange)?
  public var weight: Double?
  /// The grade a failure of this essential rule caps the overall grade at.
  public var cap: (grade: String, location: SourceRange)?
  public var source: String?
  public var applicability: Expression?
  public var condition: Expression?
  public var advice: Template?
  public var examples: [ExampleDeclaration]
  /// Seed items the rule checks: `list.item`, or a list's id for all its items.
  public var checks: [(name: String, location: SourceRange)] = []
  public var isOverride: Bool
  public var location: SourceRange
  /// The file the rule is written in; expressions' ranges point into it.
  public var file: SourceFile { location.file }
}
