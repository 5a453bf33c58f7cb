import EventExtraction
import QueryLanguage

/// A session's events as columns, built once per session revision, so tallies loop over small
/// integers instead of copying events and hashing strings.
///
/// Column `i` of every array is event `i` of the session. Key columns (place, month, actor, ...)
/// are built the first time a tally asks for them and kept with the index.
struct TallyIndex: Sendable {
  /// A figure's low, best and high, with `Int.min` for a bound that is not stated.
  struct Figure: Sendable {
    static let none = Int.min
    var low = Figure.none
    var best = Figure.none
    var high = Figure.none
    /// Whether the event has the figure at all (it may still state no number).
    var present = false

    init() {}

    init(_ c: Casualties?) {
      guard let c else { return }
      present = true
      low = c.low ?? Figure.none
      best = c.best ?? Figure.none
      high = c.high ?? Figure.none
    }
  }

  /// The revision of the session the columns were read from.
  var revision: SessionRevision
  let count: Int
  var rejected: [Bool]
  var aggregate: [Bool]
  /// Interned article id of each event (ids of `session.articles` first, in their order).
  var article: [Int32]
  var articleNames: [String]
  /// Whether article ids are unique, so interned article `a` is `session.articles[a]`.
  var articlesUnique: Bool
  /// Whether each article's events are one contiguous run in session order, so distinct
  /// articles per group can be counted by remembering the last one.
  var articlesContiguous: Bool
  /// Interned merge group of each event, -1 when it is not merged.
  var merge: [Int32]
  var mergeNames: [String]
  /// The events that are merged, in session order.
  var merged: [Int32]
  /// The index of the event named by `part_of`: -1 when there is none, -2 when it names no event.
  var partOf: [Int32]
  var hasParts: Bool
  var killed: [Figure]
  var injured: [Figure]
  /// Key columns built so far.
  var keys: [QueryField: KeyColumn] = [:]
  /// Value columns built so far, for `where` conditions (``ColumnFilter``).
  var values: [QueryField: ValueColumn] = [:]
  /// The reported totals of unmerged aggregate events, made when a tally first lists them, and
  /// where each event's is (-1: not made yet; empty until the first).
  var reportedTotals: [ReportedTotal] = []
  var reportedSlot: [Int32] = []
  /// The reported totals of a tally over every event, under the policy they were reconciled
  /// with: they do not depend on the keys, and at a million events there are some 290,000.
  var everyReported: (policy: ReconciliationPolicy, totals: [ReportedTotal])?
  /// Event indices grouped by article (`byArticle[start[a]..<start[a + 1]]`), built for `find`.
  var eventsByArticle: (start: [Int32], events: [Int32])?

  init(session: Session) {
    revision = session.revision
    let events = session.events
    count = events.count
    // Fields are read in place: `events.map { ... }` would copy every event.
    rejected = []
    aggregate = []
    killed = []
    injured = []
    rejected.reserveCapacity(count)
    aggregate.reserveCapacity(count)
    killed.reserveCapacity(count)
    injured.reserveCapacity(count)
    for i in events.indices {
      rejected.append(events[i].status == .rejected)
      aggregate.append(events[i].current.scope == .aggregate)
      killed.append(Figure(events[i].current.killed))
      injured.append(Figure(events[i].current.injured))
    }

    var articleIDs: [String: Int32] = [:]
    articleIDs.reserveCapacity(session.articles.count)
    articleNames = []
    for a in session.articles where articleIDs[a.id] == nil {
      articleIDs[a.id] = Int32(articleNames.count)
      articleNames.append(a.id)
    }
    articlesUnique = articleNames.count == session.articles.count
    article = []
    article.reserveCapacity(count)
    var last: (String, Int32)?
    var seen = [Bool](repeating: false, count: articleNames.count)
    var contiguous = true
    for i in events.indices {
      let name = events[i].current.article
      if let (lastName, id) = last, lastName == name {
        article.append(id)
        continue
      }
      let id: Int32
      if let known = articleIDs[name] {
        id = known
      } else {
        id = Int32(articleNames.count)
        articleIDs[name] = id
        articleNames.append(name)
        seen.append(false)
      }
      if seen[Int(id)] { contiguous = false }
      seen[Int(id)] = true
      article.append(id)
      last = (name, id)
    }
    articlesContiguous = contiguous

    var groups: [String: Int32] = [:]
    mergeNames = []
    merge = [Int32](repeating: -1, count: count)
    merged = []
    partOf = [Int32](repeating: -1, count: count)
    hasParts = false
    for i in events.indices {
      if let group = events[i].merge {
        if let id = groups[group] {
          merge[i] = id
        } else {
          merge[i] = Int32(mergeNames.count)
          groups[group] = merge[i]
          mergeNames.append(group)
        }
        merged.append(Int32(i))
      }
      if let whole = events[i].current.partOf {
        hasParts = true
        partOf[i] = session.eventIndex(whole).map(Int32.init) ?? -2
      }
    }
  }

  /// Whether the index still describes `session`.
  func isCurrent(for session: Session) -> Bool { revision.isSame(as: session.revision) }

  /// Builds the key columns `fields` need that are not built yet.
  mutating func prepareKeys(_ fields: [QueryField], session: Session) {
    for field in fields where keys[field] == nil {
      keys[field] = KeyColumn(field: field, session: session, articles: article, names: articleNames)
    }
  }

  /// The value column of `field`, built on first use; nil for a field without one
  /// (``ValueColumn/fields``).
  mutating func valueColumn(_ field: QueryField, session: Session) -> ValueColumn? {
    guard ValueColumn.fields.contains(field) else { return nil }
    if let built = values[field] { return built }
    let column = ValueColumn(
      field: field, session: session,
      articles: articlesUnique ? (article, articleNames.count) : nil)
    values[field] = column
    return column
  }

  /// Event indices grouped by article, built on first use.
  mutating func eventsGroupedByArticle() -> (start: [Int32], events: [Int32]) {
    if let built = eventsByArticle { return built }
    var start = [Int32](repeating: 0, count: articleNames.count + 1)
    for a in article { start[Int(a) + 1] += 1 }
    for a in 0..<articleNames.count { start[a + 1] += start[a] }
    var next = start
    var grouped = [Int32](repeating: 0, count: count)
    for i in 0..<count {
      let a = Int(article[i])
      grouped[Int(next[a])] = Int32(i)
      next[a] += 1
    }
    eventsByArticle = (start, grouped)
    return (start, grouped)
  }
}
