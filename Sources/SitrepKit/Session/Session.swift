import EventExtraction

/// How figures of events merged as one incident are reconciled.
public enum ReconciliationPolicy: String, Sendable, Hashable, Codable, CaseIterable {
  /// The lowest figure (ACLED's rule). The default.
  case conservative
  /// The best estimate (UCDP's rule).
  case best
  /// Low to high over every source (Iraq Body Count's style).
  case range
}

/// How the shell prints results.
public enum OutputFormat: String, Sendable, Hashable, Codable, CaseIterable {
  case table, csv, json, markdown
}

/// Settings saved with a session.
public struct SessionSettings: Sendable, Hashable, Codable {
  public var policy: ReconciliationPolicy = .conservative
  public var output: OutputFormat = .table
  public init() {}
}

/// Everything an analyst has loaded and decided: articles, events, settings and named sets.
public struct Session: Sendable, Hashable {
  public var articles: [Article] = []
  public var events: [SessionEvent] = []
  public var settings = SessionSettings()
  /// Named event sets from `let`, kept as the query text that defines them.
  public var sets: [String: String] = [:]
  /// Who has worked on the session.
  public var analysts: [String] = []
  var nextArticle = 1
  var nextEvent = 1

  public init() {}

  public func article(_ id: String) -> Article? { articles.first { $0.id == id } }

  public func articleIndex(_ id: String) -> Int? { articles.firstIndex { $0.id == id } }

  public func eventIndex(_ id: String) -> Int? { events.firstIndex { $0.id == id } }

  public func event(_ id: String) -> SessionEvent? { eventIndex(id).map { events[$0] } }

  /// Adds an article and its extracted events under fresh session ids.
  ///
  /// - Returns: the new article's id.
  @discardableResult
  public mutating func add(article: Article, extraction: ArticleExtraction) -> String {
    var article = article
    article.id = "a\(nextArticle)"
    nextArticle += 1
    var idMap: [String: String] = [:]
    for event in extraction.events {
      idMap[event.id] = "e\(nextEvent)"
      nextEvent += 1
    }
    for var event in extraction.events {
      event.id = idMap[event.id] ?? event.id
      event.article = article.id
      event.partOf = event.partOf.flatMap { idMap[$0] }
      events.append(SessionEvent(extracted: event))
    }
    articles.append(article)
    return article.id
  }

  /// Events of one article, in extraction order.
  public func events(of articleID: String) -> [SessionEvent] {
    events.filter { $0.current.article == articleID }
  }
}
