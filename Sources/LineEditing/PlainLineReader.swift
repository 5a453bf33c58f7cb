#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from standard input (pipes, scripts, CI) or from given lines (tests).
///
/// Shows no prompt and writes no escape sequences. Lines end at `"\n"`; a `"\r"` before it is
/// dropped; bytes that are not valid UTF-8 become U+FFFD; a last line without a terminator is
/// still returned. ``addHistory(_:)`` does nothing.
public struct PlainLineReader: LineReader {
  private enum Source {
    case fileDescriptor(Int32, ByteLineSplitter)
    case lines([String], next: Int)
  }

  private var source: Source

  /// A reader of standard input.
  public init() {
    self.init(fileDescriptor: 0)
  }

  /// A reader that returns the given lines one by one, then `nil`.
  ///
  /// - Parameter lines: the lines, without terminators.
  public init(lines: [String]) {
    source = .lines(lines, next: 0)
  }

  /// A reader of `text`, split into lines exactly as standard input would be.
  ///
  /// - Parameter text: the whole input, e.g. the contents of a script.
  public init(text: String) {
    var splitter = ByteLineSplitter()
    var lines: [String] = []
    splitter.append(Array(text.utf8))
    while let line = splitter.nextLine(atEnd: true) { lines.append(line) }
    source = .lines(lines, next: 0)
  }

  /// A reader of an open file descriptor, which it reads but never closes.
  init(fileDescriptor: Int32) {
    source = .fileDescriptor(fileDescriptor, ByteLineSplitter())
  }

  /// Reads the next line; the prompt is ignored.
  ///
  /// - Parameter prompt: not shown.
  /// - Returns: the line without its terminator, or `nil` at end of input or on a read error.
  public mutating func readLine(prompt: String) -> String? {
    switch source {
    case .lines(let lines, let next):
      guard next < lines.count else { return nil }
      source = .lines(lines, next: next + 1)
      return lines[next]
    case .fileDescriptor(let descriptor, var splitter):
      source = .lines([], next: 0)  // drop the second reference so the buffer is not copied
      defer { source = .fileDescriptor(descriptor, splitter) }
      while true {
        if let line = splitter.nextLine(atEnd: false) { return line }
        if splitter.reachedEnd { return splitter.nextLine(atEnd: true) }
        splitter.append(Self.readChunk(from: descriptor))
      }
    }
  }

  /// Does nothing: plain input has no history.
  public mutating func addHistory(_ statement: String) {}

  /// Reads up to 64 KiB; an empty array means end of input (or an error other than EINTR).
  private static func readChunk(from descriptor: Int32) -> [UInt8] {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count >= 0 { return Array(chunk[0..<count]) }
      if errno != EINTR { return [] }
    }
  }
}

/// Cuts a byte stream into lines: `"\n"` or `"\r\n"` terminated, invalid UTF-8 replaced.
struct ByteLineSplitter {
  private var buffer: [UInt8] = []
  private var start = 0
  /// Whether an empty chunk (end of input) was appended.
  private(set) var reachedEnd = false

  /// Adds bytes read from the input; an empty chunk marks the end of input.
  mutating func append(_ chunk: [UInt8]) {
    if chunk.isEmpty {
      reachedEnd = true
      return
    }
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    buffer.append(contentsOf: chunk)
  }

  /// The next complete line; with `atEnd`, also the unterminated rest, if any.
  mutating func nextLine(atEnd: Bool) -> String? {
    if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
      var end = newline
      if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      let line = String(decoding: buffer[start..<end], as: UTF8.self)
      start = newline + 1
      return line
    }
    guard atEnd, start < buffer.count else { return nil }
    var end = buffer.count
    if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let line = String(decoding: buffer[start..<end], as: UTF8.self)
    start = buffer.count
    return line
  }
}
