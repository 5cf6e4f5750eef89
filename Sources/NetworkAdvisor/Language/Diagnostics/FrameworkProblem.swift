/// The problems in how a framework's declarations fit together, found while loading the
/// rule layers, and the refusals of evaluating it on a record.
package enum FrameworkProblem: DiagnosticMessage {
  /// The kinds of declaration made once per key, each with its `duplicate-…` id.
  package enum Declaration: String, Sendable, CaseIterable {
    case area, grade, severity, constant, fact, rule, field, list
  }

  // Declarations
  case noFramework
  case noAreas
  case noGrades
  case declaredTwice(Declaration, key: String, firstAt: String, replacement: String)
  case nothingToOverride(Declaration, key: String, suggestion: String?)
  case unknownRuleToDisable(String, suggestion: String?)
  // Grades and verdicts
  case duplicateThreshold(first: String, second: String)
  case noFloor(grade: String, threshold: Double)
  case badThreshold
  case unknownVerdict(String, verdicts: [String])
  case unreachableVerdict
  case noOtherwise
  case unknownGrade(String, grades: [String])
  // Constants, lists, fields and facts
  case constantNamedLikeAList(String)
  case listNamedLikeAField(String)
  case duplicateItem(String, list: String)
  case emptyList(String)
  case emptyArea(String)
  case unknownLevel(String, levels: [String])
  case noAllowedValues(field: String)
  case duplicateValue(String)
  case notAListOfRecords(path: String)
  case factNamedLikeAField(String)
  // Rules
  case missingClause(rule: String, clause: String, example: String)
  case emptyClause(rule: String, clause: String, example: String)
  case badWeight(rule: String)
  case unknownArea(String, areas: [String])
  case unknownSeverity(String, severities: [String])
  case noSeverity(rule: String, severities: [String])
  case unknownSection(String, sections: [String])
  case unknownItem(String, keys: [String])
  case missingExample(rule: String, expectation: String)
  case notApplicableExampleOfARuleThatAlwaysApplies(rule: String)
  case malformedExample(String, hint: String?)
  case exampleMismatch(rule: String, expected: Outcome, actual: Outcome)
  case partialCreditOutOfRange(rule: String, share: String)
  case applicabilityUnexercised(rule: String)
  case uncoveredItem(key: String, text: String)
  // Presumptions
  case presumesItself(String)
  case presumesUnknownRule(String, presumed: String, suggestion: String?)
  case refersToUnknownRule(String, referred: String, suggestion: String?)
  case presumesLowerCap(String, cap: String?, presumed: String, presumedCap: String?)
  case presumesCircle(String, circle: [String])
  case followsUnknownRule(String, followed: String, suggestion: String?)
  case followsCircle(String, circle: [String])
  case countedWithUnknownRule(String, partner: String, suggestion: String?)
  case countedWithItself(String)
  // Evaluation
  case wrongRecord(String)
  case overBudget(what: String, cost: String, listLength: Int, longestList: Int)

  package var id: DiagnosticID {
    switch self {
    case .noFramework: "no-framework"
    case .noAreas: "no-areas"
    case .noGrades: "no-grades"
    case .declaredTwice(let declaration, _, _, _): Self.duplicateID(of: declaration)
    case .nothingToOverride: "nothing-to-override"
    case .unknownRuleToDisable, .presumesUnknownRule, .refersToUnknownRule, .followsUnknownRule,
      .countedWithUnknownRule:
      "unknown-rule"
    case .duplicateThreshold: "duplicate-threshold"
    case .noFloor: "no-floor"
    case .badThreshold: "bad-threshold"
    case .unknownVerdict: "unknown-verdict"
    case .unreachableVerdict: "unreachable-verdict"
    case .noOtherwise: "no-otherwise"
    case .unknownGrade: "unknown-grade"
    case .constantNamedLikeAList: Self.duplicateID(of: .constant)
    case .listNamedLikeAField: "name-clash"
    case .duplicateItem: "duplicate-item"
    case .emptyList: "empty-list"
    case .emptyArea: "empty-area"
    case .unknownLevel: "unknown-level"
    case .noAllowedValues: "no-allowed-values"
    case .duplicateValue: "duplicate-value"
    case .notAListOfRecords: "bad-fact-list"
    case .factNamedLikeAField: Self.duplicateID(of: .fact)
    case .missingClause: "missing-clause"
    case .emptyClause: "empty-clause"
    case .badWeight: "bad-weight"
    case .unknownArea: "unknown-area"
    case .unknownSeverity: "unknown-severity"
    case .noSeverity: "no-severity"
    case .unknownSection: "unknown-section"
    case .unknownItem: "unknown-item"
    case .missingExample: "missing-example"
    case .notApplicableExampleOfARuleThatAlwaysApplies, .malformedExample: "bad-example"
    case .exampleMismatch: "example-mismatch"
    case .partialCreditOutOfRange: "partial-credit-out-of-range"
    case .applicabilityUnexercised: "applicability-unexercised"
    case .uncoveredItem: "uncovered-item"
    case .presumesItself, .presumesCircle: "presumes-cycle"
    case .presumesLowerCap: "presumes-lower-cap"
    case .followsCircle: "follows-cycle"
    case .countedWithItself: "counted-with-itself"
    case .wrongRecord: "wrong-record"
    case .overBudget: "over-budget"
    }
  }

  private static func duplicateID(of declaration: Declaration) -> DiagnosticID {
    switch declaration {
    case .area: "duplicate-area"
    case .grade: "duplicate-grade"
    case .severity: "duplicate-severity"
    case .constant: "duplicate-constant"
    case .fact: "duplicate-fact"
    case .rule: "duplicate-rule"
    case .field: "duplicate-field"
    case .list: "duplicate-list"
    }
  }

  package var severity: Diagnostic.Severity {
    switch self {
    case .emptyArea, .noSeverity, .applicabilityUnexercised: .warning
    default: .error
    }
  }

  package var message: String {
    switch self {
    case .noFramework: "no framework is declared"
    case .noAreas: "no areas are declared"
    case .noGrades: "no grades are declared"
    case .declaredTwice(let declaration, let key, _, _):
      "the \(declaration.rawValue) '\(key)' is declared twice"
    case .nothingToOverride(let declaration, let key, _):
      "'override' but there is no \(declaration.rawValue) '\(key)' to replace"
    case .unknownRuleToDisable(let id, _): "there is no rule '\(id)' to disable"
    case .duplicateThreshold(let first, let second):
      "the grades '\(first)' and '\(second)' start at the same score"
    case .noFloor(let grade, let threshold):
      "the lowest grade '\(grade)' starts at \(NumberText.plain(threshold)), so some scores have no grade"
    case .badThreshold: "a grade's threshold must be between 0 and 100"
    case .unknownVerdict(let id, _): "unknown verdict '\(id)'"
    case .unreachableVerdict: "verdicts after 'otherwise' are never reached"
    case .noOtherwise: "the verdicts must end with one that applies otherwise"
    case .unknownGrade(let letter, _): "unknown grade '\(letter)'"
    case .constantNamedLikeAList(let name): "the constant '\(name)' has the name of a seed list"
    case .listNamedLikeAField(let id):
      "the list '\(id)' has the name of a proposal field, which rules could then not read"
    case .duplicateItem(let item, let list):
      "the item '\(item)' appears twice in the list '\(list)'"
    case .emptyList(let id): "the list '\(id)' has no items"
    case .emptyArea(let id): "the area '\(id)' has no rules"
    case .unknownLevel(let level, _): "'\(level)' is not a place a field can be added"
    case .noAllowedValues(let field): "the field '\(field)' allows no values"
    case .duplicateValue(let value): "the value \"\(value)\" is allowed twice"
    case .notAListOfRecords(let path):
      "'\(path)' is not a list of records, so it cannot have a fact for each"
    case .factNamedLikeAField(let name):
      "'\(name)' is already a field there; a fact needs a name of its own"
    case .missingClause(let rule, let clause, _): "the rule '\(rule)' has no '\(clause)'"
    case .emptyClause(let rule, let clause, _): "the '\(clause)' of rule '\(rule)' is empty"
    case .badWeight(let rule):
      "the weight of rule '\(rule)' must be more than 0, or 0 with a severity that changes no grade or verdict"
    case .unknownArea(let id, _): "unknown area '\(id)'"
    case .unknownSeverity(let id, _): "unknown severity '\(id)'"
    case .noSeverity(let rule, _): "the rule '\(rule)' has no severity"
    case .unknownSection(let source, _):
      "\"\(source)\" is not a section of the seed that the framework declares"
    case .unknownItem(let name, _): "unknown seed item '\(name)'"
    case .missingExample(let rule, let expectation):
      "the rule '\(rule)' has no example that must \(expectation)"
    case .notApplicableExampleOfARuleThatAlwaysApplies(let rule):
      "the rule '\(rule)' always applies, so no example can be not-applicable"
    case .malformedExample(let message, _): "malformed example: \(message)"
    case .exampleMismatch(let rule, let expected, let actual):
      "this example of '\(rule)' should \(expected == .notApplicable ? "be not-applicable" : expected.rawValue), but it is \(actual.rawValue == "pass" ? "a pass" : actual.rawValue == "fail" ? "a fail" : "not applicable")"
    case .partialCreditOutOfRange(let rule, let share):
      "on this example '\(rule)' fails with a partial credit of \(share), which is not a share from 0 to 1"
    case .applicabilityUnexercised(let rule):
      "no example of '\(rule)' is not-applicable, so its 'applies when' is never tried"
    case .uncoveredItem(let key, let text): "no rule checks the seed item '\(key)' (\"\(text)\")"
    case .presumesItself(let id): "the rule '\(id)' presumes itself"
    case .presumesUnknownRule(let id, let presumed, _):
      "the rule '\(id)' presumes '\(presumed)', which is not a rule"
    case .refersToUnknownRule(let id, let referred, _):
      "the rule '\(id)' refers to §\(referred)§, which is not a rule"
    case .presumesLowerCap(let id, let cap, let presumed, let presumedCap):
      "the rule '\(id)' caps the grade at \(cap ?? "") but presumes '\(presumed)', "
        + "which caps \(presumedCap.map { "at \($0)" } ?? "nothing")"
    case .presumesCircle(let id, let circle):
      "the rule '\(id)' closes a circle of presumptions: "
        + circle.map { "'\($0)'" }.joined(separator: " presumes ")
    case .followsUnknownRule(let id, let followed, _):
      "the rule '\(id)' follows '\(followed)', which is not a rule"
    case .countedWithUnknownRule(let id, let partner, _):
      "the rule '\(id)' is counted with '\(partner)', which is not a rule"
    case .countedWithItself(let id):
      "the rule '\(id)' is counted with itself"
    case .followsCircle(let id, let circle):
      circle.count == 2
        ? "the rule '\(id)' follows itself"
        : "the rule '\(id)' closes a circle of 'follows': "
          + circle.map { "'\($0)'" }.joined(separator: " follows ")
    case .wrongRecord(let problem):
      "the record is not one the rules can read: \(problem); nothing was assessed"
    case .overBudget(let what, let cost, _, _):
      "evaluating \(what) on this proposal \(cost), more than an assessment may; nothing was assessed"
    }
  }

  package var hint: String? {
    switch self {
    case .noFramework: "start the first rule file with: framework \"Name\""
    case .noAreas: "declare one with: area knots \"Networked learning knots\" weight 1"
    case .noGrades: "declare them with: grade A \"Label\" from 85"
    case .declaredTwice(_, _, let firstAt, let replacement):
      "it is first declared at \(firstAt); to replace it, write 'override \(replacement)'"
    case .nothingToOverride(_, _, let suggestion), .unknownRuleToDisable(_, let suggestion):
      suggestion.map { "did you mean '\($0)'?" }
    case .noFloor: "let the lowest grade start from 0"
    case .unknownVerdict(let id, let verdicts):
      Self.suggestion(for: id, among: verdicts, else: "the verdicts are: ")
    case .noOtherwise: "add: verdict ready otherwise"
    case .unknownGrade(let letter, let grades):
      Self.suggestion(for: letter, among: grades, else: "the grades are: ")
    case .constantNamedLikeAList: "choose another name"
    case .listNamedLikeAField(let id): "choose another id, such as 'seed-\(id)'"
    case .emptyArea: "it has no score and is left out of the overall score; add a rule to it"
    case .unknownLevel(let level, let levels):
      Self.suggestion(for: level, among: levels, else: "fields can be added to: ")
    case .noAllowedValues: "list the values it allows, or leave out 'in […]' for any text"
    case .notAListOfRecords: "name a list of records, such as knots or schools"
    case .factNamedLikeAField: "rename the fact"
    case .missingClause(_, _, let example): "add: \(example)"
    case .emptyClause(_, _, let example): "write: \(example)"
    case .unknownArea(let id, let areas):
      Self.suggestion(for: id, among: areas, else: "the areas are: ")
    case .unknownSeverity(let id, let severities):
      Diagnostic.didYouMean(id, among: severities)
        ?? (severities.isEmpty
          ? "declare it in the framework: severity \(id) \"what it means\""
          : "the severities are: " + severities.joined(separator: ", "))
    case .noSeverity(_, let severities):
      "say how much its failure matters: severity "
        + severities.joined(separator: ", severity ")
    case .unknownSection(let source, let sections):
      EditDistance.closest(to: source, among: sections).map { "did you mean \"\($0)\"?" }
        ?? "declare it with: section \"\(source)\""
    case .unknownItem(let name, let keys): Diagnostic.didYouMean(name, among: keys)
    case .missingExample(_, let expectation):
      "add: example \(expectation) { … }, a proposal or a fragment of one"
    case .notApplicableExampleOfARuleThatAlwaysApplies:
      "add 'applies when CONDITION', or make the example pass or fail"
    case .malformedExample(_, let hint): hint
    case .exampleMismatch:
      "fix the rule's condition or the example; the notes give each part of the condition on this example"
    case .partialCreditOutOfRange:
      "write the credit as a share of the rule's weight, such as size(x) / size(y), so that a failure earns no more than a pass"
    case .applicabilityUnexercised:
      "add an example on which the condition of 'applies when' is false: example not-applicable { … }"
    case .uncoveredItem(let key, _): "add 'checks \(key)' to a rule that checks it, or write one"
    case .presumesItself(let id):
      "a rule presumes other rules: remove '\(id)' from its 'presumes'"
    case .presumesUnknownRule(_, _, let suggestion):
      suggestion.map { "did you mean '\($0)'?" }
        ?? "presume a rule of the framework: `network-advisor rules list` lists them"
    case .refersToUnknownRule(_, _, let suggestion):
      suggestion.map { "did you mean §\($0)§?" }
        ?? "refer to a rule of the framework between two § marks: `network-advisor rules list` lists them"
    case .presumesLowerCap(_, _, let presumed, _):
      "when both fail only '\(presumed)' counts, so its cap must be as low: "
        + "give it the stronger severity, or drop the presumption"
    case .presumesCircle:
      "a presumption points to the more basic rule; remove one of these 'presumes'"
    case .followsUnknownRule(_, _, let suggestion):
      suggestion.map { "did you mean '\($0)'?" }
        ?? "follow a rule of the framework: `network-advisor rules list` lists them"
    case .followsCircle:
      "'follows' names the rule whose advice comes first; remove one of these 'follows'"
    case .countedWithUnknownRule(_, _, let suggestion):
      suggestion.map { "did you mean '\($0)'?" }
        ?? "name a rule of the framework: `network-advisor rules list` lists them"
    case .countedWithItself:
      "'counted with' names another rule whose failure is the same condition; remove it"
    case .wrongRecord: "read the subject with the one the framework was loaded for"
    case .overBudget(_, _, let listLength, let longestList):
      "the rules are written for networks of up to \(listLength) schools; this proposal's longest list has \(longestList) items"
    case .badWeight:
      "give it a weight above 0, or a severity such as 'suggestion' that no grade cap or verdict counts"
    case .duplicateThreshold, .badThreshold, .unreachableVerdict, .duplicateItem, .emptyList,
      .duplicateValue:
      nil
    }
  }

  /// "did you mean 'X'?" for a close candidate, else `lead` and every candidate.
  private static func suggestion(for word: String, among candidates: [String], else lead: String)
    -> String
  {
    Diagnostic.didYouMean(word, among: candidates) ?? lead + candidates.joined(separator: ", ")
  }
}
