import Foundation

/// Expands `load` arguments (files, directories, globs) into the files they name.
public enum SourceFiles {
  /// File endings read as articles or corpora.
  public static let articleExtensions: Set<String> = ["txt", "md", "jsonl"]

  /// Why an argument named no files.
  public enum Problem: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case noMatches(String)
    /// A directory with no article files in it (it may be empty, or hold other files only).
    case emptyDirectory(String)
    case unreadable(String)
    /// The path goes round a loop of symbolic links (ELOOP).
    case symlinkLoop(String)
    /// The scan of a directory was stopped (Ctrl-C) before it finished.
    case cancelled(String)

    /// The message for the analyst, naming the path in quotes: `no files match '*.txt'`.
    public var description: String {
      switch self {
      case .notFound(let path): "no such file or directory '\(path)'"
      case .noMatches(let path): "no files match '\(path)'"
      case .emptyDirectory(let path):
        "directory '\(path)' has no articles (no .txt, .md or .jsonl files)"
      case .unreadable(let path): "cannot read directory '\(path)'"
      case .symlinkLoop(let path): "cannot open '\(path)': too many levels of symbolic links"
      case .cancelled(let path): "scan of '\(path)' cancelled"
      }
    }
  }

  /// The files `path` names, sorted: itself, the article files in a directory (recursively,
  /// leaving out hidden files and folders), or a glob's matches.
  ///
  /// - Parameter scanning: called every ``scanStride`` entries of a directory with the article
  ///   files found so far; returning `false` stops the scan with ``Problem/cancelled(_:)``.
  public static func expand(
    _ path: String, scanning: (_ found: Int) -> Bool = { _ in true }
  ) -> Result<[String], Problem> {
    if path.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
      let matches = glob(path).filter { isRegularFile($0) }
      return matches.isEmpty ? .failure(.noMatches(path)) : .success(matches)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(isSymlinkLoop(path) ? .symlinkLoop(path) : .notFound(path))
    }
    guard isDirectory.boolValue else { return .success([path]) }
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      return .failure(.unreadable(path))
    }
    var files: [String] = []
    var visited = 0
    while let relative = enumerator.nextObject() as? String {
      visited += 1
      if visited > 1_000_000 { break }
      if visited % scanStride == 0, !scanning(files.count) { return .failure(.cancelled(path)) }
      // Hidden files and folders (`.git`, `.build`, editors' backups) hold no articles.
      if (relative as NSString).lastPathComponent.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      let ext = (relative as NSString).pathExtension.lowercased()
      let full = (path as NSString).appendingPathComponent(relative)
      if articleExtensions.contains(ext), isRegularFile(full) { files.append(full) }
    }
    return files.isEmpty ? .failure(.emptyDirectory(path)) : .success(files.sorted())
  }

  /// How many directory entries ``expand(_:scanning:)`` reads between two calls of `scanning`.
  public static let scanStride = 512

  /// The file's size in bytes, if it can be read.
  public static func size(of path: String) -> Int? {
    // stat(2), not FileManager: `load` asks for every file of a directory that may hold 100,000.
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : nil
  }

  /// Whether resolving `path` fails because its symbolic links go round in a loop.
  static func isSymlinkLoop(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) != 0 && errno == ELOOP
  }

  static func isRegularFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  private static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
    var paths: [String] = []
    for i in 0..<Int(result.gl_pathc) {
      if let p = result.gl_pathv[i] { paths.append(String(cString: p)) }
    }
    return paths.sorted()
  }
}
