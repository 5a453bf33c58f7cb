/// What the shell reads statements from: a line editor on a terminal, or plain standard input.
public protocol LineReader {
  /// Reads one line without its line terminator.
  ///
  /// - Parameter prompt: shown before the line where the reader shows prompts.
  /// - Returns: the line, or `nil` at end of input.
  /// - Throws: ``LineReaderInterrupt`` when the user pressed Ctrl-C.
  mutating func readLine(prompt: String) throws -> String?

  /// Remembers a whole statement (possibly spanning several lines) as one history entry.
  ///
  /// Readers without history ignore it; ``EditLineReader`` also saves its history file.
  /// - Parameter statement: the statement as the user typed it, lines joined with `"\n"`.
  mutating func addHistory(_ statement: String)
}

/// Thrown by a ``LineReader`` when Ctrl-C abandoned the line being typed.
public struct LineReaderInterrupt: Error, Sendable, Equatable {
  public init() {}
}
