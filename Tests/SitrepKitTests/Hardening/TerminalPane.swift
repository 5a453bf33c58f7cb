import Foundation

/// The real `sitrep` binary in a detached tmux pane (a real terminal), for the signal fault
/// tests: type into it, read its screen, signal it, resize it.
///
/// Each pane has its own tmux server (socket in the test's directory) and an isolated HOME, so
/// tests run in parallel without sharing anything.
struct TerminalPane {
  static let binary = Fixtures.packageRoot + "/.build/debug/sitrep"

  /// Why these tests cannot run here, or nil when they can.
  static let unavailable: String? = {
    if !FileManager.default.isExecutableFile(atPath: binary) {
      return "skipped: build the binary first (\(binary) is absent)"
    }
    if TerminalPane.tmux(["-V"], socket: "/dev/null") == nil { return "skipped: tmux is absent" }
    return nil
  }()

  let directory: String
  var socket: String { directory + "/tmux.socket" }
  /// The process id of sitrep in the pane.
  private(set) var pid: pid_t = 0

  /// Starts `sitrep ARGUMENTS` in `directory` in a 100x30 pane and waits for its prompt.
  init?(directory: String, arguments: String) {
    self.directory = directory
    try? FileManager.default.createDirectory(
      atPath: directory + "/home", withIntermediateDirectories: true)
    let command =
      "cd '\(directory)' && echo $$ > pid && exec env -i HOME='\(directory)/home' "
      + "XDG_STATE_HOME='\(directory)/home' TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 "
      + "SITREP_ANALYST=hup PATH=/usr/bin:/bin '\(TerminalPane.binary)' \(arguments)"
    guard
      TerminalPane.tmux(
        ["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", command], socket: socket)
        != nil
    else { return nil }
    guard
      waitUntil({
        (try? String(contentsOfFile: directory + "/pid", encoding: .utf8))
          .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) } != nil
      }),
      let text = try? String(contentsOfFile: directory + "/pid", encoding: .utf8),
      let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    else { return nil }
    self.pid = pid
    guard waitUntil({ self.screen.contains("sitrep> ") }) else { return nil }
  }

  /// The pane's text, scrollback included.
  var screen: String {
    TerminalPane.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "t"], socket: socket) ?? ""
  }

  /// Types `line` and Enter.
  func type(_ line: String) {
    _ = TerminalPane.tmux(["send-keys", "-t", "t", "-l", "--", line], socket: socket)
    _ = TerminalPane.tmux(["send-keys", "-t", "t", "Enter"], socket: socket)
  }

  /// Resizes the terminal (the process gets SIGWINCH).
  func resize(columns: Int, rows: Int) {
    _ = TerminalPane.tmux(
      ["resize-window", "-t", "t", "-x", String(columns), "-y", String(rows)], socket: socket)
  }

  /// Whether sitrep is still running.
  var isRunning: Bool { kill(pid, 0) == 0 }

  /// Ends the tmux server (closing the terminal: its processes get SIGHUP).
  func close() {
    _ = TerminalPane.tmux(["kill-server"], socket: socket)
  }

  /// Polls `condition` every 50 ms for up to `seconds`.
  func waitUntil(_ condition: () -> Bool, seconds: Double = 15) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      usleep(50_000)
    }
    return condition()
  }

  /// Runs tmux with `arguments` on `socket`; its standard output, or nil when it failed.
  @discardableResult
  static func tmux(_ arguments: [String], socket: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "-u", "-S", socket, "-f", "/dev/null"] + arguments
    // Output goes to a file, not a pipe: `new-session` forks the tmux server, which keeps the
    // client's descriptors, so a pipe would never reach its end.
    let path = NSTemporaryDirectory() + "sitrep-tmux-\(UUID().uuidString)"
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let out = FileHandle(forWritingAtPath: path)
    else { return nil }
    defer { try? FileManager.default.removeItem(atPath: path) }
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    try? out.close()
    let data = FileManager.default.contents(atPath: path) ?? Data()
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
  }
}
