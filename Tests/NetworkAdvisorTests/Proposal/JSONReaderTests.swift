import Foundation
import Testing

@testable import NetworkAdvisor

@Suite struct JSONReaderTests {
  @Test(arguments: [
    (#"{"a": [1, -2.5, 3e2, true, false, null, "x"]}"#, #"{"a":[1,-2.5,300,true,false,null,"x"]}"#),
    (#""\u00e9\ud83d\ude00\n\t\"\\\/""#, "\"é😀\\n\\t\\\"\\\\/\""),
    (" [ ] ", "[]"),
    ("{}", "{}"),
    ("0", "0"),
    ("\"学校\"", "\"学校\""),
  ])
  func parsesAndWritesBack(_ text: String, _ compact: String) throws {
    #expect(JSONWriter.compact(try JSONReader.parse(text)) == compact)
  }

  @Test func valuesKeepTheirPositions() throws {
    let json = try JSONReader.parse(#"{"knots": [{"type": "joint-work"}]}"#)
    guard case .array(let knots)? = json["knots"]?.kind else {
      Issue.record("no knots")
      return
    }
    #expect(knots[0]["type"]?.range == 20..<32)
  }

  @Test(arguments: [
    (#""\ud800""#, "a lone surrogate in a \\u escape"),
    (#""\u12""#, "expected four hexadecimal digits after \\u"),
    ("1.", "expected a digit after '.'"),
    ("1e", "expected a digit in the exponent"),
    ("-", "expected a digit"),
    ("1e999", "the number 1e999 is too large"),
    ("tru", "unexpected text; expected a value such as \"text\", a number, true, false or null"),
    (#"{"a" 1}"#, "expected ':' after the key \"a\""),
    (#"{1: 2}"#, "expected a key in double quotes"),
    ("[1 2]", "expected ',' or ']' after an element of an array"),
    // Curly quotation marks, as a word processor or an email writes them.
    ("{\"a\": “b”}", "a curly quotation mark (“ or ”) where a value belongs"),
    ("{‘a’: 1}", "a curly quotation mark (“ or ”) where a key belongs"),
  ])
  func refuses(_ text: String, _ message: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(text) }
    do {
      _ = try JSONReader.parse(text)
    } catch {
      #expect(error.message == message)
    }
  }

  /// What each refusal suggests, at the character it points at.
  @Test(arguments: [
    (
      #""\ud800""#, 7,
      "write the character itself, or a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF one"
    ),
    (
      #""C:\users""#, 3,
      "write \\\\ for a backslash, or \\u and four hexadecimal digits, such as \\u00e9"
    ),
    ("1.", 2, "write 1 or put digits after the point"),
    ("1e", 2, "write digits after the 'e', such as 1e3, or leave the 'e' out"),
    ("-", 1, "write digits after the minus sign, or put text in double quotes"),
    ("1e999", 0, "write a smaller number (at most about 1.8e308)"),
    ("tru", 0, "did you mean 'true'?"),
    ("True", 0, "write true in lower case"),
    (".5", 0, "write a 0 before the point: 0.5"),
    ("+5", 0, "write the number without the '+': 5"),
    ("−5", 0, "write a minus sign as a plain hyphen, '-'"),
    ("[1,,2]", 3, "remove the extra comma, or write the missing value"),
    (#"{"a": }"#, 6, "write the missing value, or remove the comma or key before it"),
    (#"{"a" = 1}"#, 5, "write ':' rather than '='"),
    (#"{"a" 1}"#, 5, "write a colon between the key and its value"),
    (#"{1: 2}"#, 1, "put the key in double quotes: \"1\""),
    (#"{"a": 1,, "b": 2}"#, 8, "remove the extra comma"),
    ("[1 2]", 2, "add a comma after this element"),
    (#"{"a": 1 x}"#, 7, "put a comma before the next member, or close with '}'"),
    ("[1, 2, ]", 5, "remove this comma: the last element has none after it"),
    ("[1] // end", 4, "remove the comment; keep notes in a separate file"),
    ("\"a\tb\"", 2, "write a tab as \\t"),
    ("\"a\u{01}b\"", 2, "remove it, or write it as \\u0001"),
    ("{\"a\":\u{A0}1}", 5, "replace it with an ordinary space"),
    ("  ", 2, "check that the file was saved; a JSON document, such as an object {…}, is expected"),
  ])
  func refusalsSayWhatToDo(_ text: String, _ offset: Int, _ hint: String) {
    do {
      _ = try JSONReader.parse(text)
      Issue.record("accepted")
    } catch {
      #expect(error.offset == offset)
      #expect(error.hint == hint)
    }
  }

  @Test func aCommentIsUnderlinedToTheEndOfItsLine() {
    do {
      _ = try JSONReader.parse("{\n  // the schools\n  \"a\": 1}")
      Issue.record("accepted")
    } catch {
      #expect(error.message == "JSON does not allow comments")
      #expect(error.offset == 4)
      #expect(error.length == "// the schools".utf8.count)
    }
  }

  @Test func duplicateKeysAreReportedTogetherWhenAsked() throws {
    let (value, duplicates) = try JSONReader.parseAllowingDuplicates(
      Array(#"{"a": 1, "a": 2, "b": {"c": 1, "c": 2}}"#.utf8))
    #expect(duplicates.map(\.message) == ["duplicate key \"a\"", "duplicate key \"c\""])
    #expect(JSONWriter.compact(value) == #"{"a":1,"b":{"c":1}}"#)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(text) }
  }

  @Test func aHugeFileIsRefused() throws {
    let path = Fixtures.temporaryFolder() + "/huge.json"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(InputFile.maximumBytes + 1))
    try handle.close()
    let result = Fixtures.run(["assess", path])
    #expect(result.status == .invalidInput)
    #expect(
      result.errors.hasPrefix(
        "error: '\(path)' holds more than 10485760 bytes; a proposal file may have at most 10485760 (10 MiB)"
      ))
  }
}
