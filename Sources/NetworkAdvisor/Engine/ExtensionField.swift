/// A field a rule layer adds to the subject with `field LEVEL.NAME TYPE "…"`: read from
/// the `extensions` object at that level, validated like a built-in field, and read by
/// rules as `VAR.extensions.NAME`.
///
/// Declared once, it yields the checker's record type, the reader's validation, the JSON
/// Schema and the catalogue's entry.
package struct ExtensionField: Sendable {
  /// Where the field goes: one of the subject's ``Subject/extensionLevels``.
  package let level: String
  /// The field's name inside `extensions`.
  package let name: String
  /// Text, number or boolean.
  package let kind: FieldDeclaration.Kind
  /// For text with a closed set of values: the values allowed.
  package let allowed: [String]?
  /// What the field means.
  package let summary: String
  /// Where it is declared.
  package let location: SourceRange

  /// `knots.facilitator`, as the declaration names it.
  package var key: String { level + "." + name }

  /// The type rules see: an enumeration for text with allowed values.
  package let valueType: ValueType

  /// Describes a field.
  package init(
    level: String, name: String, kind: FieldDeclaration.Kind, allowed: [String]?,
    summary: String, location: SourceRange
  ) {
    self.level = level
    self.name = name
    self.kind = kind
    self.allowed = allowed
    self.summary = summary
    self.location = location
    switch kind {
    case .number: valueType = .number
    case .boolean: valueType = .bool
    case .text:
      valueType =
        allowed.map {
          .enumeration(EnumerationType(name: "\(name) value", cases: $0.map { ($0, $0) }))
        } ?? .string
    }
  }
}
