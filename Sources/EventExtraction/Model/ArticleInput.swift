/// An article as handed to the extractor: its id, its text exactly as loaded, and what is known.
public struct ArticleInput: Sendable, Hashable {
  public var id: String
  public var text: String
  public var title: String?
  /// A date given with the article (a JSON Lines corpus field, or set by the analyst).
  public var date: Day?
  /// The outlet given with the article, if any.
  public var source: String?
  /// A day to date the article by only when its text states none (an archive's file name),
  /// with the note the article date then carries (`from the file name '...'`).
  public var fallbackDate: Day?
  public var fallbackNote = ""

  public init(
    id: String, text: String, title: String? = nil, date: Day? = nil, source: String? = nil
  ) {
    self.id = id
    self.text = text
    self.title = title
    self.date = date
    self.source = source
  }
}

/// What the extractor read from one article.
public struct ArticleExtraction: Sendable, Hashable {
  /// The headline (a short first block that is no caption or dateline), else the title given
  /// with the article, else its lede: the first body sentence, cut at a word to 120 characters
  /// (``Lede``). Nil for an article with neither.
  public var title: String?
  public var date: ArticleDate
  /// The outlet from a dateline like `GENEVA (AP) —`, or the one given with the article.
  public var outlet: String?
  /// The dateline's place (`GENEVA`).
  public var dateline: String?
  /// Events with ids `1`, `2`, ... local to this article; `partOf` uses the same local ids.
  public var events: [Event]

  public init(
    title: String?, date: ArticleDate, outlet: String?, dateline: String?, events: [Event]
  ) {
    self.title = title
    self.date = date
    self.outlet = outlet
    self.dateline = dateline
    self.events = events
  }
}
