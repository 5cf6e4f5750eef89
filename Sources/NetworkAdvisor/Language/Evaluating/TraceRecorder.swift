/// Collects the values of a rule's nodes as one proposal is evaluated, for `explain`.
///
/// Inside a quantifier's body a node takes a value per item; those are not kept. The
/// quantifier keeps instead how many items matched, so a trace can say "0 of 6".
package final class TraceRecorder {
  package private(set) var values: [Int: Value] = [:]
  package private(set) var loopCounts: [Int: (matched: Int, total: Int)] = [:]
  private var loopDepth = 0

  /// Makes an empty recorder.
  package init() {}

  func record(_ value: Value, for node: Node) {
    if loopDepth == 0 { values[node.id] = value }
  }

  func enterLoop() { loopDepth += 1 }

  func leaveLoop(_ node: Node, matched: Int, of total: Int) {
    loopDepth -= 1
    if loopDepth == 0 { loopCounts[node.id] = (matched, total) }
  }
}
