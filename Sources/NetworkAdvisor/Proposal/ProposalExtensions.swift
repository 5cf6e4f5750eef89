/// Where a proposal holds fields that rule layers declare: an `extensions` object on the
/// top level and on each school, partner, leader and knot.
package enum ProposalExtensions {
  /// The levels a layer names in `field LEVEL.NAME …`, each with the object shape whose
  /// `extensions` holds its fields, in the format's order.
  package static let levels: [(level: String, shape: String)] = [
    ("network", "proposal"), ("schools", "school"), ("partners", "partner"),
    ("leaders", "leader"), ("knots", "knot"),
  ]

  /// The level names.
  package static var levelNames: [String] { levels.map(\.level) }

  /// Whether objects of this shape have an `extensions` object.
  static func isExtensible(_ shapeName: String) -> Bool {
    levels.contains { $0.shape == shapeName }
  }

  /// The level whose fields objects of this shape hold.
  static func level(ofShape shapeName: String) -> String? {
    levels.first { $0.shape == shapeName }?.level
  }

  /// The `extensions` object of each extensible shape, by shape name, with the declared
  /// fields in declaration order (an object with no fields where none is declared).
  static func shapes(for fields: [ExtensionField]) -> [String: ObjectShape] {
    var result: [String: ObjectShape] = [:]
    for (level, shape) in levels {
      result[shape] = ObjectShape(
        name: "extensions of \(article(shape)) \(shape)",
        summary: "fields that rule layers add to \(article(shape)) \(shape)",
        fields: fields.filter { $0.level == level }.map {
          FieldSpec($0.name, fieldShape(of: $0), $0.summary)
        })
    }
    return result
  }

  /// The shape a declared field's value must have.
  static func fieldShape(of field: ExtensionField) -> FieldShape {
    switch field.valueType {
    case .number: .number(minimum: 0, isInteger: false)
    case .bool: .boolean
    case .enumeration(let type): .choice(type)
    default: .text(pattern: nil)
    }
  }

  private static func article(_ word: String) -> String {
    "aeiou".contains(word.first ?? "x") ? "an" : "a"
  }
}
