import LineEditing
import SitrepKit

/// Draws a long command's progress on standard error: a bar, the count, the rate and the time
/// left. Only on a terminal, and only once the command has run for a second.
final class ProgressBar {
  private let clock: () -> Double
  private var shown = false

  init(clock: @escaping () -> Double) {
    self.clock = clock
  }

  func update(_ progress: CommandProgress?) {
    guard let progress else {
      if shown { StandardConsole.put("\r\u{1B}[K", fd: 2) }
      shown = false
      return
    }
    let elapsed = clock() - progress.started
    guard Terminal.isInteractive(fd: 2), elapsed >= 1, progress.total > 0 else { return }
    let rate = Double(progress.done) / max(elapsed, 0.001)
    let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
    let width = 30
    let filled = progress.done * width / progress.total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = "\(progress.label) \(bar) \(progress.done)/\(progress.total)  \(Int(rate))/s  \(Int(left.rounded()))s left  (Ctrl-C cancels)"
    StandardConsole.put("\r\u{1B}[K" + line, fd: 2)
    shown = true
  }
}
