import EventExtraction

/// An event flattened into named text columns: ACLED's names where a field has an ACLED
/// meaning, then Sitrep's own. Shared by the CSV and Markdown exports.
public enum EventColumns {
  /// ACLED's column names, in ACLED's order.
  public static let acled = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
  ]
  /// Sitrep's own columns, after ACLED's. `merge` names the merge group (its first event):
  /// rows that share it are reports of one incident, to be counted once.
  public static let sitrep = [
    "killed_low", "killed_high", "scope", "part_of", "status", "tags", "evidence", "merge",
  ]
  /// Every column, in export order.
  public static let names = acled + sitrep

  /// The event's values, one per name in ``names``; empty text for an unknown value.
  ///
  /// - Parameters:
  ///   - event: the event (its current values are exported).
  ///   - session: for the article's outlet and the evidence text.
  public static func values(_ event: SessionEvent, in session: Session) -> [String] {
    let e = event.current
    let article = session.article(e.article)
    let place = e.place
    let evidenceText = article.map { e.evidence.span.slice(of: $0.text) } ?? ""
    let notes = ([evidenceText] + event.notes).filter { !$0.isEmpty }.joined(separator: " | ")
    let source = [article?.outlet, e.source].compactMap { $0 }.filter { !$0.isEmpty }
    return [
      e.id,
      e.date.map { $0.start.description } ?? "",
      e.date.map { String($0.start.year) } ?? "",
      e.date.map { String(timePrecision($0)) } ?? "",
      e.type.acled?.eventType ?? "",
      e.type.acled?.subEventType ?? "",
      e.actors.first ?? "",
      e.actors.count > 1 ? e.actors[1] : (e.target ?? ""),
      place?.country ?? "",
      place?.admin1 ?? "",
      place?.name ?? "",
      place?.latitude.map { coordinate($0) } ?? "",
      place?.longitude.map { coordinate($0) } ?? "",
      place.map { String(geoPrecision($0.precision)) } ?? "",
      source.joined(separator: "; "),
      notes,
      String(fatalities(e.killed)),
      e.killed?.low.map(String.init) ?? "",
      e.killed?.high.map(String.init) ?? "",
      e.scope.rawValue,
      e.partOf ?? "",
      event.status.rawValue,
      event.tags.joined(separator: ";"),
      e.article.isEmpty ? "" : "\(e.article):\(e.evidence.span.start)-\(e.evidence.span.end)",
      event.merge ?? "",
    ]
  }

  /// ACLED's fatality figure: the lowest stated figure (the conservative rule); 0 when none.
  public static func fatalities(_ killed: Casualties?) -> Int {
    guard let killed else { return 0 }
    return killed.low ?? killed.best ?? killed.high ?? 0
  }

  /// ACLED's time precision: 1 the day is known, 2 the week, 3 a month or longer.
  public static func timePrecision(_ date: EventDate) -> Int {
    switch date.precision {
    case .day: return 1
    case .week: return 2
    case .month, .year: return 3
    case .range:
      let days = date.end.ordinal - date.start.ordinal
      return days == 0 ? 1 : days < 7 ? 2 : 3
    }
  }

  /// ACLED's geo precision: 1 the town itself, 2 a part of a region near it, 3 a larger region.
  public static func geoPrecision(_ precision: PlacePrecision) -> Int {
    switch precision {
    case .neighbourhood, .city: return 1
    case .district: return 2
    case .province, .country, .region: return 3
    }
  }

  /// A coordinate with at most 5 decimals (about a metre), without trailing zeros.
  static func coordinate(_ value: Double) -> String {
    let rounded = (value * 100_000).rounded() / 100_000
    var text = String(rounded)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}
