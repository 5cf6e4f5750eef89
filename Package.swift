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
    .target(name: "NetworkAdvisor"),
    .executableTarget(name: "network-advisor", dependencies: ["NetworkAdvisor"]),
    .target(name: "ReferenceWorkload", dependencies: ["NetworkAdvisor"]),
    .executableTarget(
      name: "advisor-bench", dependencies: ["NetworkAdvisor", "ReferenceWorkload"]),
    .executableTarget(name: "embed-rules", dependencies: ["NetworkAdvisor"]),
    .testTarget(
      name: "NetworkAdvisorTests",
      dependencies: ["NetworkAdvisor", "ReferenceWorkload", "embed-rules"],
      exclude: ["Reports/Golden"]),
    .testTarget(name: "PublicAPITests", dependencies: ["NetworkAdvisor"]),
  ],
  swiftLanguageModes: [.v6]
)
