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
    // A second, idle window keeps the tmux server alive when sitrep's pane closes, so the
    // server reaps sitrep; an orphan may stay a zombie where PID 1 does not reap (containers).
    guard
      TerminalPane.tmux(
        ["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", command], socket: socket)
        != nil,
      TerminalPane.tmux(["new-window", "-d", "-t", "t:9", "sleep 600"], socket: socket) != nil
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
    TerminalPane.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "t:0"], socket: socket) ?? ""
  }

  /// Types `line` and Enter.
  func type(_ line: String) {
    _ = TerminalPane.tmux(["send-keys", "-t", "t:0", "-l", "--", line], socket: socket)
    _ = TerminalPane.tmux(["send-keys", "-t", "t:0", "Enter"], socket: socket)
  }

  /// Resizes the terminal (the process gets SIGWINCH).
  func resize(columns: Int, rows: Int) {
    _ = TerminalPane.tmux(
      ["resize-window", "-t", "t", "-x", String(columns), "-y", String(rows)], socket: socket)
  }

  /// Whether sitrep is still running (a zombie is not).
  var isRunning: Bool {
    guard kill(pid, 0) == 0 else { return false }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    return !stat.contains(") Z ")
  }

  /// Closes sitrep's terminal as a terminal emulator would: tmux closes the pane's pty and
  /// sends its processes SIGHUP.
  func closeTerminal() {
    _ = TerminalPane.tmux(["kill-pane", "-t", "t:0"], socket: socket)
  }

  /// Ends the tmux server and everything in it.
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
  ///
  /// Spawned with posix_spawn and reaped with waitpid, not with Foundation's `Process`:
  /// `new-session` forks the tmux server, which keeps the descriptors `Process` watches for
  /// the child's exit, so `waitUntilExit` never returned. Output goes to a file for the same
  /// reason.
  @discardableResult
  static func tmux(_ arguments: [String], socket: String) -> String? {
    let path = NSTemporaryDirectory() + "sitrep-tmux-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: path) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let words = ["/usr/bin/env", "tmux", "-u", "-S", socket, "-f", "/dev/null"] + arguments
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for word in argv { free(word) } }
    // With no signal blocked: test threads (libdispatch workers) block signals, and a tmux
    // server that inherits a blocked SIGCHLD never reaps its panes.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, &argv, environ) == 0 else {
      return nil
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // Exited normally (no signal) with status 0.
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { return nil }
    return String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }
}
