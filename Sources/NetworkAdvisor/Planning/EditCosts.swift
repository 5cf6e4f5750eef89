import Foundation

/// What each edit operator costs a network, with the reason, read from `plan.costs` beside
/// the rules. A `plan.costs` in a `--rules` folder replaces the costs it names.
package struct EditCosts: Sendable {
  /// One operator's cost and the reason for it.
  package struct Entry: Sendable, Equatable {
    /// The cost, a whole number from 1.
    package let cost: Int
    /// Why it costs that much, in plain words.
    package let reason: String
  }

  /// The name of the file, in `rules/` and in a `--rules` folder.
  package static let fileName = "plan.costs"

  /// The cost of each operator, by operator id.
  package private(set) var entries: [String: Entry]

  /// The default costs, built into the executable from `rules/plan.costs`.
  package static var embedded: EditCosts {
    // The embedded file is checked by a test, so it always reads.
    (try? parse(EmbeddedPlanCosts.text, name: fileName)) ?? EditCosts(entries: [:])
  }

  /// The cost of an edit.
  package func cost(of edit: ProposalEdit) -> Int { entries[edit.operatorID]?.cost ?? 1 }

  /// Reads a costs file: one line per operator, `id cost reason`, with `#` comments.
  /// - Throws: a located diagnostic for an unknown operator, a cost that is not a whole
  ///   number from 1, a missing reason or an operator named twice.
  package static func parse(_ text: String, name: String, requiresAll: Bool = true)
    throws(DiagnosticError) -> EditCosts
  {
    let file = SourceFile(name: name, text: text)
    var entries: [String: Entry] = [:]
    var problems: [Diagnostic] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      defer { offset += line.utf8.count + 1 }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      let words = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
      let at = SourceRange(file, offset..<offset + line.utf8.count)
      let id = String(words[0])
      guard ProposalEdit.operatorIDs.contains(id) else {
        problems.append(
          Diagnostic(InputProblem.unknownOperator(id, operators: ProposalEdit.operatorIDs), at: at))
        continue
      }
      guard words.count == 3, let cost = Int(words[1]), cost >= 1 else {
        problems.append(
          Diagnostic(InputProblem.costWithoutReason(id), at: at))
        continue
      }
      guard entries[id] == nil else {
        problems.append(Diagnostic(InputProblem.costGivenTwice(id), at: at))
        continue
      }
      entries[id] = Entry(cost: cost, reason: String(words[2]))
    }
    let missing = ProposalEdit.operatorIDs.filter { entries[$0] == nil }
    if requiresAll, !missing.isEmpty {
      problems.append(
        Diagnostic(InputProblem.noCost(missing), at: SourceRange(file, 0..<0)))
    }
    guard problems.isEmpty else { throw DiagnosticError(problems) }
    return EditCosts(entries: entries)
  }

  /// The default costs with those of each `--rules` folder's `plan.costs` on top.
  package static func forFolders(_ folders: [String]) throws(DiagnosticError) -> EditCosts {
    var costs = embedded
    for folder in folders {
      let path = (folder as NSString).appendingPathComponent(fileName)
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      let layer = try parse(String(decoding: data, as: UTF8.self), name: path, requiresAll: false)
      costs.entries.merge(layer.entries) { _, new in new }
    }
    return costs
  }
}
