import EventExtraction
import Foundation

/// Reads ACLED-format event exports (CSV with ACLED's column names) into events, so an analyst
/// can hold Sitrep's extraction against coded data. Sitrep's own columns (`killed_low`,
/// `killed_high`, `scope`, `part_of`, `tags`), as written by `export events`, are read too.
public enum ACLEDEventImporter {
  /// The rule every imported event carries.
  public static let rule = "import.acled"

  /// What an import produced.
  public struct Result: Sendable, Hashable {
    /// The events, in file order; `id` is ACLED's `event_id_cnty`, `article` is empty, the
    /// evidence an empty span under rule `import.acled`.
    public var events: [Event]
    /// ACLED's `notes` per event id, and Sitrep's `tags` when the file has them.
    public var notes: [String: String]
    public var tags: [String: [String]]
    /// Sitrep's `merge` group per event id, when the file has the column (`export events`).
    public var merges: [String: String] = [:]
    /// Records that could not be read (skipped), by line.
    public var errors: [CorpusReader.LineError]
    /// Whether the progress hook stopped the import: the result is then incomplete.
    public var cancelled = false

    /// The events as session events: status `accepted`, ACLED's notes kept as a note.
    public var sessionEvents: [SessionEvent] {
      events.map { event in
        var e = SessionEvent(extracted: event)
        e.extracted = nil
        e.status = .accepted
        e.notes = notes[event.id].map { [$0] } ?? []
        e.tags = tags[event.id] ?? []
        e.merge = merges[event.id]
        return e
      }
    }
  }

  /// Reads a CSV text.
  ///
  /// A file without `event_id_cnty`, `event_date` and `event_type` columns fails as a whole
  /// (reported on line 1); a record with an unreadable date, number or coordinate is skipped.
  ///
  /// - Parameter progress: told, every 1,000 records, the phase (`reading` the CSV in lines,
  ///   then `importing` its records), how far it has got and of how many; returns false to stop
  ///   (the result is then ``Result/cancelled``).
  public static func events(
    in text: String, progress: (_ phase: String, _ done: Int, _ total: Int) -> Bool = { _, _, _ in true }
  ) -> Result {
    var result = Result(events: [], notes: [:], tags: [:], errors: [])
    guard let table = CSVTable(text: text, progress: { progress("reading", $0, $1) }) else {
      result.errors = [.init(line: 1, message: "no header row")]
      return result
    }
    let missing = ["event_id_cnty", "event_date", "event_type"].filter { table.column($0) == nil }
    guard missing.isEmpty else {
      result.errors = [
        .init(
          line: 1,
          message:
            "not an ACLED export: no \(missing.map { "'\($0)'" }.joined(separator: ", ")) column")
      ]
      return result
    }
    guard table.complete else {
      result.cancelled = true
      return result
    }
    for (n, record) in table.records.enumerated() {
      if n % 1000 == 999, !progress("importing", n + 1, table.records.count) {
        result.cancelled = true
        return result
      }
      switch event(record, table) {
      case .success(let (event, notes, tags)):
        result.events.append(event)
        if let notes { result.notes[event.id] = notes }
        if !tags.isEmpty { result.tags[event.id] = tags }
        if let group = table.value(record, table.column("merge")) {
          result.merges[event.id] = group
        }
      case .failure(let error): result.errors.append(error)
      }
    }
    return result
  }

  private static func event(
    _ record: CSVTable.Record, _ table: CSVTable
  ) -> Swift.Result<(Event, String?, [String]), CorpusReader.LineError> {
    func value(_ name: String) -> String? { table.value(record, table.column(name)) }
    func fail(_ message: String) -> Swift.Result<(Event, String?, [String]), CorpusReader.LineError>
    {
      .failure(.init(line: record.line, message: message))
    }
    func integer(_ name: String) -> Int?? {
      guard let text = value(name) else { return .some(nil) }
      return Int(text).map { .some($0) } ?? .none
    }
    guard let id = value("event_id_cnty") else { return fail("empty 'event_id_cnty'") }
    // An empty date is a date nobody gave (Sitrep exports an undated event so); a date that
    // cannot be read is an error.
    var day: Day?
    if let dateText = value("event_date") {
      guard let read = Self.day(dateText) else {
        return fail("unreadable event_date '\(dateText)' for '\(id)'")
      }
      day = read
    }
    guard let fatalities = integer("fatalities"), let low = integer("killed_low"),
      let high = integer("killed_high")
    else { return fail("fatalities, killed_low and killed_high must be whole numbers for '\(id)'") }
    var coordinates: (Double, Double)?
    if let lat = value("latitude"), let lon = value("longitude") {
      guard let la = Double(lat), let lo = Double(lon), abs(la) <= 90, abs(lo) <= 180 else {
        return fail("unreadable coordinates '\(lat)', '\(lon)' for '\(id)'")
      }
      coordinates = (la, lo)
    }
    let type = eventType(value("event_type") ?? "", value("sub_event_type") ?? "")
    var killed: Casualties?
    if let fatalities {
      killed = .exactly(fatalities)
      if low != nil || high != nil {
        killed = Casualties(
          low: low ?? fatalities, best: fatalities, high: high,
          qualifier: high == nil ? .atLeast : .exact)
      }
    }
    let place = value("location").map { name in
      Place(
        raw: name, name: name, precision: precision(value("geo_precision")),
        admin1: value("admin1"),
        country: value("country"), latitude: coordinates?.0, longitude: coordinates?.1)
    }
    let timePrecision: DatePrecision =
      ["2": .week, "3": .month][value("time_precision") ?? ""] ?? .day
    let event = Event(
      id: id, article: "", type: type, killed: killed, place: place,
      date: day.map { EventDate(start: $0, end: $0, precision: timePrecision) },
      actors: [value("actor1"), value("actor2")].compactMap { $0 }, source: value("source"),
      scope: Scope(rawValue: value("scope") ?? "") ?? .incident, partOf: value("part_of"),
      evidence: Evidence(span: TextSpan(start: 0, end: 0), rule: rule))
    let tags = (value("tags") ?? "").split(separator: ";").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    return .success((event, value("notes"), tags.filter { !$0.isEmpty }))
  }

  /// `2020-01-15` or ACLED's older `15 January 2020`.
  static func day(_ text: String) -> Day? {
    if let day = Day(iso: text) { return day }
    let parts = text.split(separator: " ")
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    guard parts.count == 3, let d = Int(parts[0]), let y = Int(parts[2]),
      let m = months.firstIndex(of: parts[1].lowercased()),
      (1...Day.daysIn(month: m + 1, year: y)).contains(d)
    else { return nil }
    return Day(year: y, month: m + 1, day: d)
  }

  /// Sitrep's type for ACLED's event and sub-event type; `other` when there is none.
  static func eventType(_ eventType: String, _ subEventType: String) -> EventType {
    if let type = bySubEventType[subEventType.lowercased()] { return type }
    return [
      "battles": .armedClash, "explosions/remote violence": .shelling,
      "violence against civilians": .attack, "protests": .protest, "riots": .riot,
    ][eventType.lowercased()] ?? .other
  }

  private static let bySubEventType: [String: EventType] = {
    var map: [String: EventType] = [
      "government regains territory": .territory, "grenade": .remoteExplosive,
      "protest with intervention": .protest, "excessive force against protesters": .protest,
      "disrupted weapons use": .other, "headquarters or base established": .movement,
    ]
    for type in EventType.allCases {
      guard let acled = type.acled else { continue }
      let key = acled.subEventType.lowercased()
      if map[key] == nil { map[key] = type }
    }
    return map
  }()

  private static func precision(_ geoPrecision: String?) -> PlacePrecision {
    switch geoPrecision {
    case "2": .district
    case "3": .province
    default: .city
    }
  }
}
