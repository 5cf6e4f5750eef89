/// Loads rule sources into a ``Framework``: parses every file, merges the layers, checks
/// every declaration and compiles it. All problems in all files come back at once.
package struct FrameworkLoader {
  /// The verdicts the contract allows, best first.
  package static let verdictIDs = ["ready", "ready-with-conditions", "not-ready"]

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
  package static func load(_ layers: [RuleSource], subject: any Subject) throws(DiagnosticError)
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
    _ problem: FrameworkProblem, at location: SourceRange?, notes: [Diagnostic.Note] = [],
    fixIts: [FixIt] = []
  ) {
    diagnostics.append(Diagnostic(problem, at: location, notes: notes, fixIts: fixIts))
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
        case .area(let area): place(area, as: .area, key: \.id, in: \.areas, order: \.areaOrder)
        case .grade(let grade): place(grade, as: .grade, key: \.letter, in: \.grades)
        case .verdict(let verdict): layerVerdicts.append(verdict)
        case .gradeCap(let cap): layerCaps.append(cap)
        case .severity(let severity):
          place(severity, as: .severity, key: \.id, in: \.severities, order: \.severityOrder)
        case .constant(let constant):
          place(constant, as: .constant, key: \.name, in: \.constants, order: \.constantOrder)
        case .fact(let fact): place(fact, as: .fact, key: \.key, in: \.facts, order: \.factOrder)
        case .rule(let rule): place(rule, as: .rule, key: \.id, in: \.rules, order: \.ruleOrder)
        case .seedList(let list):
          place(list, as: .list, key: \.id, in: \.seedLists, order: \.seedListOrder)
        case .field(let field):
          place(field, as: .field, key: \.key, in: \.fieldDeclarations, order: \.fieldOrder)
        case .section(let title, _):
          if !sections.contains(title) { sections.append(title) }
        case .disable(let id, let location):
          if rules.removeValue(forKey: id) != nil {
            ruleOrder.removeAll { $0 == id }
            disabledRules.insert(id)
          } else {
            error(
              .unknownRuleToDisable(id, suggestion: EditDistance.closest(to: id, among: ruleOrder)),
              at: location, fixIts: FixIt.respelling(id, at: location, among: ruleOrder))
          }
        }
      }
    }
    // A layer that declares verdicts replaces the whole list: their order is their meaning.
    if !layerVerdicts.isEmpty { verdicts = layerVerdicts }
    // Likewise grade caps: a layer that declares any states the whole policy.
    if !layerCaps.isEmpty { gradeCaps = layerCaps }
  }

  /// Takes a declaration into its table (and its key into `order`, the order of first
  /// declaration) when ``accept(_:existing:known:)`` allows it.
  private mutating func place<D: DeclaredOnce>(
    _ declaration: D, as what: FrameworkProblem.Declaration, key keyPath: KeyPath<D, String>,
    in table: WritableKeyPath<FrameworkLoader, [String: D]>,
    order: WritableKeyPath<FrameworkLoader, [String]>? = nil
  ) {
    let key = declaration[keyPath: keyPath]
    let existing = self[keyPath: table][key]
    let known = order.map { self[keyPath: $0] } ?? Array(self[keyPath: table].keys)
    guard accept(declaration, as: what, key: key, existing: existing?.location, known: known)
    else { return }
    if let order, existing == nil { self[keyPath: order].append(key) }
    self[keyPath: table][key] = declaration
  }

  /// Whether a declaration is taken: a redeclaration must say `override`, and an
  /// `override` must replace something.
  private mutating func accept(
    _ declaration: some DeclaredOnce, as what: FrameworkProblem.Declaration, key: String,
    existing: SourceRange?, known: [String]
  ) -> Bool {
    let location = declaration.location
    let keyword = what == .constant ? "let" : what.rawValue
    if let existing {
      guard declaration.isOverride else {
        // A fact of each record is written `fact NAME for VAR in LIST`, not by its key.
        var replacement = "\(keyword) \(key)"
        if what == .fact, let dot = key.lastIndex(of: ".") {
          replacement =
            "fact \(key[key.index(after: dot)...]) for … in \(key[..<dot]) …"
        }
        error(
          .declaredTwice(
            what, key: key, firstAt: existing.description, replacement: replacement),
          at: location, notes: [Diagnostic.Note("'\(key)' is first declared here", at: existing)])
        return false
      }
      return true
    }
    if declaration.isOverride {
      error(
        .nothingToOverride(what, key: key, suggestion: EditDistance.closest(to: key, among: known)),
        at: location)
      return false
    }
    return true
  }
}

/// A declaration made once per key in a framework, replaced only by `override`; what it is
/// called and the key it is declared under are named where it is placed, in ``merge(_:)``.
protocol DeclaredOnce {
  /// Whether it says `override`.
  var isOverride: Bool { get }
  /// Where it is declared.
  var location: SourceRange { get }
}

extension AreaDeclaration: DeclaredOnce {}
extension GradeDeclaration: DeclaredOnce {}
extension SeverityDeclaration: DeclaredOnce {}
extension ConstantDeclaration: DeclaredOnce {}
extension FactDeclaration: DeclaredOnce {}
extension RuleDeclaration: DeclaredOnce {}
extension FieldDeclaration: DeclaredOnce {}
extension SeedListDeclaration: DeclaredOnce {}
