extension ScenarioReader {
  /// Whether the value a proposal problem is about came from the scenario's `patch` rather
  /// than from the proposal file: follows the problem's JSON path (`knots[0].type`) through
  /// the patch, which replaces arrays and plain values whole and merges objects key by key.
  static func comesFromPatch(_ path: String, range: Range<Int>, patch: JSONValue) -> Bool {
    var node = patch
    for component in pathComponents(path) {
      guard case .object(let members) = node.kind else {
        // An array or a plain value of the patch replaced the proposal's whole.
        return true
      }
      guard case .key(let key) = component, let member = members.first(where: { $0.key == key })
      else { return false }
      node = member.value
    }
    switch node.kind {
    // A merged object keeps the proposal's place unless the patch brought it whole.
    case .object: return node.range.contains(range.lowerBound)
    // The patch removed the key: the problem (a missing key) is placed at the object that
    // held it, which the patch merged into, so in the proposal.
    case .null: return false
    default: return true
    }
  }

  enum PathComponent: Equatable {
    case key(String)
    case index(Int)
  }

  /// `knots[0].type` as `.key("knots"), .index(0), .key("type")`.
  static func pathComponents(_ path: String) -> [PathComponent] {
    var components: [PathComponent] = []
    for part in path.split(separator: ".", omittingEmptySubsequences: true) {
      var rest = Substring(part)
      if let bracket = rest.firstIndex(of: "[") {
        if bracket > rest.startIndex { components.append(.key(String(rest[..<bracket]))) }
        rest = rest[bracket...]
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
          if let index = Int(rest[rest.index(after: rest.startIndex)..<close]) {
            components.append(.index(index))
          }
          rest = rest[rest.index(after: close)...]
        }
      } else {
        components.append(.key(String(rest)))
      }
    }
    return components
  }
}
