/// Judges whether a text says nothing once some phrases are taken out: `placeholder(text,
/// phrases)`, and whether it mentions one of them: `mentions(text, phrases)`. Words are runs of letters and digits, compared in lower case, so "TBC." and
/// "tbc" are alike; the phrases are split into words once, when the matcher is made.
struct PlaceholderMatcher: Sendable {
  /// Each phrase's words, in the order the phrases are given.
  private let phrases: [[Substring]]
  /// Every word of every phrase: a word of the text outside this set is a real answer.
  private let vocabulary: Set<Substring>

  init(phrases: [String]) {
    self.phrases = phrases.map(Self.words).filter { !$0.isEmpty }
    vocabulary = Set(self.phrases.joined())
  }

  /// Whether nothing but the phrases and punctuation is left of `text`.
  func matches(_ text: String) -> Bool {
    var remaining = Self.words(text)
    // Most texts are real answers: a word that is in no phrase settles it at once.
    if remaining.contains(where: { !vocabulary.contains($0) }) { return false }
    for phrase in phrases {
      var index = 0
      var kept: [Substring] = []
      while index < remaining.count {
        if remaining[index...].starts(with: phrase) {
          index += phrase.count
        } else {
          kept.append(remaining[index])
          index += 1
        }
      }
      remaining = kept
      if remaining.isEmpty { return true }
    }
    return remaining.isEmpty
  }

  /// Whether one of the phrases occurs in `text` as a run of whole words.
  func isMentioned(in text: String) -> Bool {
    let words = Self.words(text)
    return phrases.contains { phrase in
      words.indices.contains { words[$0...].starts(with: phrase) }
    }
  }

  /// The text's words in lower case; ASCII, the usual case, without looking up Unicode
  /// properties (the same words).
  static func words(_ text: String) -> [Substring] {
    let lower = text.lowercased()
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return lower.split { !$0.isLetter && !$0.isNumber }
    }
    return lower.split { character in
      guard let byte = character.asciiValue else { return true }
      return !((0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte))
    }
  }
}
