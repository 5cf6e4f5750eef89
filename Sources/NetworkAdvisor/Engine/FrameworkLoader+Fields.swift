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
        let place = SourceRange(file, declaration.level.range)
        error(
          .unknownLevel(declaration.level.name, levels: levels), at: place,
          fixIts: FixIt.respelling(declaration.level.name, at: place, among: levels))
        continue
      }
      if let allowed = declaration.allowed {
        if allowed.isEmpty {
          error(.noAllowedValues(field: key), at: declaration.location)
          continue
        }
        var seen: Set<String> = []
        for value in allowed where !seen.insert(value.value).inserted {
          error(.duplicateValue(value.value), at: SourceRange(file, value.range))
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
