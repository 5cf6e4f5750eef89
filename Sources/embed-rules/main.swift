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
  let costsPath = root + "/" + EmbeddedRulesGenerator.costsOutputPath
  let costs = EmbeddedRulesGenerator.costsSource(
    for: try String(contentsOfFile: root + "/rules/plan.costs", encoding: .utf8))
  if (try? String(contentsOfFile: costsPath, encoding: .utf8)) == costs {
    print("\(EmbeddedRulesGenerator.costsOutputPath) is up to date.")
  } else {
    try costs.write(toFile: costsPath, atomically: true, encoding: .utf8)
    print("Wrote \(EmbeddedRulesGenerator.costsOutputPath) from rules/plan.costs.")
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
  exit(2)
}
