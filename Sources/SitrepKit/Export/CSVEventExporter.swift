/// Events as CSV with ACLED's column names (``EventColumns``), RFC 4180 quoting and CRLF line
/// ends, so the file opens beside ACLED data in a spreadsheet, pandas or DuckDB.
public enum CSVEventExporter {
  /// - Parameters:
  ///   - events: the events to write, in order.
  ///   - session: their articles (outlets and evidence text).
  /// - Returns: the file's text: a header line, then one line per event.
  public static func export(_ events: [SessionEvent], in session: Session) -> String {
    var out = header
    for event in events { out += line(event, in: session) }
    return out
  }

  /// The header line: ``EventColumns/names``.
  public static let header = line(EventColumns.names)

  /// The line of one event.
  public static func line(_ event: SessionEvent, in session: Session) -> String {
    line(EventColumns.values(event, in: session))
  }

  /// One CSV record: fields quoted as RFC 4180 asks, ended by CRLF.
  static func line(_ fields: [String]) -> String {
    var out = ""
    out.reserveCapacity(fields.reduce(2) { $0 + $1.utf8.count + 3 })
    for (i, field) in fields.enumerated() {
      if i > 0 { out += "," }
      out += TableRenderer.csvField(field)
    }
    out += "\r\n"
    return out
  }
}
