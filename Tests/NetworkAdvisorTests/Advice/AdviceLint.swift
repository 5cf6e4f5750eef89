import Foundation

@testable import NetworkAdvisor

/// What makes a rendered piece of advice unfit to print: the checks of the advice harness.
enum AdviceLint {
  /// The most sentences a piece of advice may have, "under three": what to do, with whom
  /// and why, then where it goes in the proposal.
  static let sentenceLimit = 2

  /// The most words of its own a sentence may have: the words that begin in lower case,
  /// outside quotations and `code`, so that the names of a network's schools and groups,
  /// however many, and the seed's words do not count, and a sentence the template itself
  /// makes long does.
  static let sentenceWordLimit = 60

  /// Patterns that never belong in finished advice, each with what it means.
  static let patterns: [(pattern: String, problem: String)] = [
    (
      #"(?<!is |are )\b(and|or|but|nor|with|of|for|to|in|the|a|an|than|now)\s*[.,;:!?)]"#,
      "a sentence breaks off after a conjunction, preposition or article"
    ),
    (#",\s*(and|or)\s*$"#, "a dangling conjunction at the end"),
    (#"\(\s*\)"#, "an empty parenthesis"),
    (#"\(\s*[,;:.]"#, "a parenthesis that opens on punctuation"),
    (#"\"\s*\""#, "an empty quotation"),
    (#"(?<![\d.])0(?![\d.])"#, "a number printed for an absent value (0)"),
    (#"  "#, "a doubled space"),
    (#"([.,;:!?])\s*[.,;:!?]"#, "doubled punctuation"),
    (#"[{}]"#, "an unfilled placeholder"),
    (#"§"#, "a reference to a rule left unsaid"),
    (#"\(a record\)"#, "a record printed as text"),
    (#"\bnone\b"#, "an empty list printed as \"none\""),
    (
      #"\b1\s+(schools|knots|leaders|times|months|days|groups|teams)\b"#,
      "a singular count with a plural noun"
    ),
    (#"^\s"#, "leading space"),
    (#":\s*$"#, "ends on a colon"),
  ]

  /// The problems found in `text`; empty when it reads as finished advice.
  /// A rule's text as a report says it: each reference to another rule (`§rule-id§`) as an
  /// item under What to do first, which is what an assessment puts there.
  static func asReported(_ text: String) -> String {
    RuleReferences.resolve(text) { _ in "item 1" }
  }

  static func problems(in text: String) -> [String] {
    var found: [String] = []
    for (pattern, problem) in patterns
    where text.range(of: pattern, options: [.regularExpression]) != nil {
      found.append(problem)
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty {
      found.append("no advice at all")
      return found
    }
    if let first = trimmed.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first) {
      found.append("does not start a sentence")
    }
    if !(trimmed.hasSuffix(".") || trimmed.hasSuffix(".\"") || trimmed.hasSuffix("?")) {
      found.append("an unfinished sentence (it does not end with a full stop)")
    }
    if sentences(in: trimmed) > sentenceLimit {
      found.append("more than \(sentenceLimit) sentences")
    }
    if let longest = sentenceTexts(in: trimmed).map(ownWords(in:)).max(),
      longest > sentenceWordLimit
    {
      found.append("a sentence of \(longest) words of its own (at most \(sentenceWordLimit))")
    }
    // A network's later gaps are listed by what to do alone: the clause before the colon
    // that leads into the reason (ReportFormatting.briefHeadline).
    if ReportFormatting.openingClause(of: trimmed) == nil {
      found.append("no opening clause of what to do, before a colon")
    }
    for value in rawValues(in: trimmed) {
      found.append("a field value in the prose (\(value))")
    }
    return found
  }

  /// How many sentences the text holds: full stops followed by a space and a capital or a
  /// quotation, and the last. The full stop after a person's initial ("J. Hale") ends no
  /// sentence.
  static func sentences(in text: String) -> Int {
    let range = NSRange(text.startIndex..., in: text)
    return sentenceBreak.numberOfMatches(in: text, range: range) + 1
  }

  /// The text's sentences, split where ``sentences(in:)`` counts a break.
  static func sentenceTexts(in text: String) -> [String] {
    var pieces: [String] = []
    var start = text.startIndex
    let range = NSRange(text.startIndex..., in: text)
    for match in sentenceBreak.matches(in: text, range: range) {
      guard let end = Range(match.range, in: text) else { continue }
      let stop = text.index(after: end.lowerBound)
      pieces.append(String(text[start..<stop]))
      start = stop
    }
    pieces.append(String(text[start...]))
    return pieces
  }

  /// The words of a sentence that begin in lower case, outside "quotations" and `code`.
  static func ownWords(in sentence: String) -> Int {
    let bare = sentence.replacingOccurrences(
      of: #""[^"]*"|`[^`]*`"#, with: " ", options: .regularExpression)
    return bare.split(whereSeparator: \.isWhitespace).filter { word in
      word.unicodeScalars.first.map { CharacterSet.lowercaseLetters.contains($0) } ?? false
    }.count
  }

  static let sentenceBreak = try! NSRegularExpression(
    pattern: #"(?<!\b[A-Z])[.?!]["”]? +["“(`]?[A-Z]"#)

  /// Enumerated values that read as field values, not words, when they leak into prose
  /// outside backticks ("middle-leaders" for middle leaders).
  static let rawValues = [
    "middle-leaders", "senior-leaders", "support-staff", "learning-from", "learning-with",
    "learning-on-behalf", "meta-learning", "public-knowledge", "practitioner-knowledge",
    "new-knowledge", "headteacher-learning-group", "shared-pd-planning",
    "monitoring-evaluation-dissemination", "launch-and-joint-staff-days",
    "collaborative-enquiry", "joint-work", "mutual-problem-solving", "collective-planning",
    "shared-professional-development",
  ]

  /// The raw enumerated values in `text` outside its `code` spans.
  static func rawValues(in text: String) -> [String] {
    let prose = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
    return rawValues.filter { prose.contains($0) }
  }
}
