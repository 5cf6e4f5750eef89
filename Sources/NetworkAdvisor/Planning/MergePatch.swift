/// JSON merge patches (RFC 7386): the difference between two documents as a document that
/// turns the first into the second.
package enum MergePatch {
  /// The merge patch that turns `old` into `new`: for objects, the members that changed
  /// (`null` for one removed, a patch for an object changed inside), anything else whole.
  ///
  /// Merge patches cannot set a value to `null` or edit inside an array, so an array that
  /// changed is given whole; proposals hold no `null` values.
  package static func between(_ old: JSONValue, _ new: JSONValue) -> JSONValue {
    guard case .object(let before) = old.kind, case .object(let after) = new.kind else {
      return plain(new)
    }
    var members: [JSONMember] = []
    for member in before where !after.contains(where: { $0.key == member.key }) {
      members.append(JSONMember(key: member.key, value: JSONValue(.null)))
    }
    for member in after {
      guard let previous = before.first(where: { $0.key == member.key }) else {
        members.append(JSONMember(key: member.key, value: plain(member.value)))
        continue
      }
      if plain(previous.value) == plain(member.value) { continue }
      if case .object = previous.value.kind, case .object = member.value.kind {
        members.append(JSONMember(key: member.key, value: between(previous.value, member.value)))
      } else {
        members.append(JSONMember(key: member.key, value: plain(member.value)))
      }
    }
    return JSONValue(.object(members))
  }

  /// `document` with `patch` applied (RFC 7386 section 2).
  package static func apply(_ patch: JSONValue, to document: JSONValue) -> JSONValue {
    ScenarioReader.merge(patch, into: document)
  }

  /// Whether a patch changes nothing.
  package static func isEmpty(_ patch: JSONValue) -> Bool {
    if case .object(let members) = patch.kind { return members.isEmpty }
    return false
  }

  /// A value without its source positions, so that equal values compare equal.
  static func plain(_ value: JSONValue) -> JSONValue {
    switch value.kind {
    case .array(let items): JSONValue(.array(items.map(plain)))
    case .object(let members):
      JSONValue(.object(members.map { JSONMember(key: $0.key, value: plain($0.value)) }))
    default: JSONValue(value.kind)
    }
  }
}
