import EventExtraction
import Foundation
import QueryLanguage

extension Shell {
  static let defaultEventColumns: [QueryField] = [
    .id, .article, .type, .date, .place, .killed, .injured, .scope, .status,
  ]
  static let defaultArticleColumns: [QueryField] = [.id, .title, .date, .words, .events]
  /// Rows a table shows before it says how many it left out.
  static let pageSize = 50

  mutating func list(_ query: ListQuery, console: inout some Console) throws(Diagnostic) {
    if query.subject == .articles {
      let articles = try selectArticles(query)
      let fields = query.select.isEmpty ? Shell.defaultArticleColumns : query.select.map(\.field)
      let counts = session.eventCounts()
      let rows = articles.map { a in fields.map { a.value(of: $0, in: session, eventCounts: counts).cell } }
      emit(paged(table(fields, rows), limit: query.limit), console: &console)
    } else {
      let events = try selectEvents(query, matched: columnMatches(query))
      let fields = query.select.isEmpty ? Shell.defaultEventColumns : query.select.map(\.field)
      // Cells only for the rows a paged table shows.
      let shown = pages(events.count, limit: query.limit) ? events.prefix(Shell.pageSize) : events[...]
      let rows = shown.map { e in fields.map { f in cell(e, f) } }
      var result = paged(table(fields, rows), limit: query.limit, total: events.count)
      if events.isEmpty, let filter = query.filter { result.notes += unknownValueNotes(in: filter) }
      emit(result, console: &console)
    }
  }

  mutating func count(_ query: ListQuery, console: inout some Console) throws(Diagnostic) {
    let n: Int
    if case .events = query.subject, query.sort.isEmpty, query.limit == nil {
      // Counted in place: no event is copied.
      if let filter = query.filter {
        try checkFields(filter, articles: false)
        n = matchingKept(filter).count
      } else {
        n = session.events.count
      }
    } else {
      n = query.subject == .articles ? try selectArticles(query).count : try selectEvents(query).count
    }
    console.write("\(n)\n")
  }

  mutating func define(
    _ name: Argument, _ query: ListQuery, command: String, console: inout some Console
  ) throws(Diagnostic) {
    guard query.subject != .articles else {
      throw .error("'let' names event sets; 'articles' cannot be named", at: query.subjectRange)
    }
    let events = try selectEvents(query)
    var transaction = Transaction(session: session)
    let definition = command.split(separator: "=", maxSplits: 1).last.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    transaction.defineSet(name.text, as: definition)
    commit(transaction, command: command)
    console.write("\(name.text): \(events.count) event\(events.count == 1 ? "" : "s")\n")
  }

  /// The events a query selects, filtered, sorted and limited.
  ///
  /// - Parameter matched: the indices of the session's events the filter selects, when the
  ///   caller has read them from the query index (``columnMatches(_:)``).
  func selectEvents(_ query: ListQuery, depth: Int = 0, matched: [Int]? = nil) throws(Diagnostic) -> [SessionEvent] {
    var events: [SessionEvent]
    if case .events = query.subject, let filter = query.filter {
      // Matched in place: only the events selected are copied, and with no order asked for the
      // search stops at the limit.
      try checkFields(filter, articles: false)
      let limit = query.sort.isEmpty ? query.limit : nil
      let indices = matched ?? evaluating(filter, limit: limit)
      events = indices.prefix(limit ?? indices.count).map { session.events[$0] }
    } else {
      events = try subjectEvents(query.subject, range: query.subjectRange, depth: depth)
      if let filter = query.filter {
        try checkFields(filter, articles: false)
        let evaluator = ExpressionEvaluator(session: session)
        events = events.filter { evaluator.matches($0, filter) }
      }
    }
    if !query.sort.isEmpty {
      events.sort { a, b in
        Shell.precedes(query.sort.map { (a.value(of: $0.field.field, in: session), b.value(of: $0.field.field, in: session), $0.descending) })
      }
    }
    if let limit = query.limit { events = Array(events.prefix(limit)) }
    return events
  }

  func selectArticles(_ query: ListQuery) throws(Diagnostic) -> [Article] {
    var articles = session.articles
    if let filter = query.filter {
      try checkFields(filter, articles: true)
      let evaluator = ExpressionEvaluator(session: session, articles: true)
      articles = articles.filter { evaluator.matches($0, filter) }
    }
    for key in query.sort + query.select.map({ SortKey(field: $0, descending: false) })
    where !key.field.field.isArticleField {
      throw .error("articles have no field '\(key.field.field.rawValue)'", at: key.field.range,
        hint: "article fields: id, title, date, source, words, events")
    }
    if !query.sort.isEmpty {
      articles.sort { a, b in
        Shell.precedes(query.sort.map { (a.value(of: $0.field.field, in: session), b.value(of: $0.field.field, in: session), $0.descending) })
      }
    }
    if let limit = query.limit { articles = Array(articles.prefix(limit)) }
    return articles
  }

  private func subjectEvents(_ subject: Subject, range: SourceRange, depth: Int) throws(Diagnostic) -> [SessionEvent] {
    switch subject {
    case .events: return session.events
    case .articles: throw .error("expected events here, found 'articles'", at: range)
    case .named(let name):
      guard let text = session.sets[name] else {
        let known = session.sets.keys.sorted() + ["events", "articles"]
        let hint = closestMatch(to: name, in: known)
        throw .error(
          "unknown set '\(name)'" + (hint.map { "; did you mean '\($0)'?" } ?? "; define it first with 'let \(name) = events where ...'"),
          at: range, hint: hint.map { "did you mean '\($0)'?" })
      }
      guard depth < 16 else { throw .error("set '\(name)' is defined in terms of itself", at: range) }
      guard case .success(let statement) = Parser.parse(text), case .list(let query) = statement.command
      else { throw .error("set '\(name)' no longer parses; define it again with 'let'", at: range) }
      return try selectEvents(query, depth: depth + 1)
    }
  }

  func checkFields(_ expression: Condition, articles: Bool) throws(Diagnostic) {
    switch expression {
    case .and(let a, let b), .or(let a, let b):
      try checkFields(a, articles: articles)
      try checkFields(b, articles: articles)
    case .not(let a): try checkFields(a, articles: articles)
    case .comparison(let f, _, _), .membership(let f, _), .missing(let f, _):
      if articles, !f.field.isArticleField {
        throw .error("articles have no field '\(f.field.rawValue)'", at: f.range,
          hint: "article fields: id, title, date, source, words, events")
      }
      if !articles, !f.field.isEventField {
        throw .error("events have no field '\(f.field.rawValue)'", at: f.range)
      }
    case .hasTag: break
    }
  }

  func cell(_ event: SessionEvent, _ field: QueryField) -> Cell {
    switch field {
    case .killed: return event.current.killed.map { .text($0.display) } ?? .empty
    case .injured: return event.current.injured.map { .text($0.display) } ?? .empty
    default: return event.value(of: field, in: session).cell
    }
  }

  func table(_ fields: [QueryField], _ rows: [[Cell]]) -> Table {
    Table(columns: fields.map { Table.Column($0.rawValue, alignRight: $0.kind == .number) }, rows: rows)
  }

  /// Whether a table of `rows` rows is cut to a page.
  func pages(_ rows: Int, limit: Int?) -> Bool {
    limit == nil && session.settings.output == .table && rows > Shell.pageSize
  }

  /// Cuts long tables in the terminal format, saying how many rows were left out.
  ///
  /// - Parameter total: the rows there are, when `table` holds only the first page of them.
  func paged(_ table: Table, limit: Int?, total: Int? = nil) -> Table {
    var table = table
    if table.rows.isEmpty { table.notes.append("(no rows)") }
    let total = total ?? table.rows.count
    guard pages(total, limit: limit) else { return table }
    let left = total - Shell.pageSize
    table.rows = Array(table.rows.prefix(Shell.pageSize))
    table.notes.append("… \(left) more rows not shown; add 'limit N', or 'output csv' for all")
    return table
  }

  static func precedes(_ keys: [(FieldValue, FieldValue, Bool)]) -> Bool {
    for (a, b, descending) in keys where a != b {
      guard let less = order(a, b) else { continue }
      return descending ? !less : less
    }
    return false
  }

  /// Missing values sort last; numbers by value; days by start; text case-insensitively.
  private static func order(_ a: FieldValue, _ b: FieldValue) -> Bool? {
    switch (a, b) {
    case (.missing, _): return false
    case (_, .missing): return true
    case (.number(let x), .number(let y)): return x < y
    case (.days(let x, _), .days(let y, _)): return x < y
    default: return a.cell.display.lowercased() < b.cell.display.lowercased()
    }
  }
}
