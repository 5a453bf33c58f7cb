/// A span of calendar days named by a date literal: `2016-04-29`, `2016-04`, `2016`.
///
/// Kept as year/month/day triples so the language module needs no calendar library; days are
/// compared as `(year, month, day)` tuples.
public struct DatePeriod: Sendable, Hashable, CustomStringConvertible {
  public struct YMD: Sendable, Hashable, Comparable {
    public var year: Int, month: Int, day: Int
    public init(_ year: Int, _ month: Int, _ day: Int) {
      self.year = year
      self.month = month
      self.day = day
    }
    public static func < (a: YMD, b: YMD) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
  }

  public var start: YMD
  public var end: YMD
  public var description: String

  public init(start: YMD, end: YMD, description: String) {
    self.start = start
    self.end = end
    self.description = description
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Why a word that looks like a date is not one.
  public enum Problem: Error, Equatable {
    case noSuchMonth(Int)
    case noSuchDay(Int, month: Int)
  }

  /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the word is not shaped like a date,
  /// a ``Problem`` when it is shaped like one that does not exist.
  public static func parse(_ word: String) throws(Problem) -> DatePeriod? {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      parts.dropFirst().allSatisfy({ $0.count == 2 }), let year = Int(parts[0])
    else { return nil }
    if parts.count == 1 {
      return DatePeriod(start: YMD(year, 1, 1), end: YMD(year, 12, 31), description: word)
    }
    let month = Int(parts[1]) ?? 0
    guard (1...12).contains(month) else { throw .noSuchMonth(month) }
    let last = daysIn(month: month, year: year)
    if parts.count == 2 {
      return DatePeriod(start: YMD(year, month, 1), end: YMD(year, month, last), description: word)
    }
    let day = Int(parts[2]) ?? 0
    guard (1...last).contains(day) else { throw .noSuchDay(day, month: month) }
    return DatePeriod(start: YMD(year, month, day), end: YMD(year, month, day), description: word)
  }
}
