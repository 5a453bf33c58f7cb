import Foundation

/// Runs python3 as an independent reader of exported files.
enum PythonReader {
  /// Whether python3 (with `jsonschema` when asked) can be run here.
  static func available(module: String? = nil) -> Bool {
    let check = module.map { "import \($0)" } ?? "pass"
    return (try? run(check, arguments: [])) != nil
  }

  /// Runs `script` with `arguments` in `sys.argv[1:]`; returns standard output.
  ///
  /// - Throws: when python3 is missing or the script fails (its standard error in the message).
  static func run(_ script: String, arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let (output, errors, status) = try Fixtures.outputs(of: process)
    guard status == 0 else {
      throw NSError(
        domain: "python3", code: Int(status), userInfo: [NSLocalizedDescriptionKey: errors])
    }
    return output
  }

  /// Reads `text` (written to a file) with a Python snippet that prints JSON, and decodes it.
  static func read<T: Decodable>(_ text: String, as: T.Type, with script: String, suffix: String)
    throws -> T
  {
    let path = NSTemporaryDirectory() + "sitrep-export-\(UUID().uuidString).\(suffix)"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let output = try run(script, arguments: [path])
    return try JSONDecoder().decode(T.self, from: Data(output.utf8))
  }
}
