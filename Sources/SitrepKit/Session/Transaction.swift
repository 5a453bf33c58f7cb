import EventExtraction

/// Collects the edits one command makes, keeping each entity's value before its first change.
///
/// Commands change the session only through a transaction, so every change is recorded, can be
/// undone, and reaches the journal.
public struct Transaction {
  public private(set) var session: Session
  /// Events changed, as they were before their first change.
  private var eventsBefore: [String: SessionEvent] = [:]
  /// Events that did not exist before (kept apart: an optional event is as large as an event,
  /// and a load adds a million of them).
  private var eventsAdded: Set<String> = []
  /// The events touched, in order, each with where it was in the session when first touched
  /// (where ``edits`` looks first: a search by id for each of a bulk edit's events was most of
  /// its cost).
  private var eventOrder: [(id: String, index: Int)] = []
  /// Events whose marks alone were changed (``updateMarks(at:_:)``), as those marks were: a bulk
  /// `tag` of a million events keeps their marks, not their copies.
  private var marksBefore: [String: EventMarks] = [:]
  private var articlesBefore: [String: Article?] = [:]
  private var articleOrder: [String] = []
  private var settingsBefore: SessionSettings?
  private var setsBefore: [String: String?] = [:]
  private var countersBefore: [Int]?
  private var dictionaryBefore: DictionaryAdditions?

  public mutating func updateDictionary(_ body: (inout DictionaryAdditions) -> Void) {
    if dictionaryBefore == nil { dictionaryBefore = session.dictionary }
    body(&session.dictionary)
  }

  /// The revision of the session the transaction started from.
  public let startRevision: SessionRevision

  public init(session: Session) {
    self.session = session
    startRevision = session.revision
  }

  /// Changes one event in place.
  public mutating func updateEvent(at index: Int, _ body: (inout SessionEvent) -> Void) {
    let id = session.events[index].id
    remember(event: id, at: index, session.events[index])
    body(&session.events[index])
  }

  /// Changes one event's review marks (status, tags, notes, merge) and nothing else.
  public mutating func updateMarks(at index: Int, _ body: (inout EventMarks) -> Void) {
    let id = session.events[index].id
    var marks = EventMarks(session.events[index])
    if eventsBefore[id] == nil, marksBefore[id] == nil, !eventsAdded.contains(id) {
      marksBefore[id] = marks
      eventOrder.append((id, index))
    }
    body(&marks)
    marks.apply(to: &session.events[index])
  }

  public mutating func addEvent(_ event: SessionEvent) {
    remember(event: event.id, at: session.events.count, nil)
    session.events.append(event)
  }

  public mutating func addArticle(_ article: Article) {
    if articlesBefore[article.id] == nil {
      articlesBefore[article.id] = .some(nil)
      articleOrder.append(article.id)
    }
    session.articles.append(article)
  }

  public mutating func updateArticle(at index: Int, _ body: (inout Article) -> Void) {
    let id = session.articles[index].id
    if articlesBefore[id] == nil {
      articlesBefore[id] = .some(session.articles[index])
      articleOrder.append(id)
    }
    body(&session.articles[index])
  }

  public mutating func updateSettings(_ body: (inout SessionSettings) -> Void) {
    if settingsBefore == nil { settingsBefore = session.settings }
    body(&session.settings)
  }

  public mutating func defineSet(_ name: String, as text: String?) {
    if setsBefore[name] == nil { setsBefore[name] = .some(session.sets[name]) }
    session.sets[name] = text
  }

  /// Takes fresh ids (`a4`, `e17`) from the session's counters.
  public mutating func nextIDs(articles: Int, events: Int) -> (article: Int, event: Int) {
    if countersBefore == nil { countersBefore = [session.nextArticle, session.nextEvent] }
    let ids = (session.nextArticle, session.nextEvent)
    session.nextArticle += articles
    session.nextEvent += events
    return ids
  }

  private mutating func remember(event id: String, at index: Int, _ value: SessionEvent?) {
    // Its marks were changed first: the event as it was is the one now with those marks.
    if let marks = marksBefore.removeValue(forKey: id), var original = value {
      marks.apply(to: &original)
      eventsBefore[id] = original
      return
    }
    guard eventsBefore[id] == nil, !eventsAdded.contains(id) else { return }
    if let value { eventsBefore[id] = value } else { eventsAdded.insert(id) }
    eventOrder.append((id, index))
  }

  /// Whether ``edits`` would be non-empty, without making them when something was added.
  public var hasChanges: Bool {
    countersBefore != nil || !eventsAdded.isEmpty || !edits.isEmpty
  }

  /// The edits made, in the order entities were first touched; empty when nothing changed.
  public var edits: [Edit] {
    var edits: [Edit] = []
    edits.reserveCapacity(articleOrder.count + eventOrder.count + setsBefore.count + 3)
    if let before = countersBefore {
      edits.append(.counters(before: before, after: [session.nextArticle, session.nextEvent]))
    }
    for id in articleOrder {
      let before = articlesBefore[id] ?? nil
      let after = session.article(id)
      if before != after { edits.append(.article(before: before, after: after)) }
    }
    for (id, hint) in eventOrder {
      let index = hint < session.events.count && session.events[hint].id == id ? hint : session.eventIndex(id)
      if let marks = marksBefore[id] {
        if let i = index {
          let after = EventMarks(session.events[i])
          if after != marks { edits.append(.marks(id: id, before: marks, after: after)) }
        }
        continue
      }
      let before = eventsBefore[id]
      let after = index.map { session.events[$0] }
      guard before != after else { continue }
      // Only the marks changed (a tag, a rejection, a merge): record the marks alone.
      if let before, let after, before.current == after.current, before.extracted == after.extracted {
        edits.append(.marks(id: id, before: EventMarks(before), after: EventMarks(after)))
      } else {
        edits.append(.event(before: before, after: after))
      }
    }
    if let before = dictionaryBefore, before != session.dictionary {
      edits.append(.dictionary(before: before, after: session.dictionary))
    }
    if let before = settingsBefore, before != session.settings {
      edits.append(.settings(before: before, after: session.settings))
    }
    for (name, before) in setsBefore.sorted(by: { $0.key < $1.key }) where before != session.sets[name] {
      edits.append(.namedSet(name: name, before: before, after: session.sets[name]))
    }
    return edits
  }
}

extension Transaction {
  /// Adds an article and its extracted events under fresh session ids (`a4`, `e17`, ...).
  ///
  /// - Returns: the new article's id.
  @discardableResult
  public mutating func add(article: Article, extraction: ArticleExtraction) -> String {
    let ids = nextIDs(articles: 1, events: extraction.events.count)
    var article = article
    article.id = "a\(ids.article)"
    var idMap: [String: String] = [:]
    for (offset, event) in extraction.events.enumerated() { idMap[event.id] = "e\(ids.event + offset)" }
    addArticle(article)
    for var event in extraction.events {
      event.id = idMap[event.id] ?? event.id
      event.article = article.id
      event.partOf = event.partOf.flatMap { idMap[$0] }
      addEvent(SessionEvent(extracted: event))
    }
    return article.id
  }
}
