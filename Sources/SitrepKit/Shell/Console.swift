/// Where the shell writes: results to one stream, errors and notes to the other.
///
/// The executable writes these to standard output and standard error; tests collect them.
public protocol Console {
  mutating func write(_ text: String)
  mutating func report(_ text: String)
}

/// A console that keeps everything written, for tests and for capturing output.
public struct BufferConsole: Console, Sendable {
  public var output = ""
  public var errors = ""

  public init() {}

  public mutating func write(_ text: String) { output += text }
  public mutating func report(_ text: String) { errors += text }
}
