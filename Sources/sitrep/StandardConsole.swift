import Glibc
import SitrepKit

/// Writes results to standard output and errors to standard error, unbuffered.
///
/// When the reader of standard output goes away (`sitrep ... | head -1`), the process ends
/// quietly with status 0 instead of dying of SIGPIPE.
struct StandardConsole: Console {
  mutating func write(_ text: String) { StandardConsole.put(text, fd: 1) }
  mutating func report(_ text: String) { StandardConsole.put(text, fd: 2) }

  /// Home the cursor and erase the display (ECMA-48 CUP and ED), only on a terminal: a script's
  /// `clear` must not put escape codes into a file.
  mutating func clearScreen() {
    if isatty(1) == 1 { StandardConsole.put("\u{1B}[H\u{1B}[2J", fd: 1) }
  }

  static func put(_ text: String, fd: Int32) {
    var text = text
    let failure = text.withUTF8 { writeAll($0, fd: fd) }
    if failure == EPIPE { exit(0) }
  }

  /// Writes every byte of `buffer` to `fd`, retrying after interruptions; the errno of a write
  /// that failed, or 0.
  static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, fd: Int32) -> Int32 {
    var offset = 0
    while offset < buffer.count, let base = buffer.baseAddress {
      let n = Glibc.write(fd, base + offset, buffer.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += n
    }
    return 0
  }
}
