import Foundation
import LineEditing
import SitrepKit

/// Draws a long command's progress on standard error (see ``CommandProgress/line(at:cancellable:)``):
/// only on a terminal, only once the command has run for a second, at most ten times a second.
/// Safe to call from any thread.
final class ProgressBar: @unchecked Sendable {
  private let clock: () -> Double
  private let cancellable: Bool
  private let onTerminal: Bool
  private let lock = NSLock()
  private var shown = false
  private var lastDrawn = -Double.infinity

  init(clock: @escaping () -> Double, cancellable: Bool = true) {
    self.clock = clock
    self.cancellable = cancellable
    self.onTerminal = Terminal.isInteractive(fd: 2)
  }

  func update(_ progress: CommandProgress?) {
    guard onTerminal else { return }
    lock.lock()
    defer { lock.unlock() }
    guard let progress else {
      if shown { StandardConsole.put("\r\u{1B}[K", fd: 2) }
      shown = false
      lastDrawn = -Double.infinity
      return
    }
    let now = clock()
    guard now - progress.started >= 1, now - lastDrawn >= 0.1 else { return }
    lastDrawn = now
    StandardConsole.put("\r\u{1B}[K" + progress.line(at: now, cancellable: cancellable), fd: 2)
    shown = true
  }
}
