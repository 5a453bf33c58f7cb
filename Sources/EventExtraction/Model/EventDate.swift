/// How precisely an event's date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
  case day, week, month, year, range
}

/// When an event happened: a closed interval of days and how precisely it is known.
public struct EventDate: Sendable, Hashable, Codable {
  public var start: Day
  public var end: Day
  public var precision: DatePrecision

  public init(start: Day, end: Day, precision: DatePrecision) {
    self.start = start
    self.end = end
    self.precision = precision
  }

  public static func on(_ day: Day) -> EventDate {
    EventDate(start: day, end: day, precision: .day)
  }
}

/// Where an article's own date came from.
public enum DateBasis: String, Sendable, Hashable, Codable {
  case stated  // written in the text or given with the article
  case inferred  // from the latest explicit date plus weekday mentions
  case analyst  // set by hand
  case unknown
}

/// An article's publication date, if known, and how it was obtained.
public struct ArticleDate: Sendable, Hashable, Codable {
  public var day: Day?
  public var basis: DateBasis
  /// A sentence of explanation ("latest explicit date April 29, 2016 (Friday) + 'Sunday'").
  public var note: String?

  public init(day: Day?, basis: DateBasis, note: String? = nil) {
    self.day = day
    self.basis = basis
    self.note = note
  }

  public static let unknown = ArticleDate(day: nil, basis: .unknown)
}
