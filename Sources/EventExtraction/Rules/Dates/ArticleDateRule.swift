/// Works out an article's own date when it was not given.
///
/// A block that is only a date ("May 1, 2016", "Published: May 1, 2016") states it. Otherwise
/// the date is inferred from the latest explicit date in the text plus a later weekday the
/// article reports on ("said Sunday"): the first such weekday on or after that date.
public struct ArticleDateRule: Sendable {
  public init() {}

  private static let reportingVerbs: WordSet = [
    "said", "says", "reported", "announced", "told", "warned", "stated", "added", "claimed",
  ]

  /// The article date from its sentences (already split), or ``ArticleDate/unknown``.
  public func articleDate(sentences: [(Sentence, [Word])]) -> ArticleDate {
    let rule = DateRule()
    return articleDate(count: sentences.count) { n in
      (sentences[n].0, sentences[n].1, rule.mentions(in: sentences[n].1))
    }
  }

  /// ``articleDate(sentences:)`` over sentences the extractor has read: their date mentions
  /// (``DateRule``'s, already found) are not looked for again.
  func articleDate(read sentences: [ArticleSentence]) -> ArticleDate {
    articleDate(count: sentences.count) { n in
      (sentences[n].sentence, sentences[n].words, sentences[n].dates)
    }
  }

  /// The article date from `count` sentences, `sentence(n)` giving the `n`th one's text, words
  /// and date mentions.
  private func articleDate(
    count: Int, sentence: (Int) -> (Sentence, [Word], [DateMention])
  ) -> ArticleDate {
    var latest: Day? = nil
    var weekdays: [Int] = []
    for n in 0..<count {
      let (sentence, words, mentions) = sentence(n)
      for m in mentions {
        if m.expression.kind == .day, let d = m.expression.start {
          // A block that is nothing but a date states the article's date.
          let rest = words.filter {
            $0.isWord && !["published", "updated", "posted", "on"].contains($0.lower)
          }
          if rest.count <= 4 && m.first <= 2 && sentence.text.count < 40 {
            return ArticleDate(day: d, basis: .stated, note: "stated: '\(sentence.text)'")
          }
          latest = max(latest ?? d, d)
        }
        if m.expression.kind == .weekday, let wd = m.expression.weekday,
          Self.isReported(words, around: m.first)
        {
          weekdays.append(wd)
        }
      }
    }
    guard let base = latest else { return .unknown }
    guard let wd = weekdays.first else {
      return ArticleDate(
        day: base, basis: .inferred,
        note:
          "latest explicit date \(base) (\(DateWords.weekdayNames[base.weekday])); no later weekday"
      )
    }
    let ahead = (wd - base.weekday + 7) % 7
    let day = base.adding(days: ahead)
    return ArticleDate(
      day: day, basis: .inferred,
      note: "latest explicit date \(base) (\(DateWords.weekdayNames[base.weekday])) + "
        + "'\(DateWords.weekdayNames[wd])' → \(day)")
  }

  /// Whether a weekday at `index` sits next to a reporting verb ("said Sunday", "Sunday said").
  private static func isReported(_ words: [Word], around index: Int) -> Bool {
    let lo = max(0, index - 2)
    let hi = min(words.count, index + 3)
    return words[lo..<hi].contains { reportingVerbs.contains($0) }
  }
}
