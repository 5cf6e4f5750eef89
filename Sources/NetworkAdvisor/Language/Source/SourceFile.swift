/// A text that diagnostics point into: a rule file, a proposal, or a string made in code.
///
/// Locations are kept as UTF-8 offsets and turned into lines and columns only when printed.
package final class SourceFile: Sendable {
  /// The name printed in diagnostics, usually a path relative to where the tool runs.
  package let name: String
  /// The whole text.
  package let text: String
  /// The text as UTF-8, which offsets count in.
  package let utf8: [UInt8]
  /// The offset at which each line starts.
  private let lineStarts: [Int]

  /// Makes a source file.
  package init(name: String, text: String) {
    self.name = name
    self.text = text
    let bytes = Array(text.utf8)
    self.utf8 = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// The 1-based line and column (counted in characters) of a UTF-8 offset.
  package func position(of offset: Int) -> (line: Int, column: Int) {
    let clamped = max(0, min(offset, utf8.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    let lineStart = lineStarts[low]
    let prefix = String(decoding: utf8[lineStart..<clamped], as: UTF8.self)
    return (low + 1, prefix.count + 1)
  }

  /// The text of a 1-based line, without its line break.
  package func line(_ number: Int) -> String {
    text(of: lineRange(number))
  }

  /// The UTF-8 offsets of a 1-based line, without its line break.
  package func lineRange(_ number: Int) -> Range<Int> {
    guard number >= 1, number <= lineStarts.count else { return 0..<0 }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
    if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  /// The source text of a range of UTF-8 offsets.
  package func text(of range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, utf8.count))
    let upper = max(lower, min(range.upperBound, utf8.count))
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }
}

/// A range of UTF-8 offsets in a particular source file.
package struct SourceRange: Sendable {
  /// The file.
  package let file: SourceFile
  /// The UTF-8 offsets in it.
  package let range: Range<Int>

  /// Makes a range.
  package init(_ file: SourceFile, _ range: Range<Int>) {
    self.file = file
    self.range = range
  }

  /// `file:line:column` of the start of the range.
  package var description: String {
    let position = file.position(of: range.lowerBound)
    return "\(file.name):\(position.line):\(position.column)"
  }
}
