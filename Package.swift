// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "NetworkAdvisor",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "NetworkAdvisor", targets: ["NetworkAdvisor"]),
    .executable(name: "network-advisor", targets: ["network-advisor"]),
  ],
  targets: [
    // `rules` in the library's folder is a link to the top-level rules/, excluded from the
    // sources: through it SwiftPM sees a rule file added or removed, and runs the plugin again.
    .target(name: "NetworkAdvisor", exclude: ["rules"], plugins: ["EmbedRules"]),
    .executableTarget(name: "network-advisor", dependencies: ["NetworkAdvisor"]),
    .target(name: "ReferenceWorkload", dependencies: ["NetworkAdvisor"]),
    .executableTarget(
      name: "advisor-bench", dependencies: ["NetworkAdvisor", "ReferenceWorkload"]),
    // The generator of the embedded rules stands alone: the plugin's tool cannot depend on
    // the target it generates sources for.
    .executableTarget(name: "embed-rules"),
    .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
    .testTarget(
      name: "NetworkAdvisorTests",
      dependencies: ["NetworkAdvisor", "ReferenceWorkload", "embed-rules"],
      exclude: ["Reports/Golden"]),
    .testTarget(name: "PublicAPITests", dependencies: ["NetworkAdvisor"]),
  ],
  swiftLanguageModes: [.v6]
)
