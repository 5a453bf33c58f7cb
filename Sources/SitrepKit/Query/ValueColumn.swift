import Foundation
import EventExtraction
import QueryLanguage

/// One field's query value (``FieldValue``) for every event of a session, interned, so that a
/// `where` condition on the field is decided once per distinct value instead of once per event.
///
/// `where country = Syria` over a million events then compares a few dozen country names and
/// reads a million small integers, where the evaluator would fold the case of a million strings.
/// The values are exactly those ``ExpressionEvaluator`` reads (``SessionEvent/value(of:in:)``),
/// so a test made from them means what the evaluator means.
struct ValueColumn: Sendable {
  /// The fields worth a column: few distinct values over many events. An event's id, note or
  /// target is nearly unique to it, and its column would cost more than reading the events.
  static let fields: Set<QueryField> = [
    .type, .acledType, .acledSubtype, .cameo, .place, .admin1, .country, .date, .week, .month,
    .year, .actor, .source, .scope, .status, .tags, .tag, .rule, .outlet, .article,
  ]

  /// The distinct values, by id.
  var values: [FieldValue] { table.values }
  private var table = InternTable<FieldValue>()
  /// Each event's value id.
  private(set) var ids: [Int32] = []

  /// Sessions at least this large are read on every core: a column over a million events
  /// took 0.08-0.17 s on one.
  static let parallelFrom = 100_000

  /// Reads `field` for every event of `session`, in one slice per worker: by default one per
  /// core from ``parallelFrom`` events, else one. The ids are the same for any number of
  /// slices: each numbers its values in the order it meets them, and they are joined in order.
  ///
  /// - Parameter articles: each event's interned article id and how many there are (the
  ///   index's, when article ids are unique: id `a` below `session.articles.count` is
  ///   `session.articles[a]`). An article's fields are then read once per article, not found
  ///   by a search per event.
  init(
    field: QueryField, session: Session, articles: (ids: [Int32], count: Int)? = nil,
    workers: Int? = nil
  ) {
    let count = session.events.count
    let cores = count < Self.parallelFrom ? 1 : ProcessInfo.processInfo.activeProcessorCount
    let workers = max(1, min(workers ?? cores, count))
    let slices = (0..<workers).map { w in count * w / workers..<count * (w + 1) / workers }
    let read = ParallelMap.map(slices, workers: workers) { range in
      Self.read(field, of: session, in: range, articles: articles)
    }
    ids.reserveCapacity(count)
    for (k, (slice, sliceIDs)) in read.enumerated() {
      if k == 0 {
        table = slice
        table.reserveCapacity(read.reduce(0) { $0 + $1.0.count })
        ids = sliceIDs
        continue
      }
      let global = slice.values.map { table.id(of: $0) }
      for id in sliceIDs { ids.append(global[Int(id)]) }
    }
    table.dropLookup()
  }

  /// The values of `field` for the events in `range`, interned, and each one's id.
  private static func read(
    _ field: QueryField, of session: Session, in range: Range<Int>,
    articles: (ids: [Int32], count: Int)?
  ) -> (InternTable<FieldValue>, [Int32]) {
    var table = InternTable<FieldValue>()
    var ids: [Int32] = []
    ids.reserveCapacity(range.count)
    let events = session.events
    guard let articles, [.article, .outlet, .source].contains(field) else {
      // Each field a constant, so that ``SessionEvent/value(of:in:)`` inlined in ``fill`` reads
      // that one field. With the field known only at run time it copied each 700-byte event to
      // pick one field from it (perf: half the CPU for a date, rule or tag column at 1M).
      switch field {
      case .actor: fill(.actor, events, session, range, &table, &ids)
      case .tags, .tag: fill(.tags, events, session, range, &table, &ids)
      case .rule: fill(.rule, events, session, range, &table, &ids)
      case .date, .week, .month, .year: fill(.date, events, session, range, &table, &ids)
      case .place: fill(.place, events, session, range, &table, &ids)
      case .country: fill(.country, events, session, range, &table, &ids)
      case .admin1: fill(.admin1, events, session, range, &table, &ids)
      case .type: fill(.type, events, session, range, &table, &ids)
      case .status: fill(.status, events, session, range, &table, &ids)
      default: fill(field, events, session, range, &table, &ids)
      }
      return (table, ids)
    }
    // An article's id is its own value: as many values as articles the slice reaches.
    if field == .article { table.reserveCapacity(min(articles.count, range.count)) }
    // The value id of each article's value, -1 until one of its events is read.
    var byArticle = [Int32](repeating: -1, count: articles.count)
    for i in range {
      // An event's own source comes before its article's outlet. Read directly, not through
      // ``SessionEvent/value(of:in:)`` with a field known only at run time (see `read`).
      if field == .source, let own = events[i].current.source {
        ids.append(table.id(of: .text(own)))
        continue
      }
      let a = Int(articles.ids[i])
      if byArticle[a] < 0 {
        let outlet = a < session.articles.count ? session.articles[a].outlet : nil
        let value: FieldValue =
          field == .article ? .text(events[i].current.article) : outlet.map { .text($0) } ?? .missing
        byArticle[a] = table.id(of: value)
      }
      ids.append(byArticle[a])
    }
    return (table, ids)
  }

  /// Appends the value id of `field` for each event in `range`. Its arguments are passed, not
  /// captured: a nested function capturing `table` and `ids` made the columns 2-4x slower.
  @inline(__always)
  private static func fill(
    _ field: QueryField, _ events: [SessionEvent], _ session: Session, _ range: Range<Int>,
    _ table: inout InternTable<FieldValue>, _ ids: inout [Int32]
  ) {
    for i in range { ids.append(table.id(of: events[i].value(of: field, in: session))) }
  }

  /// Reads `field` again for the events at `rows` after an edit; other events keep their ids.
  mutating func update(rows: [Int], field: QueryField, session: Session) {
    for i in rows {
      ids[i] = table.id(of: session.events[i].value(of: field, in: session))
    }
    table.dropLookup()
  }

  /// A test of event `i` that answers `decide(value)` for its value, deciding each distinct
  /// value once.
  func test(_ decide: (FieldValue) -> Bool) -> (Int) -> Bool {
    let answers = values.map(decide)
    let ids = ids
    return { answers[Int(ids[$0])] }
  }

  /// The texts among the values some event has (an edit can leave a value no event has any
  /// more), list items included: what the "no event has" note offers.
  var strings: Set<String> {
    var used = [Bool](repeating: false, count: values.count)
    for id in ids { used[Int(id)] = true }
    var found = Set<String>()
    for (value, isUsed) in zip(values, used) where isUsed {
      switch value {
      case .text(let s): found.insert(s)
      case .list(let items): found.formUnion(items)
      default: break
      }
    }
    return found
  }
}
