/// Events as a Markdown table, for reports and issue comments.
public enum MarkdownEventExporter {
  /// The columns a reader of a report wants; the CSV export has them all.
  public static let columns = [
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "location", "admin1", "country",
    "actor1", "fatalities", "killed_low", "killed_high", "scope", "status", "source", "notes",
  ]

  /// - Parameters:
  ///   - events: the events to write, in order.
  ///   - session: their articles (outlets and evidence text).
  /// - Returns: a GitHub-flavoured Markdown table with a header row.
  public static func export(_ events: [SessionEvent], in session: Session) -> String {
    let indices = columns.compactMap { EventColumns.names.firstIndex(of: $0) }
    let table = Table(
      columns: columns.map {
        Table.Column($0, alignRight: ["fatalities", "killed_low", "killed_high"].contains($0))
      },
      rows: events.map { event in
        let values = EventColumns.values(event, in: session)
        return indices.map { Cell.text(values[$0]) }
      },
      notes: [])
    return TableRenderer(format: .markdown, width: 10_000, colors: false).render(table)
  }
}
