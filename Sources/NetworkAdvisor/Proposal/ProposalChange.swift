/// One difference between two versions of a proposal: an item added, removed or renamed,
/// or a field of the network or of an item changed. Knots, leaders and partners are matched
/// by name and schools by id; a blank string counts as not given.
package struct ProposalChange: Sendable {
  /// What happened.
  package enum Kind: String, Sendable {
    /// An item or a field that the old version did not have.
    case added
    /// An item or a field that the new version no longer has.
    case removed
    /// A field whose value changed.
    case changed
    /// An item whose name changed while all else stayed the same.
    case renamed
  }

  /// `network`, `purpose`, `schools`, `knots`, `leaders`, `partners`, `leadership`,
  /// `participation`, `principles` or `extensions`.
  package let section: String
  /// The item's name (a school's id), for the lists; `nil` for the network's own fields.
  package let item: String?
  /// What happened.
  package let kind: Kind
  /// The field that was added, removed or changed; `nil` for a whole item.
  package let field: String?
  /// The value before; `nil` when added.
  package let old: JSONValue?
  /// The value after; `nil` when removed.
  package let new: JSONValue?

  /// The lists of a proposal whose items are matched by a key: section, where the list is,
  /// and the key.
  static let lists: [(section: String, path: [String], key: String)] = [
    ("schools", ["schools"], "id"), ("knots", ["knots"], "name"),
    ("leaders", ["leadership", "leaders"], "name"), ("partners", ["partners"], "name"),
  ]

  /// The names of the knots that list their schools.
  static func knotsNamingSchools(_ proposal: JSONValue) -> Set<String> {
    guard case .array(let knots)? = proposal["knots"]?.kind else { return [] }
    return Set(
      knots.compactMap { knot in
        guard knot["schools"] != nil, case .string(let name)? = knot["name"]?.kind else {
          return nil
        }
        return name
      })
  }

  /// The proposal with the `schools` of the named knots written out where they are left
  /// out: such a knot takes in every member school, so that going from "all" to two
  /// schools reads as eight removed rather than two added. Knots that leave them out in
  /// both versions stay as they are: a change of members shows once, under schools.
  static func withKnotSchoolsSpelledOut(_ proposal: JSONValue, where names: Set<String>)
    -> JSONValue
  {
    guard case .object(var members) = proposal.kind,
      let knotsIndex = members.firstIndex(where: { $0.key == "knots" }),
      case .array(let knots) = members[knotsIndex].value.kind
    else { return proposal }
    let ids: [JSONValue] =
      if case .array(let schools)? = proposal["schools"]?.kind {
        schools.compactMap { school in school["id"] }
      } else { [] }
    let spelledOut = knots.map { knot -> JSONValue in
      guard case .object(var fields) = knot.kind,
        !fields.contains(where: { $0.key == "schools" }),
        case .string(let name)? = knot["name"]?.kind, names.contains(name)
      else { return knot }
      fields.append(JSONMember(key: "schools", keyRange: knot.range, value: JSONValue(.array(ids))))
      return JSONValue(.object(fields), range: knot.range)
    }
    members[knotsIndex].value = JSONValue(
      .array(spelledOut), range: members[knotsIndex].value.range)
    return JSONValue(.object(members), range: proposal.range)
  }

  /// The objects of a proposal compared field by field (`leadership` without its leaders).
  static let objects = ["purpose", "leadership", "participation", "principles", "extensions"]

  /// Every change from `old` to `new`, two proposal documents: the network's own fields,
  /// then purpose, then schools, knots, leaders and partners, then the other objects.
  package static func between(_ old: JSONValue, _ new: JSONValue) -> [ProposalChange] {
    let (old, new) = (
      withKnotSchoolsSpelledOut(old, where: knotsNamingSchools(new)),
      withKnotSchoolsSpelledOut(new, where: knotsNamingSchools(old))
    )
    var changes: [ProposalChange] = []
    for key in ["name", "geography"] {
      changes += fieldChanges(section: "network", item: nil, key: key, old[key], new[key])
    }
    changes += objectChanges(section: "purpose", old["purpose"], new["purpose"])
    for list in lists {
      let oldItems = list.path.reduce(Optional(old)) { $0?[$1] }
      let newItems = list.path.reduce(Optional(new)) { $0?[$1] }
      changes += listChanges(list.section, key: list.key, oldItems, newItems)
    }
    for section in objects where section != "purpose" {
      changes += objectChanges(
        section: section, old[section], new[section],
        skipping: section == "leadership" ? ["leaders"] : [])
    }
    return changes
  }

  private static func members(_ value: JSONValue?) -> [JSONMember] {
    if case .object(let members)? = value?.kind { return members }
    return []
  }

  private static func elements(_ value: JSONValue?) -> [JSONValue] {
    if case .array(let elements)? = value?.kind { return elements }
    return []
  }

  /// `nil` for a value that counts as not given: absent, null or a blank string.
  private static func given(_ value: JSONValue?) -> JSONValue? {
    guard let value else { return nil }
    switch value.kind {
    case .null: return nil
    case .string(let text) where text.allSatisfy(\.isWhitespace): return nil
    default: return value
    }
  }

  /// A text that is equal for equal values: object keys sorted, lists of plain values
  /// sorted (their order means nothing in a proposal).
  static func canonical(_ value: JSONValue) -> String {
    switch value.kind {
    case .object(let members):
      return "{"
        + members.sorted { $0.key < $1.key }.map {
          JSONWriter.quoted($0.key) + ":" + canonical($0.value)
        }
        .joined(separator: ",") + "}"
    case .array(let elements):
      let parts = elements.map(canonical)
      let isPlain = elements.allSatisfy {
        if case .object = $0.kind { return false }
        if case .array = $0.kind { return false }
        return true
      }
      return "[" + (isPlain ? parts.sorted() : parts).joined(separator: ",") + "]"
    default:
      return JSONWriter.compact(value)
    }
  }

  private static func fieldChanges(
    section: String, item: String?, key: String, _ old: JSONValue?, _ new: JSONValue?
  ) -> [ProposalChange] {
    switch (given(old), given(new)) {
    case (nil, nil): return []
    case (nil, let new?):
      return [
        ProposalChange(section: section, item: item, kind: .added, field: key, old: nil, new: new)
      ]
    case (let old?, nil):
      return [
        ProposalChange(section: section, item: item, kind: .removed, field: key, old: old, new: nil)
      ]
    case (let old?, let new?):
      guard canonical(old) != canonical(new) else { return [] }
      return [
        ProposalChange(section: section, item: item, kind: .changed, field: key, old: old, new: new)
      ]
    }
  }

  private static func keys(_ old: [JSONMember], _ new: [JSONMember], skipping: Set<String>)
    -> [String]
  {
    var keys: [String] = []
    for member in new + old where !keys.contains(member.key) && !skipping.contains(member.key) {
      keys.append(member.key)
    }
    return keys
  }

  private static func objectChanges(
    section: String, _ old: JSONValue?, _ new: JSONValue?, skipping: Set<String> = []
  ) -> [ProposalChange] {
    keys(members(old), members(new), skipping: skipping).flatMap { key in
      fieldChanges(section: section, item: nil, key: key, old?[key], new?[key])
    }
  }

  /// Items matched by their key (the n-th item of a name with the n-th of that name); an
  /// unmatched old and new item that are equal but for their key are a rename.
  private static func listChanges(
    _ section: String, key: String, _ old: JSONValue?, _ new: JSONValue?
  )
    -> [ProposalChange]
  {
    func keyed(_ items: [JSONValue]) -> [(key: String, name: String, item: JSONValue)] {
      var seen: [String: Int] = [:]
      return items.map { item in
        let name =
          item[key].flatMap { value -> String? in
            if case .string(let text) = value.kind { return text }
            return nil
          } ?? ""
        seen[name, default: 0] += 1
        return (seen[name] == 1 ? name : "\(name)\u{0}\(seen[name]!)", name, item)
      }
    }
    let oldItems = keyed(elements(old))
    let newItems = keyed(elements(new))
    func withoutKey(_ item: JSONValue) -> String {
      canonical(JSONValue(.object(members(item).filter { $0.key != key })))
    }
    var removed = oldItems.filter { old in !newItems.contains { $0.key == old.key } }
    var changes: [ProposalChange] = []
    for (itemKey, itemName, item) in newItems {
      if let old = oldItems.first(where: { $0.key == itemKey }) {
        for field in keys(members(old.item), members(item), skipping: []) {
          changes += fieldChanges(
            section: section, item: itemName, key: field, old.item[field], item[field])
        }
      } else if let renamed = removed.firstIndex(where: { withoutKey($0.item) == withoutKey(item) })
      {
        changes.append(
          ProposalChange(
            section: section, item: itemName, kind: .renamed, field: key,
            old: removed[renamed].item[key], new: item[key]))
        removed.remove(at: renamed)
      } else {
        changes.append(
          ProposalChange(
            section: section, item: itemName, kind: .added, field: nil, old: nil, new: item))
      }
    }
    for (_, itemName, item) in removed {
      changes.append(
        ProposalChange(
          section: section, item: itemName, kind: .removed, field: nil, old: item, new: nil))
    }
    return changes
  }
}
