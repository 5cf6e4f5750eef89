/// `test --update`: rewrites a scenario's expectations to the current results, replacing
/// only the text of the values that changed, so the file keeps its layout and comments of
/// structure. Returns the new text and a line per change.
///
/// It never removes an expectation: a cap that no longer applies, a rule no longer
/// recommended, or a rule whose new outcome has no list in the scenario stays where it is,
/// so the scenario keeps failing on it until someone decides.
package enum ScenarioUpdater {
  /// The scenario's text with its expectations set to the assessment's results, and the
  /// changes, a line each, in the order of the kinds of expectation.
  package static func update(_ scenario: Scenario, with assessment: Assessment) -> (
    text: String, changes: [String]
  ) {
    guard let expect = scenario.json["expect"] else { return (scenario.source.text, []) }
    let update = ExpectationUpdate(assessment: assessment, expectations: scenario.expectations)
    let edits = scenario.expectations.flatMap { expectation in
      expect[type(of: expectation).key].map { expectation.edits(of: $0, for: update) } ?? []
    }.filter { JSONWriter.compact($0.value) != JSONWriter.compact($0.replacement) }
    var bytes = scenario.source.utf8
    for edit in edits.sorted(by: { $0.value.range.lowerBound > $1.value.range.lowerBound }) {
      let text = JSONWriter.compact(edit.replacement).replacingOccurrences(of: ",", with: ", ")
        .replacingOccurrences(of: "\":", with: "\": ")
      bytes.replaceSubrange(edit.value.range, with: Array(text.utf8))
    }
    let changes = edits.map { "\($0.what): \(readable($0.value)) → \(readable($0.replacement))" }
    return (String(decoding: bytes, as: UTF8.self), changes)
  }

  private static func readable(_ value: JSONValue) -> String {
    switch value.kind {
    case .string(let text): text
    case .array(let items):
      items.isEmpty ? "none" : items.compactMap(\.kind.stringValue).joined(separator: ", ")
    case .number(let number): NumberText.plain(number)
    case .object:
      if let low = value["atLeast"]?.kind.stringValue ?? value["atMost"]?.kind.stringValue,
        let high = value["atMost"]?.kind.stringValue
      {
        "\(low) to \(high)"
      } else if case .number(let low)? = value["min"]?.kind,
        case .number(let high)? = value["max"]?.kind
      {
        "\(NumberText.plain(low)) to \(NumberText.plain(high))"
      } else {
        JSONWriter.compact(value)
      }
    default: JSONWriter.compact(value)
    }
  }
}
