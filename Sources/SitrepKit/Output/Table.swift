/// A cell of a result table: kept typed so JSON output keeps numbers as numbers.
public enum Cell: Sendable, Hashable {
  case text(String)
  case number(Int)
  case empty

  public var display: String {
    switch self {
    case .text(let s): s
    case .number(let n): String(n)
    case .empty: ""
    }
  }
}

/// A result: named columns, rows of cells, and notes printed under it.
public struct Table: Sendable, Hashable {
  public struct Column: Sendable, Hashable {
    public var name: String
    public var alignRight: Bool
    public init(_ name: String, alignRight: Bool = false) {
      self.name = name
      self.alignRight = alignRight
    }
  }

  public var columns: [Column]
  public var rows: [[Cell]]
  /// Lines under the table ("2 of 40 rows shown", the arithmetic of a tally).
  public var notes: [String]

  public init(columns: [Column], rows: [[Cell]] = [], notes: [String] = []) {
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }
}
