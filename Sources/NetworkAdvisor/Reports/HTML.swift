/// Escaping for HTML text and attribute values. A proposal is untrusted text that a
/// broker opens in a browser, so every string from it goes through here.
enum HTML {
  /// The start of a self-contained page, up to `<body>`: its title, any extra `<meta>`
  /// lines (already HTML), and its style sheet.
  static func pageStart(title: String, extraMeta: String = "", style: String) -> String {
    """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    \(extraMeta)<title>\(escape(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>

    """
  }

  /// The footer every page ends its `<main>` with.
  static let footer =
    "</main>\n<footer><p>Made by network-advisor \(networkAdvisorVersion). Each rule cites the section of <cite>Learning about learning networks</cite> (NCSL) it rests on.</p></footer>\n"

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

  /// A table's header row, with explicit roles so that the table stays a table to
  /// assistive technology when a narrow screen shows its rows as blocks.
  static func headerRow(_ columns: [String]) -> String {
    "<thead role=\"rowgroup\"><tr role=\"row\">"
      + columns.map { "<th scope=\"col\" role=\"columnheader\">\(escape($0))</th>" }.joined()
      + "</tr></thead>"
  }

  /// A body row: a row header, then cells each labelled with its column (shown before the
  /// value when a narrow screen shows the row as a block). `labels` starts with the row
  /// header's column; the cells are HTML already.
  static func row(header: String, cells: [String], labels: [String], rowClass: String? = nil)
    -> String
  {
    var html = "<tr role=\"row\"" + (rowClass.map { " class=\"\($0)\"" } ?? "") + ">"
    html += "<th scope=\"row\" role=\"rowheader\">\(header)</th>"
    for (cell, label) in zip(cells, labels.dropFirst()) {
      html += "<td role=\"cell\" data-label=\"\(escape(label))\">\(cell)</td>"
    }
    return html + "</tr>\n"
  }

  /// Escaped, with a line-break opportunity after each `.` and `-`, for ids in narrow cells.
  static func breakable(_ text: String) -> String {
    escape(text).replacingOccurrences(of: ".", with: ".<wbr>").replacingOccurrences(
      of: "-", with: "-<wbr>")
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
