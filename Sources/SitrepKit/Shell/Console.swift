/// Where the shell writes: results to one stream, errors and notes to the other.
///
/// The executable writes these to standard output and standard error; tests collect them.
public protocol Console {
  mutating func write(_ text: String)
  mutating func report(_ text: String)
  /// Clears the screen when results go to a terminal (`clear`); does nothing otherwise.
  mutating func clearScreen()
}

extension Console {
  public mutating func clearScreen() {}
}

/// A console that keeps everything written, for tests and for capturing output.
public struct BufferConsole: Console, Sendable {
  public var output = ""
  public var errors = ""
  /// How many times `clear` asked for the screen to be cleared.
  public var clears = 0

  public init() {}

  public mutating func write(_ text: String) { output += text }
  public mutating func report(_ text: String) { errors += text }
  public mutating func clearScreen() { clears += 1 }
}
