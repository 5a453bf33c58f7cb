extension Session {
  /// Ids of articles whose embedded text no longer matches its SHA-256 (edited outside Sitrep),
  /// in article order. Their evidence spans may point at the wrong words.
  public var articlesWithChangedText: [String] {
    articles.filter { ArticleText.sha256($0.text) != $0.sha256 }.map(\.id)
  }
}
