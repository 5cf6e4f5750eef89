extension FormatReader {
  /// Reads an `extensions` object: each declared field like a built-in one, absent ones
  /// with their defaults; a key no layer declares is a warning, never silently ignored.
  mutating func readExtensions(_ json: JSONValue?, _ shape: ObjectShape, path: Path) -> Value {
    guard let json else { return Self.defaultValue(of: .object(shape)) }
    guard case .object(let members) = json.kind else {
      return read(json, .object(shape), path: path)
    }
    let declared = shape.fields.map(\.name)
    let level = ProposalExtensions.levels.first { shape.name.hasSuffix(" " + $0.shape) }?.level
    for member in members where shape.field(member.key) == nil {
      let declare =
        "declare it in a rules layer (field \(level ?? "knots").\(member.key) text \"what it means\") or remove it"
      let hint =
        suggestion(for: member.key, among: declared).map { "\($0) Otherwise \(declare)" }
        ?? declare
      warnings.append(
        FormatProblem(
          path: Path.key(path, member.key).rendered, range: member.keyRange,
          message:
            "no loaded rules layer declares the field \"\(member.key)\"; it is not read",
          hint: hint))
    }
    let known = JSONValue(
      .object(members.filter { shape.field($0.key) != nil }), range: json.range)
    return .record(readObject(known, shape, path: path))
  }
}
