import Foundation

// Writes the Swift sources that build the default rules into the library. The EmbedRules
// build-tool plugin runs it on every build whose rule files changed; run by hand only to
// compile the library without SwiftPM (as Fuzz/fuzz.sh does):
//
//   embed-rules OUTPUT_FOLDER rules/*.rules rules/plan.costs
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, !arguments[0].hasPrefix("-") else {
  FileHandle.standardError.write(
    Data("usage: embed-rules OUTPUT_FOLDER rules/*.rules rules/plan.costs\n".utf8))
  exit(2)
}
do {
  _ = try EmbeddedRulesGenerator.generate(
    inputs: Array(arguments.dropFirst()), into: arguments[0])
} catch {
  FileHandle.standardError.write(Data("embed-rules: error: \(error.description)\n".utf8))
  exit(2)
}
