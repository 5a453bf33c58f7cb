import EventExtraction
import Foundation

/// What a file handed to `open` holds when its first bytes show it is not a session: an
/// article, JSON Lines of articles or events, or nothing. `open` then says what reads it,
/// instead of "damaged at line 1".
enum OtherFileKind {
  /// Why `bytes` is not a session and what reads it; nil when it starts as a session would
  /// (one JSON object), whatever is wrong further on.
  static func describe(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let first = firstNonSpace(bytes, from: 0) else { return "it is empty" }
    guard bytes[first] == UInt8(ascii: "{") else {
      return "it is not JSON (an article? 'load FILE' reads articles)"
    }
    // JSON Lines: a first line that is one object, and another object on the next line.
    guard let newline = ASCIIBytes.firstIndex(of: 0x0A, in: bytes, from: first, to: bytes.count),
      let last = lastNonSpace(bytes, before: newline), bytes[last] == UInt8(ascii: "}"),
      let next = firstNonSpace(bytes, from: newline + 1), bytes[next] == UInt8(ascii: "{")
    else { return nil }
    let line = UnsafeBufferPointer(rebasing: bytes[first...last])
    if contains(line, #""format":"sitrep-session""#) { return nil }
    // An extracted event names its article; an article of a corpus has its text.
    if contains(line, #""article":"#) {
      return "it holds events as JSON Lines ('load events FILE' reads them)"
    }
    if contains(line, #""text":"#) {
      return "it holds articles as JSON Lines ('load FILE' extracts their events)"
    }
    return "it holds JSON Lines, one object per line, not one session object"
  }

  private static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
  }

  private static func firstNonSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    (start..<bytes.count).first { !isSpace(bytes[$0]) }
  }

  private static func lastNonSpace(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
    (0..<end).last { !isSpace(bytes[$0]) }
  }

  private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard needle.count <= bytes.count else { return false }
    return (0...(bytes.count - needle.count)).contains { at in
      needle.indices.allSatisfy { bytes[at + $0] == needle[$0] }
    }
  }
}
