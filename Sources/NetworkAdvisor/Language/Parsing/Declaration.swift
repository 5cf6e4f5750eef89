/// A top-level declaration of a rule file, as written.
public enum Declaration: Sendable {
  case framework(name: String, at: SourceRange)
  case area(AreaDeclaration)
  case grade(GradeDeclaration)
  case verdict(VerdictDeclaration)
  /// `severity ID "meaning" [caps GRADE]`: how much a rule's failure matters.
  case severity(SeverityDeclaration)
  /// `cap GRADE when CONDITION`: a cap on the overall grade from the assessment as a whole.
  case gradeCap(GradeCapDeclaration)
  case constant(ConstantDeclaration)
  /// `fact NAME [for VAR in LIST] "summary" = EXPRESSION`: a field computed once per subject.
  case fact(FactDeclaration)
  case rule(RuleDeclaration)
  /// `disable rule ID`: removes a rule declared in an earlier layer.
  case disable(ruleID: String, at: SourceRange)
  /// `list ID "Seed section" … end`: a list of the seed, item by item.
  case seedList(SeedListDeclaration)
  /// `section "Seed section"`: a section of the seed that rules may cite.
  case section(title: String, at: SourceRange)
  /// `field LEVEL.NAME TYPE "description"`: a field the layer adds to the subject.
  case field(FieldDeclaration)

  /// Where the declaration starts, for messages about it as a whole.
  public var location: SourceRange {
    switch self {
    case .framework(_, let at), .disable(_, let at), .section(_, let at): at
    case .seedList(let list): list.location
    case .area(let area): area.location
    case .grade(let grade): grade.location
    case .verdict(let verdict): verdict.location
    case .severity(let severity): severity.location
    case .gradeCap(let cap): cap.location
    case .constant(let constant): constant.location
    case .fact(let fact): fact.location
    case .rule(let rule): rule.location
    case .field(let field): field.location
    }
  }
}

/// `list ID "Seed section" ITEM "Text" … end`
public struct SeedListDeclaration: Sendable {
  /// The list's id.
  public var id: String
  /// The seed section it comes from.
  public var section: String
  /// Its items: id, words and where each is written.
  public var items: [(id: String, text: String, location: SourceRange)]
  /// Whether it replaces a list of an earlier layer.
  public var isOverride: Bool
  /// Where it is declared.
  public var location: SourceRange
}

/// `area ID "Title" weight N`
public struct AreaDeclaration: Sendable {
  /// The area's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its weight.
  public var weight: Double
  /// Whether it replaces an area of an earlier layer.
  public var isOverride: Bool
  /// Where it is declared.
  public var location: SourceRange
}

/// `grade A "Label" from 85`
public struct GradeDeclaration: Sendable {
  /// The grade's letter.
  public var letter: String
  /// Its label.
  public var label: String
  /// Its lowest score.
  public var threshold: Double
  /// Whether it replaces a grade of an earlier layer.
  public var isOverride: Bool
  /// Where it is declared.
  public var location: SourceRange
}

/// `verdict ID when CONDITION` or `verdict ID otherwise`
public struct VerdictDeclaration: Sendable {
  /// The verdict.
  public var id: String
  /// When it holds; `nil` for `otherwise`.
  public var condition: Expression?
  /// Where it is declared.
  public var location: SourceRange
}

/// `severity ID "meaning" [caps GRADE]`
public struct SeverityDeclaration: Sendable {
  /// The severity's id, such as `substantive`.
  public var id: String
  /// What a failure of this severity means, in plain words.
  public var meaning: String
  /// The grade a failed rule of this severity caps the overall grade at, if any.
  public var cap: (grade: String, location: SourceRange)?
  /// Whether it replaces a severity of an earlier layer.
  public var isOverride: Bool
  /// Where it is declared.
  public var location: SourceRange
}

/// `cap GRADE when CONDITION`
public struct GradeCapDeclaration: Sendable {
  /// The grade the overall grade is capped at when the condition holds.
  public var grade: (letter: String, location: SourceRange)
  /// When it holds, over the facts of the assessment.
  public var condition: Expression
  /// Where it is declared.
  public var location: SourceRange
}

/// `let NAME = EXPRESSION`
public struct ConstantDeclaration: Sendable {
  /// The constant's name.
  public var name: String
  /// Its value, as written.
  public var value: Expression
  /// Whether it replaces a constant of an earlier layer.
  public var isOverride: Bool
  /// Where it is declared.
  public var location: SourceRange
}

/// `fact NAME "summary" = EXPRESSION`, or `fact NAME for VAR in LIST "summary" = EXPRESSION`:
/// a field computed from the subject once, before any rule, that rules then read by name.
/// With `for`, the fact is a field of each record of the list, computed with `VAR` bound to
/// that record; without, a field of the subject itself. Facts may read earlier facts.
public struct FactDeclaration: Sendable {
  /// `for VAR in LIST`: the variable, and the path of field names that leads to the list.
  public typealias Scope = (
    variable: String, variableRange: Range<Int>, path: [String], pathRange: Range<Int>
  )

  /// The new field's name.
  public var name: String
  /// For a fact of each record of a list: the variable bound to the record, and the path of
  /// field names that leads to the list, such as `["knots"]` or `["leadership", "leaders"]`.
  public var scope: Scope?
  /// What the fact means, for `rules docs`.
  public var summary: String
  /// How it is computed.
  public var value: Expression
  /// Whether it replaces a fact of an earlier layer.
  public var isOverride: Bool
  /// Where it is declared.
  public var location: SourceRange

  /// The key that identifies the fact across layers: its name, after its list's path.
  public var key: String { ((scope?.path ?? []) + [name]).joined(separator: ".") }
}

/// Advice text with `{expression}` interpolations.
public struct Template: Sendable {
  /// Literal text, or an expression to fill in.
  public enum Part: Sendable {
    case text(String)
    case expression(Expression)
  }

  /// The pieces, in order.
  public var parts: [Part]
  /// The string literal.
  public var location: SourceRange
}

/// `example pass|fail|not-applicable VALUE`
public struct ExampleDeclaration: Sendable {
  /// The outcome an example must give.
  public enum Expectation: String, Sendable, CaseIterable {
    case pass, fail
    case notApplicable = "not-applicable"
  }

  /// The outcome it must give.
  public var expectation: Expectation
  /// The example, as written.
  public var value: Expression
  /// Where it is written.
  public var location: SourceRange
}

/// `rule ID … end`
public struct RuleDeclaration: Sendable {
  /// The rule's id.
  public var id: String
  /// `title "…"`.
  public var title: String?
  /// `area ID`, and where it is written.
  public var area: (id: String, location: SourceRange)?
  /// `weight N`.
  public var weight: Double?
  /// The grade a failure of this essential rule caps the overall grade at.
  public var cap: (grade: String, location: SourceRange)?
  /// `severity ID`: how much a failure matters, from the framework's severities.
  public var severity: (id: String, location: SourceRange)?
  /// `source "…"`.
  public var source: String?
  /// `applies when …`.
  public var applicability: Expression?
  /// `passes when …`.
  public var condition: Expression?
  /// `advice "…"`.
  public var advice: Template?
  /// `example …` clauses.
  public var examples: [ExampleDeclaration]
  /// Seed items the rule checks: `list.item`, or a list's id for all its items.
  public var checks: [(name: String, location: SourceRange)] = []
  /// Whether it is `override rule`.
  public var isOverride: Bool
  /// The rule's id, where it is written.
  public var location: SourceRange
  /// The file the rule is written in; expressions' ranges point into it.
  public var file: SourceFile { location.file }
}
