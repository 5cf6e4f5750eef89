import Foundation
import Testing

/// Compares output with a golden file beside the test that owns it. Run
/// `RECORD_SNAPSHOTS=1 swift test` to write the files anew after a deliberate change.
enum Golden {
  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  static func check(
    _ actual: String, against relativePath: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let path = Fixtures.path("Tests/NetworkAdvisorTests/" + relativePath)
    if isRecording {
      try! actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
      Issue.record(
        Comment(rawValue: "No golden file \(relativePath): run RECORD_SNAPSHOTS=1 swift test"),
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let diff = lineDiff(expected: expected, actual: actual)
      Issue.record(
        Comment(
          rawValue:
            "\(relativePath) differs (run RECORD_SNAPSHOTS=1 swift test after a deliberate change):\n\(diff)"
        ),
        sourceLocation: sourceLocation)
    }
  }

  /// The differing lines with their numbers, `-` expected and `+` actual, at most 20.
  static func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) where lines.count < 40 {
      let before = index < old.count ? String(old[index]) : nil
      let after = index < new.count ? String(new[index]) : nil
      guard before != after else { continue }
      if let before { lines.append("\(index + 1) - \(before)") }
      if let after { lines.append("\(index + 1) + \(after)") }
    }
    return lines.joined(separator: "\n")
  }
}
