/// A date phrase found in a sentence, with its sentence-local span.
public struct DateMention: Sendable, Hashable {
  public var expression: DateExpression
  /// Word indexes `first..<end`.
  public var first: Int
  public var end: Int
  public var span: TextSpan
  public var rule: String
}

/// Reads date phrases: explicit dates ("April 29, 2016", "29 April 2016", "On 27 December
/// 2022"), months ("in April"), weekdays ("Saturday"), running periods ("since April 22", "since
/// Friday", "so far this month", "last week") and extensions ("into Monday", "for three days as
/// of Thursday").
public struct DateRule: Sendable {
  public init() {}

  private static let smallNumbers: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "another": 1, "a": 1,
  ]

  /// Prepositions before a bare month ("in March"), as a set: an array literal in the test
  /// was an array allocated at each month read. ``ProtestRule`` reads them too.
  static let monthPrepositionWords = ["in", "during", "throughout", "of"]
  private static let monthPrepositions = WordSet(monthPrepositionWords)
  /// The words a date phrase can start with, besides numbers: the lead words of ``mention(_:at:)``
  /// and the month and weekday names ``explicitOrWeekday(_:at:)`` reads.
  private static let starts = WordSet(
    ["since", "so", "last", "past", "this", "into", "for"] + DateWords.names)

  /// Every date phrase in a sentence's words, left to right, without overlaps.
  public func mentions(in words: [Word]) -> [DateMention] {
    var result: [DateMention] = []
    let starts = Self.starts  // read once: each read of a `static let` calls `swift_once`
    var i = 0
    while i < words.count {
      // The start test of ``mention(_:at:)`` first: most words start no date.
      if starts.contains(words[i]) || Self.isNumber(words[i]), let m = mention(words, at: i) {
        result.append(m)
        i = m.end
      } else {
        i += 1
      }
    }
    return result
  }

  /// Whether a word starts with a digit, as every word `Int(_:)` reads does.
  private static func isNumber(_ word: Word) -> Bool {
    word.startsWithDigit
  }

  private func make(
    _ words: [Word], _ first: Int, _ end: Int, _ e: DateExpression.Kind, rule: String,
    configure: (inout DateExpression) -> Void
  ) -> DateMention {
    let span = TextSpan(start: words[first].start, end: words[end - 1].end)
    var expression = DateExpression(
      kind: e, raw: Word.spacedText(words[first..<end]))
    configure(&expression)
    return DateMention(expression: expression, first: first, end: end, span: span, rule: rule)
  }

  private func mention(_ w: [Word], at i: Int) -> DateMention? {
    // Whether a date phrase can start with the word (a lead word, month, weekday or number),
    // read in place: passing `w[i]` to a helper copied the word.
    guard Self.starts.contains(w[i]) || Self.isNumber(w[i]) else { return nil }
    let lower = w[i].lower
    func at(_ k: Int) -> String { k < w.count ? w[k].lower : "" }
    if lower == "since", let inner = explicitOrWeekday(w, at: i + 1) {
      return make(w, i, inner.end, .since, rule: "date.since") {
        $0.start = inner.day
        $0.weekday = inner.weekday
        $0.month = inner.month
        $0.dayOfMonth = inner.dayOfMonth
        if inner.day == nil && inner.weekday == nil && inner.dayOfMonth == nil {
          $0.kind = .month
          $0.year = inner.year
        }
      }
    }
    if lower == "so", at(i + 1) == "far", at(i + 2) == "this", at(i + 3) == "month" {
      return make(w, i, i + 4, .monthToDate, rule: "date.month-to-date") { _ in }
    }
    if (lower == "last" || lower == "past") && at(i + 1) == "week" {
      return make(w, i, i + 2, .lastWeek, rule: "date.last-week") { _ in }
    }
    if lower == "this", at(i + 1) == "past", at(i + 2) == "week" {
      return make(w, i, i + 3, .lastWeek, rule: "date.last-week") { _ in }
    }
    if lower == "into", let wd = DateWords.weekday(at(i + 1)) {
      return make(w, i, i + 2, .into, rule: "date.into") { $0.weekday = wd }
    }
    if lower == "for", let n = Int(at(i + 1)) ?? Self.smallNumbers[at(i + 1)],
      at(i + 2) == "days" || at(i + 2) == "day", at(i + 3) == "as", at(i + 4) == "of",
      let wd = DateWords.weekday(at(i + 5))
    {
      return make(w, i, i + 6, .daysFrom, rule: "date.days-from") {
        $0.count = n
        $0.weekday = wd
      }
    }
    if let inner = explicitOrWeekday(w, at: i) {
      if inner.day != nil || inner.dayOfMonth != nil {
        return make(w, i, inner.end, .day, rule: "date.explicit") {
          $0.start = inner.day
          $0.month = inner.month
          $0.dayOfMonth = inner.dayOfMonth
        }
      }
      if let wd = inner.weekday {
        return make(w, i, inner.end, .weekday, rule: "date.weekday") { $0.weekday = wd }
      }
      if let month = inner.month, i > 0,
        Self.monthPrepositions.contains(w[i - 1])
          || inner.year != nil
      {
        return make(w, i, inner.end, .month, rule: "date.month") {
          $0.month = month
          $0.year = inner.year
        }
      }
    }
    return nil
  }

  private struct Inner {
    var end: Int
    var day: Day?
    var weekday: Int?
    var month: Int?
    var year: Int?
    var dayOfMonth: Int?

    /// Drops a day that does not exist (February 30).
    func validated(_ d: Int) -> Inner {
      if year == nil { return self }
      guard let m = month, let y = year, d <= Day.daysIn(month: m, year: y) else {
        var copy = self
        copy.day = nil
        return copy
      }
      return self
    }
  }

  /// An explicit date, a month (with optional year) or a weekday starting at word `i`.
  private func explicitOrWeekday(_ w: [Word], at i: Int) -> Inner? {
    guard i < w.count else { return nil }
    if let wd = DateWords.weekday(w, i), w[i].isCapitalized {
      // "Friday April 29, 2016" reads as the explicit date.
      if let inner = explicitOrWeekday(w, at: i + 1), inner.day != nil { return inner }
      if i + 1 < w.count, w[i + 1].text == ",", let inner = explicitOrWeekday(w, at: i + 2),
        inner.day != nil
      {
        return inner
      }
      return Inner(end: i + 1, weekday: wd)
    }
    func number(_ k: Int) -> Int? { k < w.count ? Int(w[k].text) : nil }
    func year(_ k: Int) -> Int? { number(k).flatMap { (1900...2100).contains($0) ? $0 : nil } }
    // Month d[, yyyy] / Month yyyy
    if w[i].isCapitalized, let m = DateWords.month(w, i),
      w[i].lower != "may" || number(i + 1) != nil
    {
      if let d = number(i + 1), (1...31).contains(d) {
        var end = i + 2
        var y: Int? = nil
        if end < w.count, w[end].text == ",", let yy = year(end + 1) {
          y = yy
          end += 2
        } else if let yy = year(end) {
          y = yy
          end += 1
        }
        return Inner(
          end: end, day: y.map { Day(year: $0, month: m, day: d) }, month: m, year: y,
          dayOfMonth: y == nil ? d : nil
        ).validated(d)
      }
      if let y = year(i + 1) { return Inner(end: i + 2, month: m, year: y) }
      return Inner(end: i + 1, month: m)
    }
    // d Month[ yyyy]
    if let d = number(i), (1...31).contains(d), i + 1 < w.count, w[i + 1].isCapitalized,
      let m = DateWords.month(w, i + 1)
    {
      if let y = year(i + 2) {
        return Inner(end: i + 3, day: Day(year: y, month: m, day: d), month: m, year: y).validated(
          d)
      }
      return Inner(end: i + 2, month: m, dayOfMonth: d)
    }
    return nil
  }
}
