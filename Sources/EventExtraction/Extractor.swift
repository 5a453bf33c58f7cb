/// Reads an article and proposes its events, the way an ACLED or UCDP coder would.
///
/// Pure and deterministic: one article's events depend on that article alone, so corpora can be
/// split across cores or machines.
public struct Extractor: Sendable {
  public init() {}

  /// Extracts the events of one article.
  public func extract(_ article: ArticleInput) -> ArticleExtraction {
    ArticleExtraction(
      title: article.title, date: ArticleDate(day: article.date, basis: article.date == nil ? .unknown : .stated),
      outlet: article.source, dateline: nil, events: [])
  }
}
