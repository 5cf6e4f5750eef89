extension FrameworkLoader {
  /// The record type verdict conditions are checked against: facts about one assessment.
  mutating func compile(files: [SourceFile]) -> Framework? {
    if frameworkLocation == nil, let first = files.first {
      frameworkLocation = SourceRange(first, 0..<0)
    }
    let extensionFields = compileExtensionFields()
    let compiledLists = compileSeedLists()
    let constantValues = compileConstants(lists: compiledLists)
    let lookup: ExpressionChecker.ConstantLookup = { name in
      constantValues[name].map { ($0.value, $0.type) }
    }
    let (factTable, ruleSubject) = compileFacts(constantNames: constantNames, lookup: lookup)
    self.factTable = factTable
    self.ruleSubject = ruleSubject
    let compiledAreas = compileAreas()
    let compiledGrades = compileGrades()
    let compiledSeverities = compileSeverities(grades: compiledGrades)
    let facts = AssessmentFacts.recordType(severities: compiledSeverities)
    let (compiledVerdicts, verdictSlots) = compileVerdicts(facts: facts, lookup: lookup)
    let (compiledCaps, capSlots) = compileGradeCaps(
      facts: facts, grades: compiledGrades, lookup: lookup)
    var compiledRules: [Rule] = []
    var slots = max(1, verdictSlots, capSlots, factTable.localSlots)
    for id in ruleOrder {
      guard let declaration = rules[id] else { continue }
      if let (rule, ruleSlots) = compileRule(
        declaration, areas: compiledAreas, grades: compiledGrades, severities: compiledSeverities,
        lists: compiledLists, lookup: lookup)
      {
        compiledRules.append(rule)
        slots = max(slots, ruleSlots)
      }
    }
    checkPresumptions(of: compiledRules, scale: GradeScale(compiledGrades))
    checkFollows()
    checkCountedWith()
    if frameworkName == nil {
      error(.noFramework, at: files.first.map { SourceRange($0, 0..<0) })
    }
    for area in compiledAreas
    where !compiledRules.contains(where: { compiledAreas[$0.areaIndex].id == area.id }) {
      diagnostics.append(
        Diagnostic(FrameworkProblem.emptyArea(area.id), at: areas[area.id]?.location))
    }
    guard let frameworkName, !compiledGrades.isEmpty, !compiledAreas.isEmpty else { return nil }
    var framework = Framework(
      name: frameworkName, areas: compiledAreas, grades: compiledGrades, verdicts: compiledVerdicts,
      severities: compiledSeverities, gradeCaps: compiledCaps,
      rules: compiledRules,
      constants: constantOrder.compactMap { name in
        constantValues[name].map { Framework.Constant(name: name, value: $0.value, type: $0.type) }
      },
      seedLists: compiledLists, sections: knownSections(lists: compiledLists), facts: factTable,
      recordType: ruleSubject, subjectType: subject.recordType,
      digest: Self.digest(of: files), localSlots: slots, files: files)
    framework.extensionFields = extensionFields
    framework.plainNames = subject.plainNames
    checkWeightlessRules(of: framework)
    return framework
  }

  private mutating func compileAreas() -> [Framework.Area] {
    var result: [Framework.Area] = []
    for id in areaOrder {
      guard let area = areas[id] else { continue }
      result.append(Framework.Area(id: id, title: area.title, weight: area.weight))
    }
    if result.isEmpty {
      error(.noAreas, at: frameworkLocation)
    }
    return result
  }

  private mutating func compileGrades() -> [Framework.Grade] {
    let declared = grades.values.sorted {
      $0.threshold != $1.threshold ? $0.threshold > $1.threshold : $0.letter < $1.letter
    }
    if declared.isEmpty {
      error(.noGrades, at: frameworkLocation)
      return []
    }
    for (first, second) in zip(declared, declared.dropFirst())
    where first.threshold == second.threshold {
      error(
        .duplicateThreshold(first: first.letter, second: second.letter), at: second.location,
        notes: [
          Diagnostic.Note("'\(first.letter)' starts at the same score here", at: first.location)
        ])
    }
    if let lowest = declared.last, lowest.threshold != 0 {
      error(.noFloor(grade: lowest.letter, threshold: lowest.threshold), at: lowest.location)
    }
    for grade in declared where grade.threshold < 0 || grade.threshold > 100 {
      error(.badThreshold, at: grade.location)
    }
    return declared.map {
      Framework.Grade(letter: $0.letter, label: $0.label, threshold: $0.threshold)
    }
  }

  private mutating func compileVerdicts(
    facts: RecordType, lookup: @escaping ExpressionChecker.ConstantLookup
  ) -> ([Framework.Verdict], slots: Int) {
    var result: [Framework.Verdict] = []
    var slots = 0
    for (index, verdict) in verdicts.enumerated() {
      if !Self.verdictIDs.contains(verdict.id) {
        error(.unknownVerdict(verdict.id, verdicts: Self.verdictIDs), at: verdict.location)
      }
      if verdict.condition == nil, index != verdicts.count - 1 {
        error(.unreachableVerdict, at: verdicts[index + 1].location)
      }
      var condition: Node?
      if let expression = verdict.condition {
        var checker = ExpressionChecker(
          file: verdict.location.file, subject: facts, constantNames: constantNames,
          constant: lookup)
        condition = checker.check(expression, expecting: .bool, role: "a verdict's condition")
        diagnostics += checker.diagnostics
        slots = max(slots, checker.slotCount)
      }
      let text = verdict.condition.map { verdict.location.file.text(of: $0.range) } ?? "otherwise"
      result.append(Framework.Verdict(id: verdict.id, condition: condition, text: text))
    }
    if verdicts.last.map({ $0.condition != nil }) ?? true {
      error(.noOtherwise, at: verdicts.last?.location ?? frameworkLocation)
    }
    return (result, slots)
  }

  private mutating func compileSeverities(grades: [Framework.Grade]) -> [Framework.Severity] {
    severityOrder.compactMap { id in
      guard let severity = severities[id] else { return nil }
      if let cap = severity.cap { checkGrade(cap.grade, at: cap.location, among: grades) }
      return Framework.Severity(id: id, meaning: severity.meaning, cap: severity.cap?.grade)
    }
  }

  private mutating func compileGradeCaps(
    facts: RecordType, grades: [Framework.Grade],
    lookup: @escaping ExpressionChecker.ConstantLookup
  ) -> ([Framework.GradeCap], slots: Int) {
    var result: [Framework.GradeCap] = []
    var slots = 0
    for cap in gradeCaps {
      checkGrade(cap.grade.letter, at: cap.grade.location, among: grades)
      var checker = ExpressionChecker(
        file: cap.location.file, subject: facts, constantNames: constantNames, constant: lookup)
      let condition = checker.check(
        cap.condition, expecting: .bool, role: "the condition of a grade cap")
      diagnostics += checker.diagnostics
      slots = max(slots, checker.slotCount)
      guard let condition else { continue }
      result.append(
        Framework.GradeCap(
          grade: cap.grade.letter, condition: condition,
          text: cap.location.file.text(of: cap.condition.range)))
    }
    return (result, slots)
  }

  /// An error when `letter` is not one of the declared grades.
  mutating func checkGrade(
    _ letter: String, at location: SourceRange, among grades: [Framework.Grade]
  ) {
    guard !grades.isEmpty, !grades.contains(where: { $0.letter == letter }) else { return }
    error(.unknownGrade(letter, grades: grades.map(\.letter)), at: location)
  }

  /// Compiles constants in declaration order; a constant may use those declared before it.
  private mutating func compileConstants(lists: [Framework.SeedList]) -> [String: (
    value: Value, type: ValueType
  )] {
    var values: [String: (value: Value, type: ValueType)] = [:]
    // A seed list is also a named list of its item ids: `processesUsed covers four-processes`.
    for list in lists {
      values[list.id] = (.list(list.items.map { .string($0.id) }), .list(.string))
    }
    for name in constantOrder {
      guard let declaration = constants[name] else { continue }
      if values[name] != nil {
        error(.constantNamedLikeAList(name), at: declaration.location)
        continue
      }
      let known = values
      var checker = ExpressionChecker(
        file: declaration.location.file, subject: nil, constantNames: constantNames,
        constant: { known[$0].map { ($0.value, $0.type) } })
      let node = checker.check(declaration.value)
      diagnostics += checker.diagnostics
      guard let node else { continue }
      var evaluator = Evaluator(subject: [], localSlots: checker.slotCount)
      values[name] = (evaluator.evaluate(node), node.type)
    }
    return values
  }

  /// The names of constants and seed lists, for "did you mean".
  var constantNames: [String] { seedListOrder + constantOrder }

  /// Sections rules may cite: those of the seed lists and those declared with `section`.
  func knownSections(lists: [Framework.SeedList]) -> [String] {
    var result: [String] = []
    for title in lists.map(\.section) + sections where !result.contains(title) {
      result.append(title)
    }
    return result
  }

  private mutating func compileSeedLists() -> [Framework.SeedList] {
    seedListOrder.compactMap { id in
      guard let list = seedLists[id] else { return nil }
      if subject.recordType.slot(of: id) != nil {
        error(.listNamedLikeAField(id), at: list.location)
      }
      var seen: Set<String> = []
      for item in list.items where !seen.insert(item.id).inserted {
        error(.duplicateItem(item.id, list: id), at: item.location)
      }
      if list.items.isEmpty {
        error(.emptyList(id), at: list.location)
      }
      return Framework.SeedList(
        id: id, section: list.section,
        items: list.items.map {
          .init(id: $0.id, text: $0.text, location: $0.location, key: "\(id).\($0.id)")
        })
    }
  }

  /// A 64-bit FNV-1a hash of the files' names (without their folder) and contents, in hex:
  /// the same rules give the same digest wherever their folder is.
  static func digest(of files: [SourceFile]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for file in files {
      let name = file.name.split(separator: "/").last.map(String.init) ?? file.name
      for byte in Array(name.utf8) + [0] + file.utf8 + [0] {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
