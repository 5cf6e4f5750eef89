/// Levenshtein distance, for "did you mean" suggestions.
package enum EditDistance {
  /// The number of single-character insertions, deletions, substitutions and swaps of
  /// neighbours that turn `a` into `b`, compared case-insensitively.
  /// - Complexity: O(*m* × *n*) for strings of lengths *m* and *n*.
  package static func between(_ a: String, _ b: String) -> Int {
    let left = Array(a.lowercased())
    let right = Array(b.lowercased())
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var beforePrevious = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[right.count]
  }

  /// Words longer than this get no suggestion: they are not slips of the keyboard.
  package static let longestWord = 64
  /// The most character comparisons one search makes (the sum of the lengths of the word
  /// times each candidate's); the search stops there, so a huge input stays fast.
  package static let searchBudget = 1_000_000

  /// The candidate closest to `word`, if it is close enough to be a likely misspelling:
  /// at most a third of the word's length in edits (and at least one edit allowed).
  /// Bounded: no suggestion for a word longer than ``longestWord``, and the search looks
  /// no further once it has spent ``searchBudget``.
  package static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    guard word.count <= longestWord else { return nil }
    let limit = max(1, word.count / 3)
    var best: (candidate: String, distance: Int)?
    var spent = 0
    var searched: [String] = []
    for candidate in candidates where candidate != word {
      spent += max(1, word.count) * max(1, candidate.count)
      if spent > searchBudget { break }
      searched.append(candidate)
      // No more than `limit` edits can bridge a difference in length larger than it.
      if abs(candidate.count - word.count) > limit { continue }
      let distance = between(word, candidate)
      // Replacing every character is not a misspelling: "z" is not a slip for "a".
      if distance <= limit, distance < max(word.count, candidate.count),
        distance < (best?.distance ?? Int.max)
      {
        best = (candidate, distance)
      }
    }
    if let best { return best.candidate }
    // A shortened name ("enquiry" for "collaborative-enquiry") is a likely slip too, when
    // only one candidate contains it.
    guard word.count >= 4 else { return nil }
    let lowered = word.lowercased()
    let containing = searched.filter { $0.lowercased().contains(lowered) }
    return containing.count == 1 ? containing[0] : nil
  }

  /// The candidate `word` is certainly a misspelling of: the one candidate within
  /// ``closest(to:among:)``'s reach, when exactly one is (`nil` when none is, or several
  /// are equally plausible). This is what a fix-it may replace the word with.
  package static func onlyClose(to word: String, among candidates: some Sequence<String>)
    -> String?
  {
    guard let best = closest(to: word, among: candidates) else { return nil }
    let limit = max(1, word.count / 3)
    var spent = 0
    for candidate in candidates where candidate != word && candidate != best {
      spent += max(1, word.count) * max(1, candidate.count)
      // Past the budget nothing is certain.
      if spent > searchBudget { return nil }
      if abs(candidate.count - word.count) <= limit, between(word, candidate) <= limit {
        return nil
      }
    }
    return best
  }
}
