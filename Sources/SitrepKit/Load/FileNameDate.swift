import EventExtraction

/// The date a file's name carries, for an article whose text states none.
///
/// Archives and scrapers name files by publication day (`ap-2014-02-13-aleppo.txt`,
/// `2016_05_01 voa.md`). The text is better evidence, so this date is used only when the
/// extractor found no date in the text, and the article says where it came from.
enum FileNameDate {
  /// The first `YYYY-MM-DD` (or `YYYY_MM_DD`) in `name` that is a real day from 1900 to 2099,
  /// standing apart from other digits; nil when there is none.
  static func day(in name: String) -> Day? {
    let b = Array(name.utf8)
    guard b.count >= 10 else { return nil }
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
    for i in 0...(b.count - 10) {
      let separator = b[i + 4]
      guard separator == 0x2D || separator == 0x5F, b[i + 7] == separator,
        !isDigit(i - 1), !isDigit(i + 10),
        (0..<4).allSatisfy({ isDigit(i + $0) }), isDigit(i + 5), isDigit(i + 6),
        isDigit(i + 8), isDigit(i + 9)
      else { continue }
      let text = String(decoding: b[i..<(i + 10)], as: UTF8.self)
      guard let day = Day(iso: text.replacingOccurrences(of: "_", with: "-")),
        (1900...2099).contains(day.year)
      else { continue }
      return day
    }
    return nil
  }

  /// `input` with the date of the file `name` as its fallback: used when the text gives no
  /// date, so relative dates ("Thursday", "this month") resolve against it.
  static func dated(_ input: ArticleInput, name: String) -> ArticleInput {
    guard input.date == nil, let day = day(in: name) else { return input }
    var dated = input
    dated.fallbackDate = day
    dated.fallbackNote = "from the file name '\(name)'"
    return dated
  }
}
