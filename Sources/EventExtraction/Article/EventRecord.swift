/// One line of `sitrep extract` output: an ``Event`` in the documented JSON Lines format
/// (docs/extract-format.md), keys in a stable order.
public struct EventRecord: Sendable, Hashable, Codable {
  public struct Acled: Sendable, Hashable, Codable {
    public var eventType: String
    public var subEventType: String

    enum CodingKeys: String, CodingKey {
      case eventType = "event_type"
      case subEventType = "sub_event_type"
    }
  }

  public struct Count: Sendable, Hashable, Codable {
    public var low: Int?
    public var best: Int?
    public var high: Int?
    public var qualifier: String
    public var victims: String?
    /// Shares inside the figure ("including 143 children"): group → count.
    public var parts: [CasualtyPart]
  }

  public struct PlaceRecord: Sendable, Hashable, Codable {
    public var raw: String
    public var name: String
    public var precision: String
    public var admin1: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var basis: String?
  }

  public struct DateRecord: Sendable, Hashable, Codable {
    public var start: String
    public var end: String
    public var precision: String
  }

  public struct EvidenceRecord: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
  }

  public var article: String
  public var id: String
  public var type: String
  public var acled: Acled?
  public var cameo: String?
  public var killed: Count?
  public var injured: Count?
  public var place: PlaceRecord?
  public var date: DateRecord?
  public var actors: [String]
  public var target: String?
  public var source: String?
  public var scope: String
  public var partOf: String?
  public var evidence: EvidenceRecord
  public var rule: String

  enum CodingKeys: String, CodingKey {
    case article, id, type, acled, cameo, killed, injured, place, date, actors, target, source
    case scope, evidence, rule
    case partOf = "part_of"
  }

  /// The record of `event`, quoting its evidence from the article's original `text`.
  public init(event e: Event, text: String) {
    article = e.article
    id = e.id
    type = e.type.rawValue
    acled = e.type.acled.map { Acled(eventType: $0.eventType, subEventType: $0.subEventType) }
    cameo = e.type.cameo
    func count(_ c: Casualties?) -> Count? {
      c.map {
        Count(
          low: $0.low, best: $0.best, high: $0.high, qualifier: $0.qualifier.rawValue,
          victims: $0.victims, parts: $0.parts)
      }
    }
    killed = count(e.killed)
    injured = count(e.injured)
    place = e.place.map {
      PlaceRecord(
        raw: $0.raw, name: $0.name, precision: $0.precision.rawValue, admin1: $0.admin1,
        country: $0.country, latitude: $0.latitude, longitude: $0.longitude, basis: $0.basis)
    }
    date = e.date.map {
      DateRecord(
        start: $0.start.description, end: $0.end.description, precision: $0.precision.rawValue)
    }
    actors = e.actors
    target = e.target
    source = e.source
    scope = e.scope.rawValue
    partOf = e.partOf
    evidence = EvidenceRecord(
      start: e.evidence.span.start, end: e.evidence.span.end, text: e.evidence.span.slice(of: text))
    rule = e.rule
  }

  /// The record as one line of JSON, keys in the documented order, no trailing newline.
  public func jsonLine() -> String {
    var bytes: [UInt8] = []
    appendJSONLine(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``jsonLine()``'s bytes to `out` without making a `String` (no trailing newline).
  public func appendJSONLine(to out: inout [UInt8]) {
    EventLineWriter.append(self, to: &out)
  }
}
