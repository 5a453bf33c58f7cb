/// What the shell reads statements from: a line editor on a terminal, or plain standard input.
public protocol LineReader {
  /// Reads one line without its line terminator.
  ///
  /// - Parameter prompt: shown before the line where the reader shows prompts.
  /// - Returns: the line, or `nil` at end of input.
  /// - Throws: ``LineReaderInterrupt`` when the user pressed Ctrl-C.
  mutating func readLine(prompt: String) throws -> String?
}

/// Thrown by a ``LineReader`` when Ctrl-C abandoned the line being typed.
public struct LineReaderInterrupt: Error, Sendable, Equatable {
  public init() {}
}
