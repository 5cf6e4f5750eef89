extension FrameworkLoader {
  /// Compiles the facts in declaration order, each checked against the subject's record
  /// type as extended by the facts before it.
  /// - Returns: the facts, and the record type rules are checked against.
  mutating func compileFacts(
    constantNames: [String], lookup: @escaping ExpressionChecker.ConstantLookup
  ) -> (FactTable, RecordType) {
    var recordType = subject.recordType
    var compiled: [FactTable.Fact] = []
    var slots = 0
    for key in factOrder {
      guard let declaration = facts[key] else { continue }
      var checker = ExpressionChecker(
        file: declaration.location.file, subject: recordType, constantNames: constantNames,
        constant: lookup)
      let path = declaration.scope?.path ?? []
      guard let slotPath = Self.slots(of: path, in: recordType) else {
        let range = declaration.scope?.pathRange ?? declaration.location.range
        error(
          .notAListOfRecords(path: path.joined(separator: ".")),
          at: SourceRange(declaration.location.file, range))
        continue
      }
      let expression = Self.expression(of: declaration)
      let node = checker.check(expression)
      diagnostics += checker.diagnostics
      guard let node else { continue }
      if let problem = EvaluationBudget.problem(
        fact: declaration.name, nodes: [node], file: declaration.location.file)
      {
        diagnostics.append(problem)
        continue
      }
      let type = declaration.scope == nil ? node.type : (node.type.element ?? .nothing)
      if Self.existingField(declaration.name, along: path, in: recordType) {
        error(.factNamedLikeAField(declaration.name), at: declaration.location)
        continue
      }
      let field = RecordType.Field(declaration.name, type, declaration.summary, isDerived: true)
      recordType = Self.extending(recordType, along: path[...], with: field)
      let scope = declaration.scope.map {
        "for \($0.variable) in \($0.path.joined(separator: "."))"
      }
      compiled.append(
        FactTable.Fact(
          name: declaration.name, scope: scope ?? "", summary: declaration.summary,
          definition: declaration.location.file.text(of: declaration.value.range), path: slotPath,
          node: node, location: declaration.location))
      slots = max(slots, checker.slotCount)
    }
    return (FactTable(facts: compiled, localSlots: slots), recordType)
  }

  /// What a fact computes: its value, or for a fact of each record the comprehension
  /// `[VALUE for VAR in LIST]`, one value per record in the list's order.
  private static func expression(of declaration: FactDeclaration) -> Expression {
    guard let scope = declaration.scope else { return declaration.value }
    var list = Expression(.name(scope.path[0]), scope.pathRange)
    for part in scope.path.dropFirst() {
      list = Expression(.member(list, part, nameRange: scope.pathRange), scope.pathRange)
    }
    return Expression(
      .comprehension(
        result: declaration.value, variable: scope.variable,
        variableRange: scope.variableRange, list, nil), declaration.value.range)
  }

  /// The slots that lead to the list of records at `path`; `[]` for the subject itself,
  /// `nil` when the path does not lead to a list of records.
  private static func slots(of path: [String], in type: RecordType) -> [Int]? {
    var slots: [Int] = []
    var current = type
    for (index, name) in path.enumerated() {
      guard let slot = current.slot(of: name) else { return nil }
      slots.append(slot)
      switch (current.fields[slot].type, index == path.count - 1) {
      case (.list(.record(let element)), true): current = element
      case (.record(let inner), false): current = inner
      default: return nil
      }
    }
    return slots
  }

  private static func existingField(_ name: String, along path: [String], in type: RecordType)
    -> Bool
  {
    var current = type
    for name in path {
      guard let slot = current.slot(of: name) else { return false }
      switch current.fields[slot].type {
      case .list(.record(let element)): current = element
      case .record(let inner): current = inner
      default: return false
      }
    }
    return current.slot(of: name) != nil
  }

  /// The record type with `field` added at the end of the records reached along `path`.
  private static func extending(
    _ type: RecordType, along path: ArraySlice<String>, with field: RecordType.Field
  ) -> RecordType {
    guard let name = path.first, let slot = type.slot(of: name) else {
      return RecordType(name: type.name, fields: type.fields + [field])
    }
    var fields = type.fields
    let old = fields[slot]
    let newType: ValueType
    switch old.type {
    case .list(.record(let element)):
      newType = .list(.record(extending(element, along: path.dropFirst(), with: field)))
    case .record(let inner):
      newType = .record(extending(inner, along: path.dropFirst(), with: field))
    default:
      return type
    }
    fields[slot] = RecordType.Field(old.name, newType, old.summary, isDerived: old.isDerived)
    return RecordType(name: type.name, fields: fields)
  }
}
