/// A position in a statement's source: 1-based line and column, the column counted in
/// `Character`s (extended grapheme clusters) from the start of the line.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// A half-open range of source locations.
public typealias SourceRange = Range<SourceLocation>

/// The lines of a statement's source, split where the ``Lexer`` counts a new line ("\n" and
/// "\r\n", which Swift treats as one `Character`).
public func sourceLines(_ source: String) -> [Substring] {
  source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
}
