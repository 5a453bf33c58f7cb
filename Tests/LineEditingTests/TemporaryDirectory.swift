import Foundation

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
struct TemporaryDirectory {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("LineEditingTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  /// Names of the regular files and directories directly inside `relative` (sorted).
  func contents(of relative: String = "") throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path + "/" + relative).sorted()
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
