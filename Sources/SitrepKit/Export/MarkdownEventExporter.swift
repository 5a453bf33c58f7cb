/// Events as a Markdown table, for reports and issue comments: a header, then a row a line (no
/// padding), so it streams to the file like the CSV.
public enum MarkdownEventExporter {
  /// The columns a reader of a report wants; the CSV export has them all.
  public static let columns = [
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "location", "admin1", "country",
    "actor1", "fatalities", "killed_low", "killed_high", "scope", "status", "source", "notes",
  ]
  private static let indices = columns.compactMap { EventColumns.names.firstIndex(of: $0) }

  /// The header and rule lines.
  public static let header = TableRenderer.markdownHeader(
    columns.map { Table.Column($0, alignRight: ["fatalities", "killed_low", "killed_high"].contains($0)) })

  /// - Parameters:
  ///   - events: the events to write, in order.
  ///   - session: their articles (outlets and evidence text).
  /// - Returns: a GitHub-flavoured Markdown table with a header row.
  public static func export(_ events: [SessionEvent], in session: Session) -> String {
    events.reduce(into: header) { $0 += row($1, in: session) }
  }

  /// One event's row, line end included.
  public static func row(_ event: SessionEvent, in session: Session) -> String {
    let values = EventColumns.values(event, in: session)
    return TableRenderer.markdownRow(indices.map { values[$0] })
  }
}
