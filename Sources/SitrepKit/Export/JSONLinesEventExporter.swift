import EventExtraction
import Foundation

/// One event in the `sitrep extract` JSON Lines format (issue 3, docs/session-format.md), plus
/// the analyst's `status` and `tags`. Absent values are left out.
///
/// The extractor branch's own `EventRecord` was not on main when this was written; this encoder
/// follows the field list of issue 3's interfaces.
public struct EventRecord: Sendable, Hashable, Encodable {
  public struct ACLEDType: Sendable, Hashable, Encodable {
    public var eventType: String
    public var subEventType: String
    enum CodingKeys: String, CodingKey {
      case eventType = "event_type"
      case subEventType = "sub_event_type"
    }
  }

  public struct Figure: Sendable, Hashable, Encodable {
    public var low: Int?
    public var best: Int?
    public var high: Int?
    public var qualifier: String
    public var victims: String?
  }

  public struct Span: Sendable, Hashable, Encodable {
    public var start: Int
    public var end: Int
    public var text: String
  }

  public struct When: Sendable, Hashable, Encodable {
    public var start: String
    public var end: String
    public var precision: String
  }

  public var article: String
  public var id: String
  public var type: String
  public var acled: ACLEDType?
  public var cameo: String?
  public var killed: Figure?
  public var injured: Figure?
  public var place: Place?
  public var date: When?
  public var actors: [String]
  public var target: String?
  public var source: String?
  public var scope: String
  public var partOf: String?
  public var evidence: Span
  public var rule: String
  public var status: String?
  public var tags: [String]?

  enum CodingKeys: String, CodingKey {
    case article, id, type, acled, cameo, killed, injured, place, date, actors, target, source
    case scope, evidence, rule, status, tags
    case partOf = "part_of"
  }

  /// The record of an event; `text` is its article's text, for the evidence.
  public init(_ e: Event, text: String, status: EventStatus? = nil, tags: [String]? = nil) {
    article = e.article
    id = e.id
    type = e.type.rawValue
    acled = e.type.acled.map { ACLEDType(eventType: $0.eventType, subEventType: $0.subEventType) }
    cameo = e.type.cameo
    killed = e.killed.map(EventRecord.figure)
    injured = e.injured.map(EventRecord.figure)
    place = e.place
    date = e.date.map {
      When(start: $0.start.description, end: $0.end.description, precision: $0.precision.rawValue)
    }
    actors = e.actors
    target = e.target
    source = e.source
    scope = e.scope.rawValue
    partOf = e.partOf
    evidence = Span(
      start: e.evidence.span.start, end: e.evidence.span.end, text: e.evidence.span.slice(of: text))
    rule = e.rule
    self.status = status?.rawValue
    self.tags = tags
  }

  static func figure(_ c: Casualties) -> Figure {
    Figure(
      low: c.low, best: c.best, high: c.high, qualifier: c.qualifier.rawValue, victims: c.victims)
  }
}

/// Events as JSON Lines, one ``EventRecord`` per line with sorted keys, for pandas, R and DuckDB.
public enum JSONLinesEventExporter {
  /// - Returns: one line per event, each ended by `\n`.
  public static func export(_ events: [SessionEvent], in session: Session) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = ""
    for event in events {
      let text = session.article(event.current.article)?.text ?? ""
      let record = EventRecord(event.current, text: text, status: event.status, tags: event.tags)
      guard let data = try? encoder.encode(record) else { continue }
      out += String(decoding: data, as: UTF8.self) + "\n"
    }
    return out
  }
}
