import EventExtraction
import Foundation

/// Events as JSON Lines for pandas, R and DuckDB: one line per event in the `sitrep extract`
/// format (``EventRecord``, docs/extract-format.md) with the analyst's `status` and `tags` added.
public enum JSONLinesEventExporter {
  /// - Returns: one line per event, keys sorted, each ended by `\n`.
  public static func export(_ events: [SessionEvent], in session: Session) -> String {
    let encoder = makeEncoder()
    var out = ""
    for event in events { out += line(event, in: session, encoder: encoder) }
    return out
  }

  /// The encoder ``line(_:in:encoder:)`` wants: sorted keys, slashes as they are.
  public static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// The line of one event, ended by `\n`; empty if it cannot be encoded.
  public static func line(_ event: SessionEvent, in session: Session, encoder: JSONEncoder)
    -> String
  {
    let text = session.article(event.current.article)?.text ?? ""
    let line = Line(
      record: EventRecord(event: event.current, text: text), status: event.status.rawValue,
      tags: event.tags)
    guard let data = try? encoder.encode(line) else { return "" }
    return String(decoding: data, as: UTF8.self) + "\n"
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
