import Foundation
import Testing

/// The built executable itself: it forwards its arguments and exits with the command's
/// status, and it works from any folder because the rules are built in.
@Suite struct ExecutableTests {
  /// `network-advisor`, built beside the test bundle.
  static let executable: URL = {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    while !FileManager.default.fileExists(
      atPath: folder.appendingPathComponent("network-advisor").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("network-advisor")
  }()

  static func run(_ arguments: [String], in folder: String) throws -> (
    status: Int32, output: String, errors: String
  ) {
    try Fixtures.execute(executable.path, arguments, in: folder)
  }

  @Test func exitStatusesComeThrough() throws {
    #expect(
      FileManager.default.isExecutableFile(atPath: Self.executable.path), "\(Self.executable.path)")
    let elsewhere = Fixtures.temporaryFolder()
    let ok = try Self.run(
      ["assess", Fixtures.path("scenarios/proposals/riverside.proposal.json")], in: elsewhere)
    #expect(ok.status == 0)
    #expect(ok.output.contains("Grade A"))
    let shortfall = try Self.run(
      [
        "assess", Fixtures.path("scenarios/proposals/two-islands.proposal.json"), "--fail-below",
        "B",
      ], in: elsewhere)
    #expect(shortfall.status == 1)
    let invalid = try Self.run(["assess"], in: elsewhere)
    #expect(invalid.status == 2)
    #expect(invalid.errors.hasPrefix("Error: Missing expected argument '<proposal>'."))
    #expect(invalid.output.isEmpty)
  }

  @Test func noColourWhenPiped() throws {
    let result = try Self.run(
      ["assess", Fixtures.path("scenarios/proposals/two-islands.proposal.json")], in: Fixtures.root)
    #expect(!result.output.contains("\u{1B}["))
  }
}
