/// The formats `export` writes, chosen by the file's extension.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  case csv, jsonl, geojson, md, json

  /// The format of `path` by its extension (case-insensitive), or nil.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// Formats `export events` writes.
  public static let events: [ExportFormat] = [.csv, .jsonl, .geojson, .md]
  /// Formats `export tally` writes.
  public static let tally: [ExportFormat] = [.csv, .md, .json]
}

/// An events export written line by line (CSV, JSON Lines, GeoJSON, Markdown): a header, one
/// line per event, a footer, so a million events stream to the file in chunks with progress,
/// never whole in memory.
public struct LineExport {
  public var header: String
  /// The text of one event, line end included, given how many events were written before it
  /// (GeoJSON puts a comma between features); nil to skip the event.
  public var line: (_ event: SessionEvent, _ written: Int) -> String?
  public var footer = ""
}

extension ExportFormat {
  /// The line-by-line form of this format over `session`'s events (every events format is
  /// written so); nil for a format that is not an events format.
  public func lines(in session: Session) -> LineExport? {
    switch self {
    case .csv:
      return LineExport(header: CSVEventExporter.header) { event, _ in
        CSVEventExporter.line(event, in: session)
      }
    case .jsonl:
      return LineExport(header: "") { event, _ in JSONLinesEventExporter.line(event, in: session) }
    case .geojson:
      return LineExport(
        header: GeoJSONEventExporter.header,
        line: { event, written in
          GeoJSONEventExporter.feature(event, in: session).map { written == 0 ? $0 : ",\n" + $0 }
        }, footer: GeoJSONEventExporter.footer)
    case .md:
      return LineExport(header: MarkdownEventExporter.header) { event, _ in
        MarkdownEventExporter.row(event, in: session)
      }
    case .json:
      return nil
    }
  }

  /// A tally in this format, or nil when it is not a tally format.
  public func tally(_ result: TallyResult) -> String? {
    switch self {
    case .csv: TallyExporter.csv(result)
    case .md: TallyExporter.markdown(result)
    case .json: TallyExporter.json(result)
    case .jsonl, .geojson: nil
    }
  }
}
