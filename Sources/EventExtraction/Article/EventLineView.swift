/// An ``Event`` read in place as the fields of its ``EventRecord`` line, for
/// ``EventLineWriter``: nothing is copied, and the evidence is quoted from the article's bytes.
struct EventLineView: EventLineFields {
  let event: Event
  /// The article's original text, which the evidence span points into.
  let text: String
  /// The corpus's article id: it replaces the event's `article` and prefixes its ids.
  let articleID: String?

  var article: String { articleID ?? event.article }
  var idPrefix: String? { articleID }
  var id: String { event.id }
  var typeName: String { event.type.rawValue }
  var acledTypes: (eventType: String, subEventType: String)? { event.type.acled }
  var cameo: String? { event.type.cameo }
  var killed: Casualties? { event.killed }
  var injured: Casualties? { event.injured }
  var place: Place? { event.place }
  var date: EventDate? { event.date }
  var actors: [String] { event.actors }
  var target: String? { event.target }
  var source: String? { event.source }
  var scopeName: String { event.scope.rawValue }
  var partOf: String? { event.partOf }
  var evidenceStart: Int { event.evidence.span.start }
  var evidenceEnd: Int { event.evidence.span.end }
  var rule: String { event.evidence.rule }

  /// The bytes of the span when both its ends fall on character boundaries (always, for spans
  /// the extractor makes); otherwise ``TextSpan/slice(of:)``'s repaired text, as the record has.
  func writeEvidenceText(to w: inout JSONLineWriter) {
    let span = event.evidence.span
    let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard 0 <= span.start, span.start <= span.end, span.end <= bytes.count,
        Self.startsCharacter(bytes, at: span.start), Self.startsCharacter(bytes, at: span.end)
      else { return false }
      w.escaped(UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
      return true
    }
    if copied != true { w.escaped(span.slice(of: text)) }
  }

  /// Whether `i` is the end of `bytes` or a byte that is not a UTF-8 continuation byte.
  private static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    i == bytes.count || bytes[i] & 0xC0 != 0x80
  }
}

extension EventRecord {
  /// Appends the line of `EventRecord(event: event, text: text)` to `out` (no trailing newline)
  /// without making the record. With `articleID`, the line is the one of `event` with `article`
  /// set to `articleID` and `id` and `part_of` prefixed by `articleID#`, as `sitrep extract`
  /// writes it.
  public static func appendJSONLine(
    of event: Event, text: String, articleID: String? = nil, to out: inout [UInt8]
  ) {
    EventLineWriter.append(EventLineView(event: event, text: text, articleID: articleID), to: &out)
  }
}
