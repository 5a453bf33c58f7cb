// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Sitrep, kept out of the main package so their unsafe flags are allowed.
///
/// Build and run them with `Scripts/fuzz TARGET SECONDS` (Linux; the toolchain's
/// `libclang_rt.fuzzer` supplies `main`). The script also passes `-sanitize=fuzzer,address` to
/// every Swift target so the code under test is instrumented, not only the entry points.
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]

let package = Package(
  name: "SitrepFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Sitrep", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzParser",
      dependencies: [.product(name: "QueryLanguage", package: "Sitrep")],
      swiftSettings: fuzzerFlags),
    .executableTarget(
      name: "FuzzArticle",
      dependencies: [
        .product(name: "SitrepKit", package: "Sitrep"),
        .product(name: "EventExtraction", package: "Sitrep"),
      ],
      swiftSettings: fuzzerFlags),
    .executableTarget(
      name: "FuzzSession",
      dependencies: [.product(name: "SitrepKit", package: "Sitrep")],
      swiftSettings: fuzzerFlags),
    .executableTarget(
      name: "FuzzCorpus",
      dependencies: [.product(name: "SitrepKit", package: "Sitrep")],
      swiftSettings: fuzzerFlags),
  ],
  swiftLanguageModes: [.v6]
)
