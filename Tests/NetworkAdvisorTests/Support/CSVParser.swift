/// A small, strict RFC 4180 reader for checking what the tool writes: records end in CRLF,
/// fields are separated by commas, a quoted field may hold commas, CR, LF and doubled
/// quotes. Anything else (a bare LF, a quote inside an unquoted field, text after a
/// closing quote) is an error.
enum CSVParser {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  static func parse(_ text: String) throws -> [[String]] {
    let scalars = Array(text.unicodeScalars)
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var index = 0
    var atFieldStart = true
    func fail(_ message: String) -> Failure { Failure(description: "\(message) at \(index)") }
    while index < scalars.count {
      let scalar = scalars[index]
      if atFieldStart, scalar == "\"" {
        index += 1
        while true {
          guard index < scalars.count else { throw fail("unterminated quoted field") }
          if scalars[index] == "\"" {
            if index + 1 < scalars.count, scalars[index + 1] == "\"" {
              field.unicodeScalars.append("\"")
              index += 2
              continue
            }
            index += 1
            break
          }
          field.unicodeScalars.append(scalars[index])
          index += 1
        }
        atFieldStart = false
        guard index < scalars.count, scalars[index] == "," || scalars[index] == "\r" else {
          throw fail("text after a closing quote")
        }
        continue
      }
      switch scalar {
      case ",":
        record.append(field)
        field = ""
        atFieldStart = true
        index += 1
      case "\r":
        guard index + 1 < scalars.count, scalars[index + 1] == "\n" else {
          throw fail("CR without LF")
        }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        atFieldStart = true
        index += 2
      case "\n": throw fail("a bare LF")
      case "\"": throw fail("a quote inside an unquoted field")
      default:
        field.unicodeScalars.append(scalar)
        atFieldStart = false
        index += 1
      }
    }
    guard record.isEmpty, field.isEmpty else { throw fail("the last record has no CRLF") }
    return records
  }
}
