import Foundation

/// Access to the shared dev data beside the repository (`../shared/dev/`), when present.
enum DevData {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  struct AcledRecord: Decodable {
    var id: String
    var text: String
    var fatalities: Int
    var event_type: String
    var sub_event_type: String
    var date: String
    var location: String
    var admin1: String
    var country: String
  }

  /// The ACLED Benin notes, or nil when the dev data is absent.
  static func acledBenin() -> [AcledRecord]? {
    let url = packageRoot.appendingPathComponent("../shared/dev/acled-benin.jsonl")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
    let decoder = JSONDecoder()
    return text.split(separator: "\n").compactMap {
      try? decoder.decode(AcledRecord.self, from: Data($0.utf8))
    }
  }

  /// The seed directory (`../shared/seeds/`), or nil when absent.
  static var seeds: URL? {
    let url = packageRoot.appendingPathComponent("../shared/seeds")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// A sample article shipped in the repository.
  static func sample(_ name: String) throws -> String {
    try String(
      contentsOf: packageRoot.appendingPathComponent("Samples/articles/\(name)"), encoding: .utf8)
  }
}
