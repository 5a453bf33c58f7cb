/// A date phrase as written, kept so an event's date can be resolved again when the article
/// date becomes known or changes ("Saturday" means nothing until then).
public struct DateExpression: Sendable, Hashable, Codable {
  /// What the phrase says, relative to the article date where it is relative.
  public enum Kind: String, Sendable, Hashable, Codable {
    case day  // "April 29, 2016", "29 April 2016": `start`
    case range  // explicit start and end days
    case month  // "in April": `month` (and `year` when written)
    case weekday  // "Saturday": the latest such day on or before the article date
    case since  // "since April 22" / "since Friday": `start` or `weekday` .. article date
    case monthToDate  // "so far this month"
    case lastWeek  // "last week", "this past week"
    case into  // "into Monday": article date .. the next such `weekday`
    case daysFrom  // "for three days as of Thursday": `weekday` .. + `count` days
    case articleDay  // no phrase: the article's own date
  }

  public var kind: Kind
  /// The words of the phrase ("since April 22"); empty for `articleDay`.
  public var raw: String
  public var start: Day?
  public var end: Day?
  public var month: Int?
  public var year: Int?
  public var weekday: Int?
  public var count: Int?
  /// The day of `month` when the phrase gave no year ("April 22"): the year comes from the
  /// article date.
  public var dayOfMonth: Int?

  public init(
    kind: Kind, raw: String, start: Day? = nil, end: Day? = nil, month: Int? = nil,
    year: Int? = nil, weekday: Int? = nil, count: Int? = nil, dayOfMonth: Int? = nil
  ) {
    self.dayOfMonth = dayOfMonth
    self.kind = kind
    self.raw = raw
    self.start = start
    self.end = end
    self.month = month
    self.year = year
    self.weekday = weekday
    self.count = count
  }

  /// The event date this phrase denotes given the article date; nil when it depends on an
  /// article date that is unknown.
  public func resolve(articleDate: Day?) -> EventDate? {
    let start = self.start ?? yearless(articleDate)
    switch kind {
    case .day:
      return start.map(EventDate.on)
    case .range:
      guard let start, let end else { return nil }
      return EventDate(start: start, end: end, precision: .range)
    case .month:
      guard let month,
        let y = year ?? articleDate.map({ a in a.month >= month ? a.year : a.year - 1 })
      else { return nil }
      return EventDate(
        start: Day(year: y, month: month, day: 1),
        end: Day(year: y, month: month, day: Day.daysIn(month: month, year: y)), precision: .month)
    case .weekday:
      guard let a = articleDate, let w = weekday else { return nil }
      return .on(Self.latest(w, onOrBefore: a))
    case .since:
      guard let a = articleDate else { return nil }
      let from = start ?? weekday.map { Self.latest($0, onOrBefore: a.adding(days: -1)) }
      guard let from, from <= a else { return nil }
      return EventDate(start: from, end: a, precision: .range)
    case .monthToDate:
      guard let a = articleDate else { return nil }
      return EventDate(start: Day(year: a.year, month: a.month, day: 1), end: a, precision: .range)
    case .lastWeek:
      guard let a = articleDate else { return nil }
      let monday = a.adding(days: -a.weekday - 7)
      return EventDate(start: monday, end: monday.adding(days: 6), precision: .week)
    case .into:
      guard let a = articleDate, let w = weekday else { return nil }
      let ahead = (w - a.weekday + 7) % 7
      return EventDate(start: a, end: a.adding(days: ahead == 0 ? 7 : ahead), precision: .range)
    case .daysFrom:
      guard let a = articleDate, let w = weekday, let n = count else { return nil }
      let from = Self.latest(w, onOrBefore: a)
      return EventDate(start: from, end: from.adding(days: n), precision: .range)
    case .articleDay:
      return articleDate.map(EventDate.on)
    }
  }

  /// "April 22" placed in the article's year (or the year before, if it would be later).
  private func yearless(_ articleDate: Day?) -> Day? {
    guard let a = articleDate, let m = month, let d = dayOfMonth,
      d <= Day.daysIn(month: m, year: a.year)
    else { return nil }
    let day = Day(year: a.year, month: m, day: d)
    return day <= a
      ? day : Day(year: a.year - 1, month: m, day: min(d, Day.daysIn(month: m, year: a.year - 1)))
  }

  /// The latest day with weekday `w` (0 = Monday) on or before `day`.
  static func latest(_ w: Int, onOrBefore day: Day) -> Day {
    day.adding(days: -((day.weekday - w + 7) % 7))
  }
}
