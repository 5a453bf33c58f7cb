/// The kinds of value a field holds, for checking comparisons before they run.
public enum FieldKind: String, Sendable, Hashable {
  case number, text, date, list
}

/// Every field a query can name, over events and articles.
public enum QueryField: String, Sendable, Hashable, CaseIterable {
  case id, article, type
  case acledType = "acled.type"
  case acledSubtype = "acled.subtype"
  case cameo, killed
  case killedLow = "killed.low"
  case killedHigh = "killed.high"
  case injured
  case injuredLow = "injured.low"
  case injuredHigh = "injured.high"
  case victims, place, admin1, country, date, week, month, year, actor, target, source, scope
  case status, tags, tag, note, rule
  case partOf = "part_of"
  case title, outlet, words, events

  public var kind: FieldKind {
    switch self {
    case .killed, .killedLow, .killedHigh, .injured, .injuredLow, .injuredHigh, .words, .events:
      .number
    case .date, .week, .month, .year: .date
    case .tags, .tag: .list
    default: .text
    }
  }

  /// Whether the field belongs to articles (true) rather than events.
  public var isArticleField: Bool {
    switch self {
    case .id, .title, .date, .month, .year, .source, .outlet, .words, .events: true
    default: false
    }
  }

  public var isEventField: Bool {
    switch self {
    case .title, .outlet, .words, .events: false
    default: true
    }
  }

  /// Spellings accepted besides the canonical name.
  public static let aliases: [String: QueryField] = [
    "acled.event_type": .acledType, "acled.sub_event_type": .acledSubtype,
    "acled.subtype": .acledSubtype, "partof": .partOf, "location": .place, "fatalities": .killed,
    "wounded": .injured, "actors": .actor,
  ]

  /// The field spelt `name` (canonical or alias, any case).
  public init?(name: String) {
    let key = name.lowercased()
    if let field = QueryField(rawValue: key) ?? QueryField.aliases[key] {
      self = field
    } else {
      return nil
    }
  }
}
