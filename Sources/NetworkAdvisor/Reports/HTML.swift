/// Escaping for HTML text and attribute values. A proposal is untrusted text that a
/// broker opens in a browser, so every string from it goes through here.
enum HTML {
  static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.append(character)
      }
    }
    return output
  }

  /// At most `limit` characters, with an ellipsis when shortened (for labels in pictures;
  /// the full text stays in a tooltip and in the table beside the picture).
  static func shortened(_ text: String, to limit: Int) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
  }

  /// A colour for a grade by its place on the scale: green for the best, red for the worst.
  static func colour(forRank rank: Int, of count: Int) -> String {
    let palette = ["#1b5e20", "#558b2f", "#8d6e00", "#c43e00", "#b71c1c"]
    guard count > 1 else { return palette[0] }
    let position = Double(rank) / Double(count - 1) * Double(palette.count - 1)
    return palette[NumberText.clampedCount(position, limit: palette.count - 1)]
  }
}
