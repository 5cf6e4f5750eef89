import Foundation
import NetworkAdvisor

// Regenerates the Swift file that builds the default rules into the executable.
// Run from the package root: swift run embed-rules
let root = FileManager.default.currentDirectoryPath
do {
  let files = try EmbeddedRulesGenerator.files(inFolder: root + "/rules")
  let source = EmbeddedRulesGenerator.source(for: files)
  let path = root + "/" + EmbeddedRulesGenerator.outputPath
  let existing = try? String(contentsOfFile: path, encoding: .utf8)
  if existing == source {
    print("\(EmbeddedRulesGenerator.outputPath) is up to date (\(files.count) rule files).")
  } else {
    try source.write(toFile: path, atomically: true, encoding: .utf8)
    print("Wrote \(EmbeddedRulesGenerator.outputPath) from \(files.count) rule files.")
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
  exit(2)
}
