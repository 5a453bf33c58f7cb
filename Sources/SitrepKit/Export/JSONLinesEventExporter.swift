import EventExtraction

/// Events as JSON Lines for pandas, R and DuckDB: one line per event in the `sitrep extract`
/// format (``EventRecord``, docs/extract-format.md, keys in its order) with the analyst's
/// `status` and `tags` added at the end, and `merge` (the merge group) for a merged event.
public enum JSONLinesEventExporter {
  /// - Returns: one line per event, each ended by `\n`.
  public static func export(_ events: [SessionEvent], in session: Session) -> String {
    var out = ""
    for event in events { out += line(event, in: session) }
    return out
  }

  /// The line of one event, ended by `\n`.
  public static func line(_ event: SessionEvent, in session: Session) -> String {
    let text = session.article(event.current.article)?.text ?? ""
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1024)
    EventRecord.appendJSONLine(of: event.current, text: text, to: &bytes)
    // The record is one object: reopen it for the session's own keys.
    bytes.removeLast()
    bytes.append(contentsOf: #","status":"#.utf8)
    JSONString.append(event.status.rawValue, to: &bytes)
    bytes.append(contentsOf: #","tags":"#.utf8)
    appendList(event.tags, to: &bytes)
    if let group = event.merge {
      bytes.append(contentsOf: #","merge":"#.utf8)
      JSONString.append(group, to: &bytes)
    }
    bytes.append(contentsOf: "}\n".utf8)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `["a","b"]`: strings as a JSON array (the exports' `tags`).
  static func appendList(_ items: [String], to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "["))
    for (i, item) in items.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      JSONString.append(item, to: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
  }
}
