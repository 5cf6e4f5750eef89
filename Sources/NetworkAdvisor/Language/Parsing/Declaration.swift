/// A top-level declaration of a rule file, as written.
package enum Declaration: Sendable {
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
  package var location: SourceRange {
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
package struct SeedListDeclaration: Sendable {
  /// The list's id.
  package var id: String
  /// The seed section it comes from.
  package var section: String
  /// Its items: id, words and where each is written.
  package var items: [(id: String, text: String, location: SourceRange)]
  /// Whether it replaces a list of an earlier layer.
  package var isOverride: Bool
  /// Where it is declared.
  package var location: SourceRange
}

/// `area ID "Title" weight N`
package struct AreaDeclaration: Sendable {
  /// The area's id.
  package var id: String
  /// Its title.
  package var title: String
  /// Its weight.
  package var weight: Double
  /// Whether it replaces an area of an earlier layer.
  package var isOverride: Bool
  /// Where it is declared.
  package var location: SourceRange
}

/// `grade A "Label" from 85`
package struct GradeDeclaration: Sendable {
  /// The grade's letter.
  package var letter: String
  /// Its label.
  package var label: String
  /// Its lowest score.
  package var threshold: Double
  /// Whether it replaces a grade of an earlier layer.
  package var isOverride: Bool
  /// Where it is declared.
  package var location: SourceRange
}

/// `verdict ID when CONDITION` or `verdict ID otherwise`
package struct VerdictDeclaration: Sendable {
  /// The verdict.
  package var id: String
  /// When it holds; `nil` for `otherwise`.
  package var condition: Expression?
  /// Where it is declared.
  package var location: SourceRange
}

/// `severity ID "meaning" [caps GRADE]`
package struct SeverityDeclaration: Sendable {
  /// The severity's id, such as `substantive`.
  package var id: String
  /// What a failure of this severity means, in plain words.
  package var meaning: String
  /// The grade a failed rule of this severity caps the overall grade at, if any.
  package var cap: (grade: String, location: SourceRange)?
  /// Whether it replaces a severity of an earlier layer.
  package var isOverride: Bool
  /// Where it is declared.
  package var location: SourceRange
}

/// `cap GRADE when CONDITION`
package struct GradeCapDeclaration: Sendable {
  /// The grade the overall grade is capped at when the condition holds.
  package var grade: (letter: String, location: SourceRange)
  /// When it holds, over the facts of the assessment.
  package var condition: Expression
  /// Where it is declared.
  package var location: SourceRange
}

/// `let NAME = EXPRESSION`
package struct ConstantDeclaration: Sendable {
  /// The constant's name.
  package var name: String
  /// Its value, as written.
  package var value: Expression
  /// Whether it replaces a constant of an earlier layer.
  package var isOverride: Bool
  /// Where it is declared.
  package var location: SourceRange
}

/// `fact NAME "summary" = EXPRESSION`, or `fact NAME for VAR in LIST "summary" = EXPRESSION`:
/// a field computed from the subject once, before any rule, that rules then read by name.
/// With `for`, the fact is a field of each record of the list, computed with `VAR` bound to
/// that record; without, a field of the subject itself. Facts may read earlier facts.
package struct FactDeclaration: Sendable {
  /// `for VAR in LIST`: the variable, and the path of field names that leads to the list.
  package typealias Scope = (
    variable: String, variableRange: Range<Int>, path: [String], pathRange: Range<Int>
  )

  /// The new field's name.
  package var name: String
  /// For a fact of each record of a list: the variable bound to the record, and the path of
  /// field names that leads to the list, such as `["knots"]` or `["leadership", "leaders"]`.
  package var scope: Scope?
  /// What the fact means, for `rules docs`.
  package var summary: String
  /// How it is computed.
  package var value: Expression
  /// Whether it replaces a fact of an earlier layer.
  package var isOverride: Bool
  /// Where it is declared.
  package var location: SourceRange

  /// The key that identifies the fact across layers: its name, after its list's path.
  package var key: String { ((scope?.path ?? []) + [name]).joined(separator: ".") }
}

/// Advice text with `{expression}` interpolations.
package struct Template: Sendable {
  /// Literal text, or an expression to fill in.
  package enum Part: Sendable {
    case text(String)
    case expression(Expression)
  }

  /// The pieces, in order.
  package var parts: [Part]
  /// The string literal.
  package var location: SourceRange

  /// Whether it says nothing: words that are all blank, and no value to fill in.
  package var isBlank: Bool {
    parts.allSatisfy { part in
      if case .text(let text) = part { text.allSatisfy(\.isWhitespace) } else { false }
    }
  }
}

/// `example pass|fail|not-applicable VALUE`
package struct ExampleDeclaration: Sendable {
  /// The outcome an example must give.
  package enum Expectation: String, Sendable, CaseIterable {
    case pass, fail
    case notApplicable = "not-applicable"
  }

  /// The outcome it must give.
  package var expectation: Expectation
  /// The example, as written.
  package var value: Expression
  /// Where it is written.
  package var location: SourceRange
}

/// `rule ID … end`
package struct RuleDeclaration: Sendable {
  /// The rule's id.
  package var id: String
  /// `title "…"`.
  package var title: String?
  /// `aim "…"`: the whole requirement, when the title names only a first bar, and where it
  /// is written.
  package var aim: (text: String, location: SourceRange)?
  /// `inapplicable "…"`: why the rule does not apply when its `applies when` is false, in
  /// the network's terms, and where it is written.
  package var inapplicable: (text: String, location: SourceRange)?
  /// The same reason as a template: its `{…}` values are filled in for the proposal, so
  /// that the reason given is the one that holds for it.
  package var inapplicableReason: Template?
  /// `inapplicable "…" waits on RULE-ID, …`: the rules whose gap this one waits on when it
  /// does not apply (the first of them that fails), a presumption that holds only then, and
  /// where each is named.
  package var awaits: [(id: String, location: SourceRange)] = []
  /// `area ID`, and where it is written.
  package var area: (id: String, location: SourceRange)?
  /// `weight N`.
  package var weight: Double?
  /// The grade a failure of this essential rule caps the overall grade at.
  package var cap: (grade: String, location: SourceRange)?
  /// `severity ID`: how much a failure matters, from the framework's severities.
  package var severity: (id: String, location: SourceRange)?
  /// `source "…"`.
  package var source: String?
  /// `applies when …`.
  package var applicability: Expression?
  /// `passes when …`.
  package var condition: Expression?
  /// `partial credit …`: the share of the rule's weight a failure still earns, 0 to 1.
  package var partialCredit: Expression?
  /// `advice "…"`.
  package var advice: Template?
  /// `because "…"`: why the rule fails, in the proposal's terms, for a report to say where
  /// the rule fails along with a gap it presumes and is counted under that gap, or where
  /// its failure alone holds the grade.
  package var because: Template?
  /// `example …` clauses.
  package var examples: [ExampleDeclaration]
  /// Seed items the rule checks: `list.item`, or a list's id for all its items.
  package var checks: [(name: String, location: SourceRange)] = []
  /// `presumes ID, …`: rules whose failure already speaks for this rule's.
  package var presumes: [(id: String, location: SourceRange)] = []
  /// `follows ID, …`: rules whose advice this rule's builds on, so that it comes after
  /// theirs when both fail.
  package var follows: [(id: String, location: SourceRange)] = []
  /// `counted with ID, …`: rules whose failure, beside this rule's, the verdict and the
  /// grade caps count as one condition with it.
  package var countedWith: [(id: String, location: SourceRange)] = []
  /// Why they are one condition, as the clause's closing text says (`counted with ID "…"`).
  package var countedWithReason: String?
  /// Whether it is `override rule`.
  package var isOverride: Bool
  /// The rule's id, where it is written.
  package var location: SourceRange
  /// The file the rule is written in; expressions' ranges point into it.
  package var file: SourceFile { location.file }
}
