import ReferenceWorkload
import Testing

@testable import NetworkAdvisor

/// Each rewrite of the closure compiler (semi-joins of nested membership quantifiers, joins
/// hoisted out of loops, sets for lists that do not change, fields read in place) gives the tree-walking evaluator's value,
/// on generated proposals small enough for nested loops and large enough for sets.
@Suite struct ClosureCompilerTests {
  static let expressions = [
    "all s in schools: exists k in knots: s.id in k.schools and k.facilitated",
    "exists s in schools: exists k in knots: s.id in k.schools and not k.facilitated",
    "all s in schools: exists k in knots: s.name in k.schools",
    "exists s in schools: exists k in knots: k.months > 100 and s.id in k.schools",
    "all s in schools: exists k in knots: s.knotCount > 1 and s.id in k.schools",
    "all k in knots: exists s in schools: s.id in k.schools",
    "all s in schools: s.id in [x.id for x in schools where x.knotCount > 0]",
    "all k in knots: all id in k.schools: id in [s.id for s in schools]",
    "all level in [\"pupil\", \"adult\"]: exists k in knots: level in k.levels",
    "all s in schools: exists k in knots: s.id in k.schools and \"pupil\" in k.levels",
    "exists k in knots: k.type == \"joint-work\" and given(k.purpose) and size(k.schools) >= 2",
    "count([k for k in knots where k.character == \"fluid\"]) * 2 + sum([k.months for k in knots])",
    // Hoisted joins: what the inner loop finds is worked out once and probed per school.
    "[exists k in knots: k.facilitated and s.id in k.schools for s in schools]",
    "[size([k for k in knots where k.months >= 12 and s.id in k.schools]) for s in schools]",
    "[count([k for k in knots where s.id in k.schools]) for s in schools where s.knotCount > 0]",
    "sum([size([k for k in knots where \"pupil\" in k.levels and s.id in k.schools]) for s in schools])",
    "all s in schools: size([k for k in knots where s.name in k.schools]) == 0",
    "[exists k in knots: s.id in k.schools and size(k.schools) < s.knotCount * 3 for s in schools]",
    "[[exists k in knots: s.id in k.schools and t.id in k.schools for t in schools] for s in schools]",
  ]

  static let proposals: [[Value]] = {
    var generator = WorkloadGenerator(seed: 21)
    let texts = generator.normalProposals(40) + generator.largeProposals(2, schools: 150, knots: 24)
    return texts.map { try! ReferenceWorkloadTests.read($0) }
  }()

  @Test(arguments: expressions)
  func compiledCodeGivesTheEvaluatorsValue(_ source: String) throws {
    let compiled = ExpressionHarness.compile(source)
    let node = try #require(compiled.node, "\(compiled.diagnostics.map(\.message))")
    var compiler = ClosureCompiler()
    let code = compiler.value(node)
    for (index, fields) in Self.proposals.enumerated() {
      var evaluator = Evaluator(subject: fields, localSlots: compiled.slots)
      var frame = Frame(subject: fields, localSlots: compiled.slots, setSlots: compiler.setSlots)
      #expect(code(&frame) == evaluator.evaluate(node), "proposal \(index)")
    }
  }

  @Test func givenJudgesWhiteSpaceAsCharactersDo() {
    for text in ["", " ", " \t\n\r ", "a", " a ", "\u{A0}", " \u{301}", "é", "\u{2003}x"] {
      #expect(
        ClosureCompiler.given(text) == text.contains { !$0.isWhitespace },
        "\(text.debugDescription)")
    }
  }
}

/// Placeholder text is judged the same by words split byte by byte (ASCII) as by words split
/// on Unicode letters and numbers, and the same by the matcher's numbered words as by
/// comparing the words themselves.
@Suite struct PlaceholderWordsTests {
  static func reference(_ text: String, phrases: [String]) -> Bool {
    func words(_ text: String) -> [String] {
      text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
    var remaining = words(text)
    for phrase in phrases.map(words) where !phrase.isEmpty {
      var kept: [String] = []
      var index = 0
      while index < remaining.count {
        if remaining[index...].starts(with: phrase) {
          index += phrase.count
        } else {
          kept.append(remaining[index])
          index += 1
        }
      }
      remaining = kept
    }
    return remaining.isEmpty
  }

  /// `mentions` as plainly written: some phrase's words occur in a row among the text's.
  static func referenceMention(_ text: String, phrases: [String]) -> Bool {
    func words(_ text: String) -> [String] {
      text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
    let found = words(text)
    return phrases.map(words).contains { phrase in
      !phrase.isEmpty && found.indices.contains { found[$0...].starts(with: phrase) }
    }
  }

  /// Texts and phrases drawn from a few words in mixed case, with punctuation, white space
  /// and now and then a letter outside ASCII.
  static func generated(seed: UInt64) -> (text: String, phrases: [String]) {
    var random = SeededRandom(seed: seed)
    func below(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
    let words = ["to", "be", "TBC", "confirmed", "Agreed", "n", "a", "x2", "school", "Ünïty", "é"]
    let gaps = [" ", "  ", ", ", ". ", "/", "-", "\n", "\r\n", "; ", "!"]
    func phrase(_ count: Int) -> String {
      (0..<count).map { _ in words[below(words.count)] }.reduce("") { text, word in
        text.isEmpty ? word : text + gaps[below(gaps.count)] + word
      }
    }
    let phrases = (0..<below(6)).map { _ in phrase(below(4)) }
    return (phrase(below(8)), phrases)
  }

  @Test func matcherGivesThePlainAnswerOnGeneratedTexts() {
    for seed in UInt64(0)..<600 {
      let (text, phrases) = Self.generated(seed: seed)
      let matcher = PlaceholderMatcher(phrases: phrases)
      #expect(
        matcher.matches(text) == Self.reference(text, phrases: phrases),
        "seed \(seed): \(text.debugDescription) \(phrases)")
      #expect(
        matcher.isMentioned(in: text) == Self.referenceMention(text, phrases: phrases),
        "seed \(seed): \(text.debugDescription) \(phrases)")
    }
  }

  @Test(arguments: [
    "TBC.", "tbc", "To be confirmed!", "to be\r\nconfirmed", "TBC 2", "n/a", "N.A.", "Readers by 8",
    "", "  ", "tbc — tbc", "Ünïcode tbc", "TBD\u{301}", "to-be-confirmed", "3 tbc",
  ])
  func asciiWordsGiveTheUnicodeAnswer(_ text: String) {
    let phrases = ["tbc", "to be confirmed", "n/a", "tbd", "3"]
    #expect(
      BuiltinFunction.isPlaceholder(text, phrases: phrases)
        == Self.reference(text, phrases: phrases))
  }
}
