extension FrameworkLoader {
  /// Checks the fields the layers declare and gives the subject them, so that the facts,
  /// the rules and their examples read them.
  mutating func compileExtensionFields() -> [ExtensionField] {
    let levels = subject.extensionLevels
    var result: [ExtensionField] = []
    for key in fieldOrder {
      guard let declaration = fieldDeclarations[key] else { continue }
      let file = declaration.location.file
      guard levels.contains(declaration.level.name) else {
        error(
          "unknown-level",
          "'\(declaration.level.name)' is not a place a field can be added",
          at: SourceRange(file, declaration.level.range),
          hint: Diagnostic.didYouMean(declaration.level.name, among: levels)
            ?? "fields can be added to: " + levels.joined(separator: ", "))
        continue
      }
      if let allowed = declaration.allowed {
        if allowed.isEmpty {
          error(
            "no-allowed-values", "the field '\(key)' allows no values", at: declaration.location,
            hint: "list the values it allows, or leave out 'in […]' for any text")
          continue
        }
        var seen: Set<String> = []
        for value in allowed where !seen.insert(value.value).inserted {
          error(
            "duplicate-value", "the value \"\(value.value)\" is allowed twice",
            at: SourceRange(file, value.range))
        }
      }
      result.append(
        ExtensionField(
          level: declaration.level.name, name: declaration.name, kind: declaration.kind,
          allowed: declaration.allowed?.map(\.value), summary: declaration.summary,
          location: declaration.location))
    }
    if !result.isEmpty { subject = subject.declaring(result) }
    return result
  }
}
