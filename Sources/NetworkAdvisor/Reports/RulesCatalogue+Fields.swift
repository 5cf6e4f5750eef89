extension RulesCatalogue {
  /// The fields the framework's layers add to proposals (`field LEVEL.NAME …`): where each
  /// is written, what it holds and how rules read it.
  static func extensionFields(of framework: Framework) -> String {
    guard !framework.extensionFields.isEmpty else { return "" }
    var text = "\n## Fields added by the rules\n\n"
    text +=
      "A proposal gives these in an `extensions` object at the level named; an absent one reads as not given (text `\"\"`, number 0, `false`). Any other key there is a warning.\n\n"
    text += "| field | in the proposal | value | meaning | rules read |\n|---|---|---|---|---|\n"
    for field in framework.extensionFields {
      let place =
        field.level == "network"
        ? "`extensions.\(field.name)`" : "`\(field.level)[].extensions.\(field.name)`"
      let variable =
        field.level == "network" ? "" : (field.level.first.map(String.init) ?? "x") + "."
      text +=
        "| `\(field.key)` | \(place) | \(escape(valueDescription(field))) | \(escape(field.summary)) | `\(variable)extensions.\(field.name)` |\n"
    }
    return text
  }

  /// "text", "one of …", "number", "true or false".
  static func valueDescription(_ field: ExtensionField) -> String {
    ProposalExtensions.fieldShape(of: field).description
  }
}
