import Foundation
import LineEditing
import SitrepKit

/// Builds the shell's context from the process environment.
enum ShellSetup {
  static func context(interactive: Bool) -> ShellContext {
    let environment = ProcessInfo.processInfo.environment
    let stdoutIsTerminal = Terminal.isInteractive(fd: 1)
    let colors = stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    let analyst =
      environment["SITREP_ANALYST"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["USER"] ?? environment["LOGNAME"] ?? "analyst"
    return ShellContext(
      width: width(), colors: colors, interactive: interactive,
      workingDirectory: FileManager.default.currentDirectoryPath, analyst: analyst,
      clock: monotonicClock)
  }

  /// Seconds on the monotonic clock.
  @Sendable static func monotonicClock() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Columns for tables: the terminal's width, or wide enough not to cut when piped.
  static func width() -> Int {
    Terminal.isInteractive(fd: 1) ? (Terminal.width(fd: 1) ?? 100) : 400
  }
}
