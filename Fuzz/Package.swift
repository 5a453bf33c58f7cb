// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Sitrep, kept out of the main package so their unsafe flags are allowed.
///
/// Build and run them with `Scripts/fuzz TARGET SECONDS` (Linux; the toolchain's
/// `libclang_rt.fuzzer` supplies the fuzzing engine). Each target's `main.swift` defines
/// `LLVMFuzzerTestOneInput` and hands it to `LLVMFuzzerRunDriver`, because SwiftPM gives every
/// executable its own entry point. The script also passes `-sanitize=fuzzer,address` to every
/// Swift target so the code under test is instrumented, not only the entry points.
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
  name: "SitrepFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Sitrep", path: "..")],
  targets: [
    // Declares libFuzzer's LLVMFuzzerRunDriver for the targets' main.swift.
    .target(name: "FuzzDriver"),
    .executableTarget(
      name: "FuzzParser",
      dependencies: ["FuzzDriver", .product(name: "QueryLanguage", package: "Sitrep")],
      swiftSettings: fuzzerFlags),
    .executableTarget(
      name: "FuzzArticle",
      dependencies: [
        "FuzzDriver", .product(name: "SitrepKit", package: "Sitrep"),
        .product(name: "EventExtraction", package: "Sitrep"),
      ],
      swiftSettings: fuzzerFlags),
    .executableTarget(
      name: "FuzzSession",
      dependencies: ["FuzzDriver", .product(name: "SitrepKit", package: "Sitrep")],
      swiftSettings: fuzzerFlags),
    .executableTarget(
      name: "FuzzCSV",
      dependencies: ["FuzzDriver", .product(name: "SitrepKit", package: "Sitrep")],
      swiftSettings: fuzzerFlags),
    .executableTarget(
      name: "FuzzCorpus",
      dependencies: ["FuzzDriver", .product(name: "SitrepKit", package: "Sitrep")],
      swiftSettings: fuzzerFlags),
  ],
  swiftLanguageModes: [.v6]
)
