import EventExtraction

/// Prints a ``Table`` as an aligned text table that fits the width, or as CSV, JSON or Markdown.
public struct TableRenderer: Sendable {
  public var format: OutputFormat
  public var width: Int
  public var colors: Bool

  public init(format: OutputFormat, width: Int = 100, colors: Bool = false) {
    self.format = format
    self.width = width
    self.colors = colors
  }

  public func render(_ table: Table) -> String {
    switch format {
    case .table: text(table)
    case .csv: csv(table)
    case .json: json(table)
    case .markdown: markdown(table)
    }
  }

  // MARK: text

  private func text(_ table: Table) -> String {
    let count = table.columns.count
    var widths = Self.naturalWidths(of: table)
    let wrapsLast = count > 0 && !table.columns[count - 1].alignRight
    fit(&widths, wrapsLast: wrapsLast, numbers: table.columns.map(\.alignRight))
    var out = ""
    let header = table.columns.enumerated().map { pad($1.name, widths[$0], right: $1.alignRight) }
    out += line(colors ? header.map { "\u{1B}[1m\($0)\u{1B}[0m" } : header)
    out += line(widths.map { String(repeating: "─", count: $0) })
    // A left-aligned last column too wide for the screen (a log's changes, a note) wraps onto
    // lines of its own instead of losing its end.
    let last = count - 1
    for row in table.rows {
      let text = last < row.count ? row[last].display.replacingNewlines() : ""
      let pieces = wrapsLast ? text.wrapped(width: widths[last]) : [text]
      out += line(
        table.columns.enumerated().map { i, column in
          let cell = i == last ? pieces[0] : (i < row.count ? row[i].display : "")
          return pad(cell, widths[i], right: column.alignRight)
        })
      for piece in pieces.dropFirst() {
        out += line(widths.dropLast().map { String(repeating: " ", count: $0) } + [piece])
      }
    }
    // A note too long for the screen wraps at words, its continuation indented under its text.
    for note in table.notes {
      let indent = String(note.prefix { $0 == " " })
      let body = note.dropFirst(indent.count)
      let width = max(20, self.width - indent.count - 2)
      for (i, piece) in String(body).wrapped(width: width).enumerated() {
        out += (i == 0 ? indent : indent + "  ") + piece + "\n"
      }
    }
    return out
  }

  /// The width of each column of `table` as text before it is fitted to the screen: its widest
  /// cell or its name, in `Character`s.
  static func naturalWidths(of table: Table) -> [Int] {
    var widths = table.columns.map { $0.name.count }
    for row in table.rows {
      for (i, cell) in row.prefix(widths.count).enumerated() {
        widths[i] = max(widths[i], cell.display.count)
      }
    }
    return widths
  }

  /// How wide `table` is as text when no column is cut or wrapped: its columns' natural widths
  /// and the two spaces between each two.
  static func naturalWidth(of table: Table) -> Int {
    let widths = naturalWidths(of: table)
    return widths.reduce(2 * max(0, widths.count - 1), +)
  }

  private func line(_ cells: [String]) -> String {
    cells.joined(separator: "  ").droppingTrailingSpaces() + "\n"
  }

  /// Shrinks the widest columns until the table fits `width` (never below 6 characters); a
  /// last column that wraps shrinks first, down to 30 characters, since it loses nothing, and
  /// no further. Text
  /// columns are cut before figures (`numbers`, the right-aligned columns): "about 4…" would
  /// misread as a figure, a cut place name is still read.
  private func fit(_ widths: inout [Int], wrapsLast: Bool, numbers: [Bool]) {
    let gaps = 2 * max(0, widths.count - 1)
    if wrapsLast, let last = widths.indices.last {
      let over = widths.reduce(0, +) + gaps - width
      if over > 0 { widths[last] = max(min(widths[last], 30), widths[last] - over) }
    }
    for cutsNumbers in [false, true] {
      while widths.reduce(0, +) + gaps > width {
        // A wrapping last column has given up what it can ("extracte/d" would wrap a word).
        let candidates = widths.indices.filter {
          widths[$0] > 6 && (cutsNumbers || !numbers[$0]) && !(wrapsLast && $0 == widths.count - 1)
        }
        guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
        widths[widest] -= 1
      }
    }
  }

  private func pad(_ text: String, _ width: Int, right: Bool) -> String {
    var s = text.replacingNewlines()
    if s.count > width { s = String(s.prefix(max(0, width - 1))) + "…" }
    let fill = String(repeating: " ", count: max(0, width - s.count))
    return right ? fill + s : s + fill
  }

  // MARK: csv, json, markdown

  private func csv(_ table: Table) -> String {
    var out = table.columns.map { TableRenderer.csvField($0.name) }.joined(separator: ",") + "\r\n"
    for row in table.rows {
      out += row.map { TableRenderer.csvField($0.display) }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
  public static func csvField(_ text: String) -> String {
    // Bytes, not Characters: the same answer (a CRLF Character holds a CR) without grapheme
    // breaking, which made this most of a large export's time.
    var quotes = 0
    var needsQuoting = false
    for b in text.utf8 {
      if b == 0x22 {
        quotes += 1
        needsQuoting = true
      } else if b == 0x2C || b == 0x0A || b == 0x0D {
        needsQuoting = true
      }
    }
    guard needsQuoting else { return text }
    guard quotes > 0 else { return "\"" + text + "\"" }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + quotes + 2)
    bytes.append(0x22)
    for b in text.utf8 {
      bytes.append(b)
      if b == 0x22 { bytes.append(0x22) }
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }

  private func json(_ table: Table) -> String {
    var out = "["
    for (r, row) in table.rows.enumerated() {
      out += r == 0 ? "\n  {" : ",\n  {"
      for (i, column) in table.columns.enumerated() {
        let cell = i < row.count ? row[i] : .empty
        let value: String
        switch cell {
        case .number(let n): value = String(n)
        case .text(let s): value = JSONText.quote(s)
        case .empty: value = "null"
        }
        out += (i == 0 ? "" : ", ") + JSONText.quote(column.name) + ": " + value
      }
      out += "}"
    }
    return out + (table.rows.isEmpty ? "]\n" : "\n]\n")
  }

  private func markdown(_ table: Table) -> String {
    var out = TableRenderer.markdownHeader(table.columns)
    for row in table.rows {
      out += TableRenderer.markdownRow(table.columns.indices.map { $0 < row.count ? row[$0].display : "" })
    }
    for note in table.notes { out += "\n" + note + "\n" }
    return out
  }

  /// A Markdown table's header and rule lines.
  static func markdownHeader(_ columns: [Table.Column]) -> String {
    "| " + columns.map { markdownCell($0.name) }.joined(separator: " | ") + " |\n"
      + "|" + columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined() + "\n"
  }

  /// One row of a Markdown table, line end included.
  static func markdownRow(_ cells: [String]) -> String {
    "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
  }

  /// A cell on one line, its pipes escaped.
  private static func markdownCell(_ s: String) -> String {
    guard mayNeedEscaping(s) else { return s }
    return s.replacingNewlines().split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }

  /// Whether `s` may hold a pipe or a line break (U+000A-D, U+0085, U+2028, U+2029): its
  /// bytes, checked before the Characters (most cells hold neither).
  private static func mayNeedEscaping(_ s: String) -> Bool {
    s.utf8.contains { b in (0x0A...0x0D).contains(b) || b == 0x7C || b == 0x85 || b == 0xA8 || b == 0xA9 }
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(map { $0.isNewline ? " " : $0 })
  }
}

/// JSON string quoting for hand-written JSON output (the extractor's, so both agree).
public enum JSONText {
  public static func quote(_ s: String) -> String { JSONString.quote(s) }
}
