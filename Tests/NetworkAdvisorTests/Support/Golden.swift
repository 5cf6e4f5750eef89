import Foundation
import Testing

/// Compares output with a golden file beside the test that owns it. Run
/// `RECORD_SNAPSHOTS=1 swift test` to write the files anew after a deliberate change: a
/// file that changes is written, its changes are printed, and the test fails, so that a
/// recording is never mistaken for a passing run.
enum Golden {
  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  /// What stands in a golden file for the rules' digest, which changes with any edit to
  /// the rules, a comment included.
  static let digestPlaceholder = "{rules digest}"

  /// Output as golden files hold it: the framework's digest replaced by a placeholder.
  static func normalised(_ output: String, digest: String) -> String {
    output.replacingOccurrences(of: digest, with: digestPlaceholder)
  }

  static func check(
    _ actual: String, against relativePath: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let path = Fixtures.path("Tests/NetworkAdvisorTests/" + relativePath)
    let expected = try? String(contentsOfFile: path, encoding: .utf8)
    if isRecording {
      guard expected != actual else { return }
      try! actual.write(toFile: path, atomically: true, encoding: .utf8)
      Issue.record(
        Comment(
          rawValue: "Recorded \(relativePath) (RECORD_SNAPSHOTS=1); check the change:\n"
            + lineDiff(expected: expected ?? "", actual: actual)),
        sourceLocation: sourceLocation)
      return
    }
    guard let expected else {
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
