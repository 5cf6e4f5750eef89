import Foundation
import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// Over hundreds of generated misspellings of fields: a fix-it is offered only when one
/// field is close, it names that field, and applying it leaves no error.
@Suite struct FixItPropertyTests {
  /// Each list of records the proposal has, with the names of its records' fields.
  static let lists: [(list: String, fields: [String])] = ProposalSubject().recordType.fields
    .compactMap { field in
      guard case .list(.record(let record)) = field.type else { return nil }
      let names = record.fields.map(\.name).filter { name in
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
      }
      return names.isEmpty ? nil : (field.name, names)
    }

  /// `word` with one random edit: a letter dropped, replaced, added, or two swapped.
  static func misspell(_ word: String, with random: inout SeededRandom) -> String {
    var letters = Array(word)
    let letter = Character(UnicodeScalar(UInt8(97 + Int(random.next() % 26))))
    let index = Int(random.next() % UInt64(letters.count))
    switch random.next() % 4 {
    case 0 where letters.count > 3: letters.remove(at: index)
    case 1: letters[index] = letter
    case 2: letters.insert(letter, at: index + 1)
    default:
      if index + 1 < letters.count {
        letters.swapAt(index, index + 1)
      } else {
        letters.append(letter)
      }
    }
    return String(letters)
  }

  @Test func aFixItIsCertainAndRemovesTheProblem() throws {
    #expect(!Self.lists.isEmpty)
    var offered = 0
    var tried = 0
    for seed in 0..<300 {
      var random = SeededRandom(seed: UInt64(seed))
      let (list, fields) = Self.lists[Int(random.next() % UInt64(Self.lists.count))]
      let field = fields[Int(random.next() % UInt64(fields.count))]
      let wrong = Self.misspell(field, with: &random)
      guard !fields.contains(wrong) else { continue }
      tried += 1
      let text =
        FixItTests.base + FixItTests.rule(when: "size([r.\(wrong) for r in \(list)]) >= 0")
      let diagnostics = FixItTests.diagnostics(of: text)
      let problem = try #require(
        diagnostics.first { $0.id == "unknown-field" }, "seed \(seed): \(wrong) in \(list)")
      let limit = max(1, wrong.count / 3)
      let close = fields.filter { EditDistance.between(wrong, $0) <= limit }
      guard let fixIt = problem.fixIts.first else {
        #expect(
          close.count != 1, "seed \(seed): no fix-it for \(wrong), though only \(close) is close")
        continue
      }
      offered += 1
      #expect(problem.fixIts.count == 1)
      #expect(close == [fixIt.replacement], "seed \(seed): \(wrong) → \(fixIt.replacement)")
      #expect(problem.hint == "did you mean '\(fixIt.replacement)'?")
      let fixed = FixIt.apply(problem.fixIts, to: text, named: "local.rules")
      let after = FixItTests.diagnostics(of: fixed)
      #expect(
        !after.contains { $0.severity == .error }, "seed \(seed): \(after.map(\.message))")
    }
    #expect(tried > 250)
    #expect(offered > tried / 2, "fix-its offered for \(offered) of \(tried) misspellings")
  }
}
