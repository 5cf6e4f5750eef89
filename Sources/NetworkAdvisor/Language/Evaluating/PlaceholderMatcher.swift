/// Judges whether a text says nothing once some phrases are taken out: `placeholder(text,
/// phrases)`, and whether it mentions one of them: `mentions(text, phrases)`. Words are runs of letters and digits, compared in lower case, so "TBC." and
/// "tbc" are alike; the phrases are split into words once, when the matcher is made.
///
/// Each word of the phrases gets a number, and a text is read as the numbers of its words
/// (a word in no phrase is ``unknown``), so that phrases are found by comparing numbers
/// rather than strings.
struct PlaceholderMatcher: Sendable {
  /// Each phrase's words by number, in the order the phrases are given.
  private let phrases: [[Int]]
  /// The number of every word of every phrase: a word of the text outside it is a real
  /// answer.
  private let vocabulary: [String: Int]
  /// The number of a word that is in no phrase.
  private static let unknown = -1

  init(phrases: [String]) {
    var vocabulary: [String: Int] = [:]
    var numbered: [[Int]] = []
    for phrase in phrases {
      var numbers: [Int] = []
      Self.forEachWord(in: phrase) { word in
        if let number = vocabulary[word] {
          numbers.append(number)
        } else {
          numbers.append(vocabulary.count)
          vocabulary[word] = vocabulary.count
        }
        return true
      }
      if !numbers.isEmpty { numbered.append(numbers) }
    }
    self.phrases = numbered
    self.vocabulary = vocabulary
  }

  /// Whether nothing but the phrases and punctuation is left of `text`.
  func matches(_ text: String) -> Bool {
    // Most texts are real answers: a word that is in no phrase settles it at once.
    guard var remaining = numbers(of: text, stoppingAtUnknown: true) else { return false }
    for phrase in phrases {
      var index = 0
      var kept: [Int] = []
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
    guard let words = numbers(of: text, stoppingAtUnknown: false) else { return false }
    // A word in no phrase starts no phrase.
    return words.indices.contains { start in
      words[start] != Self.unknown && phrases.contains { words[start...].starts(with: $0) }
    }
  }

  /// The numbers of the text's words, ``unknown`` for a word in no phrase; `nil` at the
  /// first such word when `stoppingAtUnknown`.
  private func numbers(of text: String, stoppingAtUnknown: Bool) -> [Int]? {
    var numbers: [Int] = []
    var complete = true
    Self.forEachWord(in: text) { word in
      let number = vocabulary[word] ?? Self.unknown
      if number == Self.unknown, stoppingAtUnknown {
        complete = false
        return false
      }
      numbers.append(number)
      return true
    }
    return complete ? numbers : nil
  }

  /// Gives `body` the text's words in lower case, in order, until it returns `false`.
  /// ASCII, the usual case, is read byte by byte without lowering the whole text or looking
  /// up Unicode properties (the same words).
  static func forEachWord(in text: String, _ body: (String) -> Bool) {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
        guard body(String(word)) else { return }
      }
      return
    }
    var word: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case 0x61...0x7A, 0x30...0x39: word.append(byte)
      case 0x41...0x5A: word.append(byte | 0x20)
      default:
        guard !word.isEmpty else { continue }
        guard body(String(decoding: word, as: UTF8.self)) else { return }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { _ = body(String(decoding: word, as: UTF8.self)) }
  }
}
