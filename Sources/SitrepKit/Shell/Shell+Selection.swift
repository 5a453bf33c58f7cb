import EventExtraction
import QueryLanguage

/// Which events a query selects, as indices into the session: through the query index's columns
/// when the `where` compiles to them (``ColumnFilter``), else each event evaluated in place (no
/// event is copied to be tested). Tallies, counts, listings, named sets and bulk edits all
/// select here.
extension Shell {
  /// The events a query over `events` or a named set selects, in session order; nil when an
  /// order or a limit takes part (in the query or a set it names), and the events must be
  /// selected in that order (``selectEvents(_:depth:matched:)``).
  mutating func selectedIndices(_ query: ListQuery, depth: Int = 0) throws(Diagnostic) -> [Int]? {
    guard query.limit == nil, query.sort.isEmpty else { return nil }
    var base: [Int]?
    switch query.subject {
    case .events: base = nil
    case .articles: return nil
    case .named(let name):
      let inner = try namedSetQuery(name, range: query.subjectRange, depth: depth)
      guard let indices = try selectedIndices(inner, depth: depth + 1) else { return nil }
      base = indices
    }
    guard let filter = query.filter else { return base ?? Array(session.events.indices) }
    try checkFields(filter, articles: false)
    if let test = columnTest(filter) {
      return base?.filter(test) ?? (0..<session.events.count).filter(test)
    }
    guard let base else { return evaluating(filter) }
    let evaluator = ExpressionEvaluator(session: session)
    return session.events.withUnsafeBufferPointer { events in
      base.filter { evaluator.matches(events, $0, filter) }
    }
  }

  /// The query a named set stands for.
  func namedSetQuery(_ name: String, range: SourceRange, depth: Int) throws(Diagnostic) -> ListQuery {
    guard let text = session.sets[name] else {
      let known = session.sets.keys.sorted() + ["events", "articles"]
      let hint = closestMatch(to: name, in: known)
      throw .error(
        "unknown set '\(name)'" + (hint.map { "; did you mean '\($0)'?" } ?? "; define it first with 'let \(name) = events where ...'"),
        at: range, hint: hint.map { "did you mean '\($0)'?" })
    }
    guard depth < 16 else { throw .error("set '\(name)' is defined in terms of itself", at: range) }
    guard case .success(let statement) = Parser.parse(text, setNames: Set(session.sets.keys)),
      case .list(let query) = statement.command
    else { throw .error("set '\(name)' no longer parses; define it again with 'let'", at: range) }
    return query
  }

  /// The events of the session a listing's `where` selects, read from the query index's
  /// columns (only the first `limit` when no order is asked for); nil when the query is not
  /// over all events, or the columns do not serve.
  ///
  /// With a limit and no order, when a column would have to be built first, the first
  /// ``probedEvents`` events are evaluated before it is: the first matches of a common value
  /// are usually among them, and then the listing takes milliseconds instead of a column's read
  /// of every event.
  mutating func columnMatches(_ query: ListQuery) -> [Int]? {
    guard case .events = query.subject, let filter = query.filter,
      (try? checkFields(filter, articles: false)) != nil
    else { return nil }
    var found: [Int] = []
    var start = 0
    if query.sort.isEmpty, let limit = query.limit, let index = queryIndex, index.isCurrent(for: session),
      ColumnFilter.buildsColumns(filter, index: index)
    {
      let probed = min(session.events.count, Shell.probedEvents)
      found = evaluating(filter, limit: limit, in: 0..<probed)
      if found.count == limit || probed == session.events.count { return found }
      start = probed
    }
    guard let test = columnTest(filter) else { return nil }
    guard query.sort.isEmpty, let limit = query.limit else { return (0..<session.events.count).filter(test) }
    for i in start..<session.events.count where test(i) {
      found.append(i)
      if found.count == limit { break }
    }
    return found
  }

  /// How many events a listing with a limit evaluates before it builds a value column.
  static let probedEvents = 20_000

  /// The test of `filter` on the kept query index's columns (the index is taken out while value
  /// columns are added, so no column is copied); nil when the index is not current or the
  /// condition does not compile.
  private mutating func columnTest(_ filter: Condition) -> ((Int) -> Bool)? {
    guard var index = queryIndex, index.isCurrent(for: session) else { return nil }
    queryIndex = nil
    defer { queryIndex = index }
    return ColumnFilter.compile(filter, index: &index, session: session)
  }

  /// The indices of the events `filter` selects, each event evaluated in place; the first
  /// `limit` of them when a limit is given; only events in `range` when one is given.
  func evaluating(_ filter: Condition, limit: Int? = nil, in range: Range<Int>? = nil) -> [Int] {
    let evaluator = ExpressionEvaluator(session: session)
    var found: [Int] = []
    // Through the buffer: `session.events[i]` would copy each event to hand it over.
    session.events.withUnsafeBufferPointer { events in
      for i in range ?? events.indices where evaluator.matches(events, i, filter) {
        found.append(i)
        if found.count == limit { break }
      }
    }
    return found
  }
}
