import EventExtraction
import Foundation

/// Events as JSON Lines for pandas, R and DuckDB: one line per event in the `sitrep extract`
/// format (``EventRecord``, docs/extract-format.md) with the analyst's `status` and `tags` added.
public enum JSONLinesEventExporter {
  /// - Returns: one line per event, keys sorted, each ended by `\n`.
  public static func export(_ events: [SessionEvent], in session: Session) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = ""
    for event in events {
      let text = session.article(event.current.article)?.text ?? ""
      let line = Line(
        record: EventRecord(event: event.current, text: text), status: event.status.rawValue,
        tags: event.tags)
      guard let data = try? encoder.encode(line) else { continue }
      out += String(decoding: data, as: UTF8.self) + "\n"
    }
    return out
  }

  /// An ``EventRecord``'s keys and the session's own beside them, in one JSON object.
  private struct Line: Encodable {
    var record: EventRecord
    var status: String
    var tags: [String]

    enum Keys: String, CodingKey { case status, tags }

    func encode(to encoder: any Encoder) throws {
      try record.encode(to: encoder)
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(status, forKey: .status)
      try container.encode(tags, forKey: .tags)
    }
  }
}
