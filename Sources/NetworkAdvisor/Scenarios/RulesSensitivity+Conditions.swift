extension RulesSensitivity {
  /// The numbers written in the conditions of the caps and verdicts in force (those of the
  /// last layer that declares caps, and of the last that declares verdicts), such as the
  /// `2` of `cap D when failures.substantive + failures.critical >= 2`; each named by its
  /// declaration as written.
  static func conditionNumbers(in layers: [RuleSource]) -> [NumericConstant] {
    var caps: [NumericConstant] = []
    var verdicts: [NumericConstant] = []
    for (layerIndex, layer) in layers.enumerated() {
      var layerCaps: [NumericConstant] = []
      var layerVerdicts: [NumericConstant] = []
      for (fileIndex, parsed) in layer.parsed.enumerated() {
        let file = layer.files[fileIndex]
        for declaration in parsed.declarations {
          let condition: Expression
          let owner: String
          switch declaration {
          case .gradeCap(let cap):
            condition = cap.condition
            owner = "cap \(cap.grade.letter)"
          case .verdict(let verdict):
            guard let written = verdict.condition else { continue }
            condition = written
            owner = "verdict \(verdict.id)"
          default: continue
          }
          let numbers = numberLiterals(in: condition, context: condition.range).map {
            value, range, context in
            NumericConstant(
              name: "\(file.text(of: context)) (\(owner))", value: value, layer: layerIndex,
              file: fileIndex, range: range)
          }
          if case .gradeCap = declaration { layerCaps += numbers } else { layerVerdicts += numbers }
        }
      }
      // A layer that declares any caps or verdicts replaces the whole list.
      if layer.parsed.contains(where: { $0.declarations.contains(where: Self.isCap) }) {
        caps = layerCaps
      }
      if layer.parsed.contains(where: { $0.declarations.contains(where: Self.isVerdict) }) {
        verdicts = layerVerdicts
      }
    }
    return caps + verdicts
  }

  private static func isCap(_ declaration: Declaration) -> Bool {
    if case .gradeCap = declaration { return true }
    return false
  }

  private static func isVerdict(_ declaration: Declaration) -> Bool {
    if case .verdict = declaration { return true }
    return false
  }

  /// The number literals of an expression, each with where it is written and the
  /// comparison or operation it stands in (`failures.minor >= 3`), to name it by.
  static func numberLiterals(in expression: Expression, context: Range<Int>) -> [(
    Double, Range<Int>, Range<Int>
  )] {
    func inner(_ part: Expression) -> [(Double, Range<Int>, Range<Int>)] {
      numberLiterals(in: part, context: context)
    }
    switch expression.kind {
    case .number(let value): return [(value, expression.range, context)]
    case .string, .bool, .name, .map: return []
    case .list(let elements): return elements.flatMap(inner)
    case .member(let base, _, _): return inner(base)
    case .unary(_, let operand): return inner(operand)
    case .binary(_, let left, let right, _):
      return numberLiterals(in: left, context: expression.range)
        + numberLiterals(in: right, context: expression.range)
    case .call(_, _, let arguments): return arguments.flatMap(inner)
    case .quantifier(_, _, _, let collection, let body): return inner(collection) + inner(body)
    case .comprehension(let result, _, _, let collection, let condition):
      return inner(result) + inner(collection) + (condition.map(inner) ?? [])
    case .conditional(let condition, let whenTrue, let whenFalse):
      return inner(condition) + inner(whenTrue) + inner(whenFalse)
    }
  }
}
