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

/// An events export that is written line by line (CSV, JSON Lines): a header, then one line
/// per event, so a million events stream to the file in chunks with progress, never whole in
/// memory.
public struct LineExport {
  public var header: String
  /// The text of one event, line end included.
  public var line: (SessionEvent) -> String
}

/// What an export produced.
public struct ExportOutput: Sendable, Hashable {
  public var text: String
  /// Events left out (no coordinates, for GeoJSON).
  public var skipped: Int
}

extension ExportFormat {
  /// Events in this format, or nil when it is not an events format.
  public func events(_ events: [SessionEvent], in session: Session) -> ExportOutput? {
    switch self {
    case .csv: ExportOutput(text: CSVEventExporter.export(events, in: session), skipped: 0)
    case .jsonl: ExportOutput(text: JSONLinesEventExporter.export(events, in: session), skipped: 0)
    case .md: ExportOutput(text: MarkdownEventExporter.export(events, in: session), skipped: 0)
    case .geojson:
      {
        let g = GeoJSONEventExporter.export(events, in: session)
        return ExportOutput(text: g.text, skipped: g.skipped)
      }()
    case .json: nil
    }
  }

  /// The line-by-line form of this format over `session`'s events; nil for whole documents
  /// (Markdown tables align their columns over every row, GeoJSON is one JSON value).
  public func lines(in session: Session) -> LineExport? {
    switch self {
    case .csv:
      return LineExport(header: CSVEventExporter.header) { CSVEventExporter.line($0, in: session) }
    case .jsonl:
      return LineExport(header: "") { JSONLinesEventExporter.line($0, in: session) }
    case .md, .geojson, .json:
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
