import Foundation

/// How far a long command has got, and the one line that shows it on a terminal.
public struct CommandProgress: Sendable, Equatable {
  /// What is counted: items (articles, events) or bytes (shown in MB).
  public enum Unit: Sendable, Equatable {
    case items
    case bytes
  }

  public var label: String
  public var done: Int
  /// How many there are in all; 0 when unknown (standard input).
  public var total: Int
  public var unit: Unit
  /// When the command started (the context's clock).
  public var started: Double

  public init(label: String, done: Int, total: Int, unit: Unit = .items, started: Double) {
    self.label = label
    self.done = done
    self.total = total
    self.unit = unit
    self.started = started
  }

  /// A folder's scan: the article files found so far (no total is known).
  public static func scanning(found: Int, started: Double) -> CommandProgress {
    CommandProgress(label: "scanning: files found", done: found, total: 0, started: started)
  }

  /// The progress line at `now`: label, a 30-cell bar, count, rate and time left. Without a
  /// total, the count and rate alone.
  ///
  ///     load ███████████████░░░░░░░░░░░░░░░ 512/1024  256/s  2s left  (Ctrl-C cancels)
  ///     open ██████░░░░░░░░░░░░░░░░░░░░░░░░ 250/1240 MB  125 MB/s  8s left  (Ctrl-C cancels)
  public func line(at now: Double, cancellable: Bool = true) -> String {
    let elapsed = max(now - started, 0.001)
    let rate = Double(done) / elapsed
    let suffix = unit == .bytes ? " MB" : ""
    let cancel = cancellable ? "  (Ctrl-C cancels)" : ""
    let count = "\(shown(done))\(total > 0 ? "/\(shown(total))" : "")\(suffix)"
    let speed = unit == .bytes ? "\(megabytes(rate)) MB/s" : "\(Int(rate))/s"
    guard total > 0 else { return "\(label) \(count)  \(speed)\(cancel)" }
    let width = 30
    let filled = min(width, max(0, done * width / total))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let left = rate > 0 ? Double(max(0, total - done)) / rate : 0
    return "\(label) \(bar) \(count)  \(speed)  \(Int(left.rounded()))s left\(cancel)"
  }

  private func shown(_ n: Int) -> String {
    unit == .bytes ? megabytes(Double(n)) : String(n)
  }

  /// Bytes as megabytes: one decimal under 10 MB, whole ones above.
  private func megabytes(_ bytes: Double) -> String {
    let mb = bytes / 1_000_000
    guard mb < 10 else { return String(Int(mb)) }
    return String(format: "%.1f", mb)
  }
}
