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
      let matched: [Int]?
      if case .named = query.subject {
        matched = try selectedIndices(ListQuery(subject: query.subject, subjectRange: query.subjectRange, filter: query.filter))
      } else {
        matched = columnMatches(query)
      }
      let events = try selectEvents(query, matched: matched)
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
    if query.subject == .articles {
      n = try selectArticles(query).count
    } else if let indices = try selectedIndices(query) {
      // Counted from indices: no event is copied.
      n = indices.count
    } else {
      n = try selectEvents(query).count
    }
    console.write("\(n)\n")
    // The count stays alone on standard output, for scripts that read it.
    if n == 0, query.subject != .articles, let filter = query.filter {
      for note in unknownValueNotes(in: filter) { console.report(note + "\n") }
    }
  }

  mutating func define(
    _ name: Argument, _ query: ListQuery, command: String, console: inout some Console
  ) throws(Diagnostic) {
    guard query.subject != .articles else {
      throw .error("'let' names event sets; 'articles' cannot be named", at: query.subjectRange)
    }
    let count: Int
    if let indices = try selectedIndices(query) {
      count = indices.count
    } else {
      count = try selectEvents(query).count
    }
    var transaction = Transaction(session: session)
    let definition = command.split(separator: "=", maxSplits: 1).last.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    transaction.defineSet(name.text, as: definition)
    commit(transaction, command: command)
    acknowledge("\(name.text): \(count) event\(count == 1 ? "" : "s")\n", console: &console)
  }

  /// The events a query selects, filtered, sorted and limited.
  ///
  /// - Parameter matched: the indices of the events the subject and filter select, in session
  ///   order, when the caller has them (``selectedIndices(_:depth:)``, ``columnMatches(_:)``).
  func selectEvents(_ query: ListQuery, depth: Int = 0, matched: [Int]? = nil) throws(Diagnostic) -> [SessionEvent] {
    var events: [SessionEvent]
    if let matched {
      let limit = query.sort.isEmpty ? query.limit : nil
      events = matched.prefix(limit ?? matched.count).map { session.events[$0] }
    } else if case .events = query.subject, let filter = query.filter {
      // Matched in place: only the events selected are copied, and with no order asked for the
      // search stops at the limit.
      try checkFields(filter, articles: false)
      events = evaluating(filter, limit: query.sort.isEmpty ? query.limit : nil).map { session.events[$0] }
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
        SortOrder.precedes(query.sort.map { (a.value(of: $0.field.field, in: session), b.value(of: $0.field.field, in: session), $0.descending) })
      }
    }
    if let limit = query.limit { events = Array(events.prefix(limit)) }
    return events
  }

  func selectArticles(_ query: ListQuery) throws(Diagnostic) -> [Article] {
    var articles: [Article]
    if let filter = query.filter {
      try checkFields(filter, articles: true)
      // Events per article are counted only when the condition asks for them, and with no
      // order asked for the search stops at the limit.
      let evaluator = ExpressionEvaluator(session: session, articles: Shell.reads(.events, filter))
      let limit = query.sort.isEmpty ? query.limit : nil
      articles = []
      for article in session.articles where evaluator.matches(article, filter) {
        articles.append(article)
        if articles.count == limit { break }
      }
    } else {
      articles = session.articles
    }
    for key in query.sort + query.select.map({ SortKey(field: $0, descending: false) })
    where !key.field.field.isArticleField {
      throw .error("articles have no field '\(key.field.field.rawValue)'", at: key.field.range,
        hint: "article fields: id, title, date, source, words, events")
    }
    if !query.sort.isEmpty {
      articles.sort { a, b in
        SortOrder.precedes(query.sort.map { (a.value(of: $0.field.field, in: session), b.value(of: $0.field.field, in: session), $0.descending) })
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
      let query = try namedSetQuery(name, range: range, depth: depth)
      return try selectEvents(query, depth: depth + 1)
    }
  }

  /// Whether `condition` reads `field` anywhere.
  static func reads(_ field: QueryField, _ condition: Condition) -> Bool {
    switch condition {
    case .and(let a, let b), .or(let a, let b): reads(field, a) || reads(field, b)
    case .not(let a): reads(field, a)
    case .comparison(let f, _, _), .membership(let f, _), .missing(let f, _): f.field == field
    case .hasTag: field == .tags || field == .tag
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
}
