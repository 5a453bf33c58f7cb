import Foundation
/// What the shell knows of the world outside it: terminal, clock, files' base directory.
public struct ShellContext {
  /// Columns available for tables.
  public var width: Int
  /// Whether to colour output (a terminal, and no `NO_COLOR`).
  public var colors: Bool
  /// Whether a person is typing (asks before quitting with unsaved changes).
  public var interactive: Bool
  /// The directory relative paths are resolved against.
  public var workingDirectory: String
  /// Who is working ($SITREP_ANALYST, else the login name).
  public var analyst: String
  /// The statements typed so far, oldest first, for `history`.
  public var history: () -> [String]
  /// Monotonic seconds, for `timer`.
  public var clock: () -> Double
  /// Whether the analyst asked to stop the running command (Ctrl-C).
  public var isCancelled: () -> Bool = { false }
  /// Told how a long command is getting on; nil when it ends.
  public var progress: (CommandProgress?) -> Void = { _ in }
  /// Threads for extraction.
  public var workers = 2

  public init(
    width: Int = 100, colors: Bool = false, interactive: Bool = false,
    workingDirectory: String, analyst: String = "analyst",
    history: @escaping () -> [String] = { [] },
    clock: @escaping () -> Double = { 0 }
  ) {
    self.width = width
    self.colors = colors
    self.interactive = interactive
    self.workingDirectory = workingDirectory
    self.analyst = analyst
    self.history = history
    self.clock = clock
  }

  /// `path` made absolute against the working directory, with `~/` expanded.
  public func resolve(_ path: String, home: String? = nil) -> String {
    let absolute: String
    if path.hasPrefix("/") {
      absolute = path
    } else if path == "~" || path.hasPrefix("~/"), let home {
      absolute = home + path.dropFirst()
    } else {
      absolute = workingDirectory.hasSuffix("/") ? workingDirectory + path : workingDirectory + "/" + path
    }
    // Without "." and ".." segments, so messages name files as the analyst would.
    return (absolute as NSString).standardizingPath
  }
}
