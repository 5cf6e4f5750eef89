import Foundation
import PackagePlugin

/// Builds the default rules into the library: runs `embed-rules` over the top-level `rules/`
/// folder (every `.rules` file and `plan.costs`) into this plugin's work folder, so that the
/// generated sources are compiled with the target and never committed. Each input file is
/// declared, so editing one regenerates on the next `swift build` or `swift test`.
@main
struct EmbedRules: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "rules")
    let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".rules") || $0 == "plan.costs" }.sorted()
      .map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL
    return [
      .buildCommand(
        displayName: "Embedding the default rules in \(target.name)",
        executable: try context.tool(named: "embed-rules").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: [folder] + inputs,
        outputFiles: [
          output.appending(path: "EmbeddedRules.swift"),
          output.appending(path: "EmbeddedPlanCosts.swift"),
        ])
    ]
  }
}
