#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the editor keeps its history between runs.
public enum HistoryFile {
  /// The history file's path for the given environment.
  ///
  /// `$XDG_STATE_HOME/sitrep/history` when `XDG_STATE_HOME` is an absolute path (the XDG Base
  /// Directory rules ignore empty and relative values), else `$HOME/.local/state/sitrep/history`.
  /// The directory is not created here; ``EditLineReader`` creates it when it saves.
  /// - Parameter environment: the process environment, e.g. `ProcessInfo.processInfo.environment`.
  /// - Returns: the path, or `nil` when neither variable gives an absolute directory.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return joined(state, "sitrep/history")
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return joined(home, ".local/state/sitrep/history")
    }
    return nil
  }

  /// Creates the directory holding `path`, and its missing parents, with mode 0700.
  ///
  /// - Parameter path: a file path; its last component is not created.
  /// - Throws: ``HistoryFileError/cannotCreateDirectory(_:errno:)`` when a directory is missing
  ///   and cannot be made.
  static func createParentDirectory(of path: String) throws(HistoryFileError) {
    var prefix = ""
    let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    for (index, component) in components.enumerated() {
      prefix += index == 0 ? String(component) : "/" + component
      guard !prefix.isEmpty, !component.isEmpty, component != "." else { continue }
      if mkdir(prefix, 0o700) != 0, errno != EEXIST {
        throw .cannotCreateDirectory(prefix, errno: errno)
      }
    }
  }

  private static func joined(_ directory: String, _ relative: String) -> String {
    directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
  }
}

/// Why the history could not be saved.
public enum HistoryFileError: Error, Sendable, Equatable {
  /// A directory on the way to the history file is missing and `mkdir` failed.
  case cannotCreateDirectory(String, errno: Int32)
  /// libedit could not write the temporary file next to the history file.
  case cannotWrite(String, errno: Int32)
  /// The temporary file could not be renamed over the history file.
  case cannotReplace(String, errno: Int32)
}
