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
