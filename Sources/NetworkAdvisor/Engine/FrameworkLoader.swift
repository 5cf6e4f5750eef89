/// Loads rule sources into a ``Framework``: parses every file, merges the layers, checks
/// every declaration and compiles it. All problems in all files come back at once.
public struct FrameworkLoader {
  /// The verdicts the contract allows, best first.
  public static let verdictIDs = ["ready", "ready-with-conditions", "not-ready"]

  /// The subject; once the layers are merged, with the fields they declare.
  var subject: any Subject
  var diagnostics: [Diagnostic] = []

  var frameworkName: String?
  /// Where the framework is declared, or else the start of the first file: the place a
  /// problem of the framework as a whole (no areas, no grades, no verdicts) is reported.
  var frameworkLocation: SourceRange?
  var areas: [String: AreaDeclaration] = [:]
  var areaOrder: [String] = []
  var grades: [String: GradeDeclaration] = [:]
  var verdicts: [VerdictDeclaration] = []
  var severities: [String: SeverityDeclaration] = [:]
  var severityOrder: [String] = []
  var gradeCaps: [GradeCapDeclaration] = []
  var constants: [String: ConstantDeclaration] = [:]
  var constantOrder: [String] = []
  var facts: [String: FactDeclaration] = [:]
  var factOrder: [String] = []
  /// The facts, once compiled; examples gain them as they are read.
  var factTable = FactTable.empty
  /// The record type rules are checked against: the subject's, with the facts.
  var ruleSubject: RecordType?
  var rules: [String: RuleDeclaration] = [:]
  var ruleOrder: [String] = []
  /// The ids of rules a later layer disabled: a rule may still presume one of them.
  var disabledRules: Set<String> = []
  var seedLists: [String: SeedListDeclaration] = [:]
  var seedListOrder: [String] = []
  var sections: [String] = []
  /// Fields the layers add to the subject, by `LEVEL.NAME`.
  var fieldDeclarations: [String: FieldDeclaration] = [:]
  var fieldOrder: [String] = []

  /// Loads and compiles the layers, later layers on top of earlier ones.
  /// - Throws: ``DiagnosticError`` with every error found; warnings alone do not throw.
  public static func load(_ layers: [RuleSource], subject: any Subject) throws(DiagnosticError)
    -> (framework: Framework, warnings: [Diagnostic])
  {
    var loader = FrameworkLoader(subject: subject)
    for layer in layers { loader.merge(layer) }
    let framework = loader.compile(files: layers.flatMap(\.files))
    let errors = loader.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let framework else {
      throw DiagnosticError(loader.diagnostics.filter { $0.severity == .error })
    }
    return (framework, loader.diagnostics.filter { $0.severity == .warning })
  }

  init(subject: any Subject) { self.subject = subject }

  mutating func error(
    _ id: String, _ message: String, at location: SourceRange?, hint: String? = nil
  ) {
    diagnostics.append(Diagnostic(id: id, message, at: location, hint: hint))
  }

  /// Adds one layer's declarations, applying `override` and `disable`.
  mutating func merge(_ layer: RuleSource) {
    var layerVerdicts: [VerdictDeclaration] = []
    var layerCaps: [GradeCapDeclaration] = []
    for parsed in layer.parsed {
      diagnostics += parsed.diagnostics
      for declaration in parsed.declarations {
        switch declaration {
        case .framework(let name, let location):
          frameworkName = name
          frameworkLocation = location
        case .area(let area):
          if accept(
            area.id, "area", area.isOverride, area.location, areas[area.id]?.location, areaOrder)
          {
            if areas[area.id] == nil { areaOrder.append(area.id) }
            areas[area.id] = area
          }
        case .grade(let grade):
          let letters = Array(grades.keys)
          if accept(
            grade.letter, "grade", grade.isOverride, grade.location, grades[grade.letter]?.location,
            letters)
          {
            grades[grade.letter] = grade
          }
        case .verdict(let verdict):
          layerVerdicts.append(verdict)
        case .gradeCap(let cap):
          layerCaps.append(cap)
        case .severity(let severity):
          if accept(
            severity.id, "severity", severity.isOverride, severity.location,
            severities[severity.id]?.location, severityOrder)
          {
            if severities[severity.id] == nil { severityOrder.append(severity.id) }
            severities[severity.id] = severity
          }
        case .constant(let constant):
          if accept(
            constant.name, "constant", constant.isOverride, constant.location,
            constants[constant.name]?.location, constantOrder)
          {
            if constants[constant.name] == nil { constantOrder.append(constant.name) }
            constants[constant.name] = constant
          }
        case .fact(let fact):
          if accept(
            fact.key, "fact", fact.isOverride, fact.location, facts[fact.key]?.location,
            factOrder)
          {
            if facts[fact.key] == nil { factOrder.append(fact.key) }
            facts[fact.key] = fact
          }
        case .rule(let rule):
          if accept(
            rule.id, "rule", rule.isOverride, rule.location, rules[rule.id]?.location, ruleOrder)
          {
            if rules[rule.id] == nil { ruleOrder.append(rule.id) }
            rules[rule.id] = rule
          }
        case .seedList(let list):
          if accept(
            list.id, "list", list.isOverride, list.location, seedLists[list.id]?.location,
            seedListOrder)
          {
            if seedLists[list.id] == nil { seedListOrder.append(list.id) }
            seedLists[list.id] = list
          }
        case .field(let field):
          if accept(
            field.key, "field", field.isOverride, field.location,
            fieldDeclarations[field.key]?.location, fieldOrder)
          {
            if fieldDeclarations[field.key] == nil { fieldOrder.append(field.key) }
            fieldDeclarations[field.key] = field
          }
        case .section(let title, _):
          if !sections.contains(title) { sections.append(title) }
        case .disable(let id, let location):
          if rules.removeValue(forKey: id) != nil {
            ruleOrder.removeAll { $0 == id }
            disabledRules.insert(id)
          } else {
            error(
              "unknown-rule", "there is no rule '\(id)' to disable", at: location,
              hint: Diagnostic.didYouMean(id, among: ruleOrder))
          }
        }
      }
    }
    // A layer that declares verdicts replaces the whole list: their order is their meaning.
    if !layerVerdicts.isEmpty { verdicts = layerVerdicts }
    // Likewise grade caps: a layer that declares any states the whole policy.
    if !layerCaps.isEmpty { gradeCaps = layerCaps }
  }

  /// Whether a declaration is taken: a redeclaration must say `override`, and an
  /// `override` must replace something.
  private mutating func accept(
    _ key: String, _ what: String, _ isOverride: Bool, _ location: SourceRange,
    _ existing: SourceRange?, _ known: [String]
  ) -> Bool {
    let keyword = what == "constant" ? "let" : what
    if let existing {
      guard isOverride else {
        // A fact of each record is written `fact NAME for VAR in LIST`, not by its key.
        var replacement = "\(keyword) \(key)"
        if what == "fact", let dot = key.lastIndex(of: ".") {
          replacement =
            "fact \(key[key.index(after: dot)...]) for … in \(key[..<dot]) …"
        }
        error(
          "duplicate-\(what)", "the \(what) '\(key)' is declared twice", at: location,
          hint:
            "it is first declared at \(existing.description); to replace it, write 'override \(replacement)'"
        )
        return false
      }
      return true
    }
    if isOverride {
      error(
        "nothing-to-override", "'override' but there is no \(what) '\(key)' to replace",
        at: location,
        hint: Diagnostic.didYouMean(key, among: known))
      return false
    }
    return true
  }
}
