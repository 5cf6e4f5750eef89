/// Writes ``JSONValue``s as text, deterministically: members in the order given,
/// two-space indentation, numbers in their shortest round-trip form.
package enum JSONWriter {
  /// Pretty-printed JSON ending in a newline.
  package static func pretty(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, pretty: true, into: &output)
    output += "\n"
    return output
  }

  /// JSON on one line.
  package static func compact(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, pretty: false, into: &output)
    return output
  }

  /// A string as a JSON string literal, with quotes.
  package static func quoted(_ text: String) -> String {
    var output = ""
    writeString(text, into: &output)
    return output
  }

  private static func write(
    _ value: JSONValue, indent: Int, pretty: Bool, into output: inout String
  ) {
    switch value.kind {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += NumberText.json(number)
    case .string(let text): writeString(text, into: &output)
    case .array(let elements):
      writeItems(elements, between: ("[", "]"), indent: indent, pretty: pretty, into: &output) {
        write($0, indent: indent + 1, pretty: pretty, into: &$1)
      }
    case .object(let members):
      writeItems(members, between: ("{", "}"), indent: indent, pretty: pretty, into: &output) {
        writeString($0.key, into: &$1)
        $1 += pretty ? ": " : ":"
        write($0.value, indent: indent + 1, pretty: pretty, into: &$1)
      }
    }
  }

  /// The items of an array or an object between its brackets, separated by commas: one a
  /// line, indented one level deeper, when `pretty`; `[]` or `{}` when there are none.
  private static func writeItems<Item>(
    _ items: [Item], between brackets: (open: String, close: String), indent: Int,
    pretty: Bool, into output: inout String, _ writeItem: (Item, inout String) -> Void
  ) {
    guard !items.isEmpty else {
      output += brackets.open + brackets.close
      return
    }
    let newline = pretty ? "\n" : ""
    let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
    output += brackets.open + newline
    for (offset, item) in items.enumerated() {
      output += pad
      writeItem(item, &output)
      output += (offset < items.count - 1 ? "," : "") + newline
    }
    output += (pretty ? String(repeating: "  ", count: indent) : "") + brackets.close
  }

  private static func writeString(_ text: String, into output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
