// swift-tools-version: 6.0
import PackageDescription

/// Times tallies, listings and `find` over a session grown in memory from a saved one (ten
/// copies with new ids, places and days), without writing the big file. A separate package,
/// like Fuzz/, so the main one has no benchmark target: `swift run -c release query-scale --help`.
let package = Package(
  name: "QueryScale",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Sitrep", path: "../..")],
  targets: [
    .executableTarget(
      name: "query-scale",
      dependencies: [.product(name: "SitrepKit", package: "Sitrep")],
      path: "Sources/QueryScale"),
  ],
  swiftLanguageModes: [.v6]
)
