import Foundation
import Testing

/// The shape of the code: no function in `Sources/` longer than a screen.
@Suite struct SourceShapeTests {
  /// The most lines a function may take, from its `func`, `init` or `subscript` to the
  /// brace that closes its body.
  static let maximumLines = 60

  /// Every Swift file of `Sources/` written by hand (generated files are left out).
  static let sourceFiles: [String] = {
    let root = Fixtures.path("Sources")
    let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
    return files.filter { $0.hasSuffix(".swift") && !$0.hasSuffix(".generated.swift") }.sorted()
      .map { "Sources/" + $0 }
  }()

  @Test func noFunctionIsLongerThanSixtyLines() throws {
    #expect(Self.sourceFiles.count > 100)
    var long: [String] = []
    for file in Self.sourceFiles {
      let text = try String(contentsOfFile: Fixtures.path(file), encoding: .utf8)
      for function in FunctionLengths.functions(in: text) where function.lines > Self.maximumLines {
        long.append("\(file):\(function.line): \(function.name) has \(function.lines) lines")
      }
    }
    #expect(long.isEmpty, "split these functions:\n\(long.joined(separator: "\n"))")
  }

  /// A function with four or more parameters labels them, or takes a value type.
  @Test func noFunctionHasFourUnlabelledParameters() throws {
    var found: [String] = []
    for file in Self.sourceFiles {
      let text = try String(contentsOfFile: Fixtures.path(file), encoding: .utf8)
      for function in FunctionLengths.unlabelledParameters(in: text) where function.count >= 4 {
        found.append("\(file):\(function.line): \(function.name) has \(function.count)")
      }
    }
    #expect(found.isEmpty, "label these parameters:\n\(found.joined(separator: "\n"))")
  }

  @Test func unlabelledParametersAreCounted() {
    let text = """
      func a(_ x: Int, _ y: (Int, Int) -> Int, label z: Int, _ w: [Int: Int] = [:]) {}
      func b(one: Int) {}
      """
    let counted = FunctionLengths.unlabelledParameters(in: text)
    #expect(counted.map(\.name) == ["a", "b"])
    #expect(counted.map(\.count) == [3, 0])
  }

  /// The counter itself, on code with the things that could fool it.
  @Test func theCounterCountsBodiesNotStringsOrRequirements() {
    let text = """
      protocol P {
        func required(_ x: Int) -> Int
        init(value: Int)
      }
      struct S {
        let css = \"\"\"
          body { color: red; }
          \"\"\"
        func short() -> String {
          let s = "}{ \\(1 + { 2 }())"
          // a comment with }
          return s + #"raw }"#
        }
        init(
          a: Int = { 1 }()
        )
        {
          /* } */
        }
      }
      """
    let functions = FunctionLengths.functions(in: text)
    #expect(functions.map(\.name) == ["short", "init"])
    #expect(functions.map(\.lines) == [5, 6])
    #expect(functions.map(\.line) == [9, 14])
  }
}

/// Finds functions in Swift source and how many lines each takes, skipping strings and
/// comments; a simple scanner, not a parser.
enum FunctionLengths {
  struct Function: Equatable {
    let name: String
    let line: Int
    let lines: Int
  }

  /// The functions with bodies (`func`, `init`, `subscript`) in the text, in order.
  static func functions(in text: String) -> [Function] {
    let code = blankingStringsAndComments(Array(text.unicodeScalars))
    var found: [Function] = []
    var index = 0
    while index < code.count {
      guard let keyword = declarationKeyword(in: code, at: index) else {
        index += 1
        continue
      }
      let start = index
      index += keyword.count
      if let (name, open) = body(in: code, after: index, keyword: keyword),
        let close = closingBrace(in: code, from: open)
      {
        let first = line(of: start, in: code)
        found.append(
          Function(name: name, line: first, lines: line(of: close, in: code) - first + 1))
      }
    }
    return found
  }

  /// For each `func`, how many of its parameters have no argument label (`_ name:`).
  static func unlabelledParameters(in text: String) -> [(name: String, line: Int, count: Int)] {
    let code = blankingStringsAndComments(Array(text.unicodeScalars))
    var found: [(name: String, line: Int, count: Int)] = []
    var index = 0
    while index < code.count {
      guard declarationKeyword(in: code, at: index) == "func" else {
        index += 1
        continue
      }
      let line = line(of: index, in: code)
      index += 4
      while index < code.count, code[index] == " " { index += 1 }
      let name = word(in: code, at: index)
      guard let open = code[index...].firstIndex(of: "(") else { break }
      var depth = 0
      var parameter: [Unicode.Scalar] = []
      var parameters: [String] = []
      var end = open
      for position in open..<code.count {
        let scalar = code[position]
        if "([<".unicodeScalars.contains(scalar) { depth += 1 }
        if ")]>".unicodeScalars.contains(scalar), code[position - 1] != "-" { depth -= 1 }
        if depth == 0 || (depth == 1 && scalar == ",") {
          parameters.append(String(String.UnicodeScalarView(parameter)))
          parameter = []
          if depth == 0 {
            end = position
            break
          }
          continue
        }
        if position > open { parameter.append(scalar) }
      }
      let count = parameters.filter {
        $0.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("_ ")
      }.count
      found.append((name, line, count))
      index = end
    }
    return found
  }

  static let keywords = ["func", "init", "subscript"]
  static let endsOfDeclaration: Set<String> = [
    "func", "init", "subscript", "var", "let", "case", "struct", "enum", "class", "extension",
  ]

  /// The keyword starting a declaration at `index`, if a whole word is one.
  static func declarationKeyword(in code: [Unicode.Scalar], at index: Int) -> String? {
    if index > 0, isWordCharacter(code[index - 1]) { return nil }
    let word = self.word(in: code, at: index)
    return keywords.contains(word) ? word : nil
  }

  /// The name and the position of the body's `{`, or `nil` for a declaration with no body.
  static func body(in code: [Unicode.Scalar], after start: Int, keyword: String) -> (String, Int)? {
    var index = start
    while index < code.count, code[index] == " " { index += 1 }
    let name = keyword == "func" ? word(in: code, at: index) : keyword
    var depth = 0
    while index < code.count {
      let scalar = code[index]
      switch scalar {
      case "(", "[": depth += 1
      case ")", "]": depth -= 1
      case "{" where depth == 0: return (name, index)
      case "}" where depth == 0: return nil
      default:
        if depth == 0, !isWordCharacter(code[index - 1]),
          endsOfDeclaration.contains(word(in: code, at: index))
        {
          return nil
        }
      }
      index += 1
    }
    return nil
  }

  static func closingBrace(in code: [Unicode.Scalar], from open: Int) -> Int? {
    var depth = 0
    for index in open..<code.count {
      if code[index] == "{" { depth += 1 }
      if code[index] == "}" {
        depth -= 1
        if depth == 0 { return index }
      }
    }
    return nil
  }

  static func line(of index: Int, in code: [Unicode.Scalar]) -> Int {
    code[..<index].filter { $0 == "\n" }.count + 1
  }

  static func word(in code: [Unicode.Scalar], at index: Int) -> String {
    var end = index
    while end < code.count, isWordCharacter(code[end]) { end += 1 }
    return String(String.UnicodeScalarView(code[index..<end]))
  }

  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  /// The text with the contents of comments and string literals replaced by spaces (line
  /// breaks kept), so that braces in them do not count; interpolations stay code.
  static func blankingStringsAndComments(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var output = text
    var index = 0
    // The strings and interpolations being read, innermost last: a string's `#`s and
    // whether it is multi-line; an interpolation (`hashes` -1) and its parenthesis depth.
    var strings: [(hashes: Int, multiline: Bool, parentheses: Int)] = []
    var parentheses = 0
    func blank(_ range: Range<Int>) {
      for position in range where output[position] != "\n" { output[position] = " " }
    }
    func starts(with prefix: String, at position: Int) -> Bool {
      let scalars = Array(prefix.unicodeScalars)
      return position + scalars.count <= text.count
        && Array(text[position..<position + scalars.count]) == scalars
    }
    while index < text.count {
      if let string = strings.last, string.hashes >= 0 {
        // Inside a string literal.
        let closing =
          (string.multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: string.hashes)
        let escape = "\\" + String(repeating: "#", count: string.hashes)
        if starts(with: escape + "(", at: index) {
          blank(index..<index + escape.unicodeScalars.count)
          index += escape.unicodeScalars.count + 1
          parentheses += 1
          strings.append((-1, false, parentheses))  // an interpolation: code until its `)`
          continue
        }
        if string.hashes == 0, text[index] == "\\" {
          blank(index..<min(index + 2, text.count))
          index += 2
          continue
        }
        if starts(with: closing, at: index) {
          strings.removeLast()
          index += closing.unicodeScalars.count
          continue
        }
        blank(index..<index + 1)
        index += 1
        continue
      }
      if starts(with: "//", at: index) {
        let end = text[index...].firstIndex(of: "\n") ?? text.count
        blank(index..<end)
        index = end
        continue
      }
      if starts(with: "/*", at: index) {
        var depth = 0
        var end = index
        repeat {
          if starts(with: "/*", at: end) {
            depth += 1
            end += 2
          } else if starts(with: "*/", at: end) {
            depth -= 1
            end += 2
          } else {
            end += 1
          }
        } while depth > 0 && end < text.count
        blank(index..<end)
        index = end
        continue
      }
      var hashes = 0
      while index + hashes < text.count, text[index + hashes] == "#" { hashes += 1 }
      if starts(with: "\"", at: index + hashes) {
        let multiline = starts(with: "\"\"\"", at: index + hashes)
        index += hashes + (multiline ? 3 : 1)
        strings.append((hashes, multiline, parentheses))
        continue
      }
      switch text[index] {
      case "(": parentheses += 1
      case ")":
        if let last = strings.last, last.hashes == -1, last.parentheses == parentheses {
          strings.removeLast()  // the end of an interpolation
        }
        parentheses -= 1
      default: break
      }
      index += 1
    }
    return output
  }
}
