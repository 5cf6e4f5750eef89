import Foundation

/// JUnit XML for CI systems: one test case per scenario, a failure element with what was
/// expected and what came out, and an error element for a file that could not be read.
package enum JUnitReport {
  /// One scenario's result, or a scenario file that could not be read.
  package struct Case: Sendable {
    /// The scenario's title.
    package let name: String
    /// The scenario's file.
    package let file: String
    /// What failed; empty for a pass.
    package let mismatches: [Mismatch]
    /// How long it took.
    package let seconds: Double
    /// Why the scenario could not be run at all (a file that does not read), if so.
    package var error: String? = nil
  }

  /// The results as a JUnit XML document.
  package static func render(_ cases: [Case], suite: String = "network-advisor scenarios") -> String
  {
    let errors = cases.filter { $0.error != nil }.count
    let failures = cases.filter { !$0.mismatches.isEmpty && $0.error == nil }.count
    let total = cases.reduce(0) { $0 + $1.seconds }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"\(escape(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(time(total))\">\n"
    xml +=
      "  <testsuite name=\"\(escape(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\" time=\"\(time(total))\">\n"
    for testCase in cases {
      xml +=
        "    <testcase name=\"\(escape(testCase.name))\" classname=\"\(escape(testCase.file))\" time=\"\(time(testCase.seconds))\""
      if let error = testCase.error {
        let first = error.split(separator: "\n").first.map(String.init) ?? error
        xml += ">\n      <error message=\"\(escape(first))\" type=\"load-error\">"
        xml += escape(error) + "</error>\n    </testcase>\n"
        continue
      }
      if testCase.mismatches.isEmpty {
        xml += "/>\n"
        continue
      }
      let summary = testCase.mismatches.map {
        "\($0.what): expected \($0.expected), got \($0.actual)"
      }
      xml += ">\n      <failure message=\"\(escape(summary[0]))\" type=\"expectation\">"
      xml += escape(summary.joined(separator: "\n")) + "</failure>\n    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  private static func time(_ seconds: Double) -> String { NumberText.plain(seconds, decimals: 3) }

  /// Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold.
  static func escape(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&apos;"
      case "\n": output += "&#10;"
      case "\t", "\r": output.unicodeScalars.append(scalar)
      default:
        if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }
}
