import EventExtraction

extension Shell {
  /// An event field as `show` words it, by its evidence key (``evidenceKey(_:)``): `killed` is
  /// "at least 5 people", a date range gives its precision. Nil when the field has no value.
  static func fieldText(_ key: String, of e: Event) -> String? {
    switch key {
    case "type": e.type.rawValue
    case "killed": e.killed.map { $0.display + ($0.victims.map { " \($0)" } ?? "") + parts($0) }
    case "injured": e.injured.map { $0.display + ($0.victims.map { " \($0)" } ?? "") }
    case "place": e.place.map(describe)
    case "date":
      e.date.map { d in
        d.start == d.end ? "\(d.start)" : "\(d.start)..\(d.end) (\(d.precision.rawValue))"
      }
    case "actors": e.actors.isEmpty ? nil : e.actors.joined(separator: ", ")
    case "target": e.target
    case "source": e.source
    case "scope": e.scope.rawValue
    case "part_of": e.partOf
    default: nil
    }
  }

  /// How a field the analyst changed reads now and as extracted, for `show` and `why`; nil when
  /// it is as the extractor read it (or the event was added by hand).
  static func setByHand(_ key: String, of event: SessionEvent) -> (now: String, extracted: String)? {
    guard let extracted = event.extracted else { return nil }
    let now = fieldText(key, of: event.current)
    let was = fieldText(key, of: extracted)
    guard let now, now != was else { return nil }
    return (now, was ?? "none")
  }
}
