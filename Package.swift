// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Sitrep",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sitrep", targets: ["sitrep"]),
    // The libraries, for the fuzz targets in Fuzz/ (a separate package that depends on this one).
    .library(name: "QueryLanguage", targets: ["QueryLanguage"]),
    .library(name: "EventExtraction", targets: ["EventExtraction"]),
    .library(name: "SitrepKit", targets: ["SitrepKit"]),
  ],
  dependencies: [
    // Flags, help and usage errors for the thin `sitrep` executable.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // SHA-256 of article text, so the same article loaded twice is recognised.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    // RFC 4180 reading (quoted fields, embedded commas and line breaks) for `load FILE.csv` and
    // `import events FILE.csv`; streaming, so a bad record is skipped without losing the rest.
    .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "LineEditing", dependencies: ["CLibEdit"]),
    .target(name: "QueryLanguage"),
    .target(name: "EventExtraction", resources: [.copy("Resources")]),
    .target(
      name: "SitrepKit",
      dependencies: [
        "QueryLanguage", "EventExtraction", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    .executableTarget(
      name: "sitrep",
      dependencies: [
        "SitrepKit", "LineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
    .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage"]),
    .testTarget(name: "EventExtractionTests", dependencies: ["EventExtraction"]),
    .testTarget(name: "SitrepKitTests", dependencies: ["SitrepKit"]),
  ],
  swiftLanguageModes: [.v6]
)
