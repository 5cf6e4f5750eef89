import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// How the rule language's `words(...)` and every report join a list of names: "a, b and c"
/// for plain names, each name in quotation marks ("“a”, “b and c” and “d”") once any name
/// holds " and " or a comma of its own, so that a reader can tell where each name ends.
@Suite struct SentenceListTests {
  @Test(arguments: [
    ([], "none"),
    (["Steering group"], "Steering group"),
    (["Steering group", "Heads' set"], "Steering group and Heads' set"),
    (["A", "B", "C"], "A, B and C"),
    (
      ["Steering group", "Launch conference and joint staff days", "Evidence group"],
      "“Steering group”, “Launch conference and joint staff days” and “Evidence group”"
    ),
    (["Smith, J.", "Jones"], "“Smith, J.” and “Jones”"),
    (
      ["Size and membership", "Networked learning knots"],
      "“Size and membership” and “Networked learning knots”"
    ),
    // "and" inside a word is no conjunction.
    (["Sandford", "Andover", "Brandon"], "Sandford, Andover and Brandon"),
  ])
  func joins(_ items: [String], _ expected: String) {
    #expect(Value.sentenceList(items) == expected)
  }

  /// The rule language's `words(...)` joins as the reports do; an empty list is no words.
  @Test func wordsJoinsAsTheReportsDo() {
    let list = Value.list(
      ["Steering group", "Launch conference and joint staff days"].map { .string($0) })
    #expect(
      BuiltinFunction.words(list, plain: .list([])).stringValue
        == "“Steering group” and “Launch conference and joint staff days”")
    #expect(BuiltinFunction.words(.list([]), plain: .list([])).stringValue == "")
  }

  /// A generated name: words from a small vocabulary, sometimes with " and " or a comma.
  static func name(_ random: inout SeededRandom) -> String {
    let words = ["Steering", "group", "Heads", "learning", "set", "Evidence", "team", "days"]
    var parts: [String] = []
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      parts.append(words[Int.random(in: 0...(words.count - 1), using: &random)])
    }
    var name = parts.joined(separator: " ")
    switch Int.random(in: 0...9, using: &random) {
    case 0: name += " and " + words[Int.random(in: 0...(words.count - 1), using: &random)]
    case 1: name += ", " + words[Int.random(in: 0...(words.count - 1), using: &random)]
    default: break
    }
    return name
  }

  /// Over 500 generated lists: every item appears once, in order; and splitting the phrase
  /// on its separators gives the items back (no item holds a quotation mark).
  @Test func everyItemOnceInOrderAndSplittable() {
    var random = SeededRandom(seed: 17)
    var (plain, quoted) = (0, 0)
    for _ in 0..<500 {
      let items = (0..<Int.random(in: 1...7, using: &random)).map { _ in Self.name(&random) }
      let phrase = Value.sentenceList(items)
      var rest = Substring(phrase)
      for item in items {
        let found = rest.firstRange(of: item)
        #expect(found != nil, "\(items) → \(phrase)")
        guard let found else { break }
        rest = rest[found.upperBound...]
      }
      let ambiguous = items.contains { $0.contains(" and ") || $0.contains(",") }
      let split: [String]
      if items.count == 1 {
        split = [phrase]
      } else if ambiguous {
        quoted += 1
        #expect(phrase.hasPrefix("“") && phrase.hasSuffix("”"), "\(phrase)")
        split = String(phrase.dropFirst().dropLast())
          .replacing("” and “", with: "”, “")
          .components(separatedBy: "”, “")
      } else {
        plain += 1
        let head = phrase.components(separatedBy: " and ")
        split =
          head.dropLast().joined(separator: " and ").components(separatedBy: ", ")
          + [head.last!]
      }
      #expect(split == items, "\(items) → \(phrase)")
    }
    #expect(plain >= 100 && quoted >= 100, "plain: \(plain), quoted: \(quoted)")
  }
}
