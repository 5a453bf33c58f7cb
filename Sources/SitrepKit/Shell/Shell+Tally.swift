import EventExtraction
import QueryLanguage

extension Shell {
  mutating func tally(_ query: TallyQuery, console: inout some Console) throws(Diagnostic) {
    var result = try tallied(query)
    if result.rows.isEmpty, let filter = query.filter { result.notes += unknownValueNotes(in: filter) }
    lastTally = result
    let data = session.settings.output == .csv || session.settings.output == .json
    var table = Shell.table(of: result, page: session.settings.output == .table, dataNames: data)
    if session.settings.output == .table { table = Shell.narrowed(table, width: context.width) }
    emit(table, console: &console)
    // CSV and JSON carry the rows alone, rows that may be added up; the arithmetic and the
    // reported totals (never to be added to them) go beside them as notes, as the table and
    // Markdown print them under it. 'export tally' writes both into one file.
    if session.settings.output == .csv || session.settings.output == .json {
      for note in table.notes { console.report(note + "\n") }
    }
  }

  /// The tally `query` asks for, over the session's query columns (kept for the next query);
  /// what `tally` shows and `export tally` writes.
  mutating func tallied(_ query: TallyQuery) throws(Diagnostic) -> TallyResult {
    for key in query.keys where !Shell.tallyKeys.contains(key.field) {
      let names = Shell.tallyKeys.map(\.rawValue)
      throw .error(
        "cannot tally by '\(key.field.rawValue)'", at: key.range,
        hint: "keys: " + names.joined(separator: ", "))
    }
    for key in query.sortKeys.map(\.field) where !query.keys.contains(where: { $0.field == key.field }) {
      let keys = query.keys.map(\.field.rawValue)
      throw .error(
        "cannot sort this tally by '\(key.field.rawValue)': it is not one of its keys", at: key.range,
        hint: keys.isEmpty ? "add 'by \(key.field.rawValue)'" : "its keys: " + keys.joined(separator: ", "))
    }
    // The columns made current first: the selection reads them, then the tally adds to them.
    queryIndex = currentQueryIndex()
    let selection = try tallySelection(query)
    var index = currentQueryIndex()
    var result = TallyEngine(session: session).tally(query, index: &index, selection: selection)
    queryIndex = index
    if !query.sortKeys.isEmpty { result.rows = Shell.sorted(result.rows, by: query) }
    // `limit N` counts the rows a table shows: a tally of figures shows the rows with a figure,
    // and its rows with none stay for the note that counts them (and for exports).
    if let limit = query.limit {
      let shown = Shell.rowsShown(in: result)
      if shown.count > limit {
        result.notes.append("limit \(limit): the first \(limit) of \(shown.count) rows")
        let cut = Set(shown[limit...].map(\.key))
        result.rows.removeAll { cut.contains($0.key) }
      }
    }
    return result
  }

  /// The session's query columns, reused until the session changes (the cached copy is
  /// released so the caller holds the only reference and can add key columns in place).
  mutating func currentQueryIndex() -> TallyIndex {
    if let index = queryIndex, index.isCurrent(for: session) {
      queryIndex = nil
      return index
    }
    queryIndex = nil
    return TallyIndex(session: session)
  }

  /// Starts building the query index on another thread (``IndexBuild``) when the session is
  /// large enough for its first tally to keep the analyst waiting.
  mutating func startIndexBuild() {
    indexBuild = nil
    guard session.events.count >= backgroundIndexMinimum, session.events.count > 0 else { return }
    indexBuild = IndexBuild(session: session)
  }

  /// Waits for an index being built (before any statement, so no edit shares the events with
  /// its thread) and keeps it when it still describes the session.
  mutating func settleIndexBuild() {
    guard let build = indexBuild else { return }
    indexBuild = nil
    let index = build.index()
    if index.isCurrent(for: session) { queryIndex = index }
  }

  /// The events a tally counts, as indices in order without rejected ones; nil for all of them.
  /// Read through the query index's columns when they serve (``selectedIndices(_:depth:)``),
  /// else from the selected events.
  mutating func tallySelection(_ query: TallyQuery) throws(Diagnostic) -> [Int32]? {
    if case .events = query.subject, query.filter == nil { return nil }
    let list = ListQuery(
      subject: query.subject, subjectRange: query.keys.first?.range ?? Shell.nowhere, filter: query.filter)
    guard let indices = try selectedIndices(list) else {
      // A set with an order or a limit: its events in its own order.
      return try selectEvents(list).compactMap { event in
        event.status == .rejected ? nil : session.eventIndex(event.id).map(Int32.init)
      }
    }
    // The index is current here (``tallied(_:)`` made it so); each event's status otherwise.
    let rejected = queryIndex?.rejected
    return indices.compactMap { i in
      (rejected?[i] ?? (session.events[i].status == .rejected)) ? nil : Int32(i)
    }
  }

  static let tallyKeys: [QueryField] = [
    .place, .admin1, .country, .type, .acledType, .actor, .source, .date, .week, .month, .year,
    .article, .tag, .tags, .status, .scope,
  ]

  static let nowhere = SourceLocation(line: 1, column: 1)..<SourceLocation(line: 1, column: 1)

  /// A tally as a table: key columns, one column per measure (killed and injured with their
  /// low and high), then the arithmetic and the reported totals as notes.
  ///
  /// - Parameters:
  ///   - page: show at most ``pageSize`` rows and reported totals, saying how many more there
  ///     are (for the terminal: a million events can have a hundred thousand of each).
  ///   - dataNames: name the columns as `export tally` does (`killed_incidents`, `killed_low`),
  ///     for CSV and JSON output read by other programs, not as a reader's `killed.low`.
  static func table(of result: TallyResult, page: Bool = false, dataNames: Bool = false) -> Table {
    var columns = result.query.keys.map { Table.Column($0.field.rawValue) }
    if columns.isEmpty { columns = [Table.Column("all")] }
    for measure in result.query.measures {
      switch measure {
      case .events, .articles: columns.append(.init(measure.rawValue, alignRight: true))
      case .killed, .injured:
        // A reader's `killed.low`; programs get the names `export tally` writes.
        func name(_ part: String) -> String {
          dataNames ? TallyExporter.columnName(measure, part) : "\(measure.rawValue).\(part)"
        }
        columns.append(.init(measure.rawValue, alignRight: true))
        columns.append(.init(dataNames ? name("incidents") : "incidents", alignRight: true))
        for bound in ["low", "best", "high"] { columns.append(.init(name(bound), alignRight: true)) }
      }
    }
    let shown = rowsShown(in: result)
    let rowsCut = page ? max(0, shown.count - pageSize) : 0
    let rows = shown.prefix(shown.count - rowsCut).map { row -> [Cell] in
      var cells: [Cell] = row.key.isEmpty ? [.text("all")] : row.key.map { .text($0) }
      for measure in result.query.measures {
        switch measure {
        case .events: cells.append(.number(row.events))
        case .articles: cells.append(.number(row.articles.count))
        case .killed, .injured:
          let sum = measure == .killed ? row.killed : row.injured
          // No figure is not a figure of 0: a high of 0 would claim a bound nobody reported.
          guard sum.count > 0 else {
            cells += [.empty, .number(0), .empty, .empty, .empty]
            continue
          }
          cells += [.text(sum.display), .number(sum.count), .number(sum.low), .number(sum.best), sum.high.map { .number($0) } ?? .text("open")]
        }
      }
      return cells
    }
    var notes = result.notes
    if rows.isEmpty { notes.insert("(no incidents with figures)", at: 0) }
    if rowsCut > 0 {
      notes.append("… \(rowsCut) more rows not shown; 'output csv' or 'export tally' for all")
    }
    if shown.count < result.rows.count {
      let n = result.rows.count - shown.count
      notes.append("\(groups(n, of: result.query.keys.map(\.field))) with no figure not shown (tally events to see them)")
    }
    let measuresFigures = result.query.measures.contains(.killed) || result.query.measures.contains(.injured)
    if measuresFigures, !result.reported.isEmpty {
      notes.append("reported totals (running or area totals, never added to the rows above):")
      // `limit N` shows N reported totals too: a short table under fifty lines of totals
      // scrolls off the screen.
      let shownTotals = min(pageSize, result.query.limit ?? pageSize)
      let totalsCut = page ? max(0, result.reported.count - shownTotals) : 0
      for r in result.reported.prefix(result.reported.count - totalsCut) {
        notes.append("  \(r.figure) killed — \(r.place), \(r.period), \(r.source) (\(r.event))")
      }
      if totalsCut > 0 {
        notes.append("  … \(totalsCut) more reported totals not shown; 'output csv' or 'export tally' for all")
      }
    }
    return Table(columns: columns, rows: rows, notes: notes)
  }

  /// `table` without its `.low`, `.best` and `.high` columns when it is wider than `width`:
  /// cutting cells to fit would cut the figure ("at least…"), which says all three.
  static func narrowed(_ table: Table, width: Int) -> Table {
    guard TableRenderer.naturalWidth(of: table) > width else { return table }
    let all = Array(table.columns.indices)
    let bounds = [".low", ".best", ".high"]
    let keep = all.filter { i in !bounds.contains { table.columns[i].name.hasSuffix($0) } }
    guard keep.count < all.count else { return table }
    var narrow = Table(
      columns: keep.map { table.columns[$0] },
      rows: table.rows.map { row in keep.map { $0 < row.count ? row[$0] : .empty } },
      notes: table.notes)
    narrow.notes.insert(
      "low, best and high left out to fit the screen ('output csv' has them)", at: 0)
    return narrow
  }

  /// The rows a tally's table shows: when it measures only figures (killed, injured), those
  /// with a figure; every row otherwise. Charts draw the same rows.
  static func rowsShown(in result: TallyResult) -> [TallyRow] {
    let figuresOnly = result.query.measures.allSatisfy { $0 == .killed || $0 == .injured }
    return figuresOnly ? result.rows.filter { $0.killed.count + $0.injured.count > 0 } : result.rows
  }

  /// "5 places", "1 month", "3 place, month groups": the rows of a tally by `keys`, counted.
  static func groups(_ n: Int, of keys: [QueryField]) -> String {
    guard keys.count == 1 else {
      return "\(n) \(keys.map(\.rawValue).joined(separator: ", ")) group\(n == 1 ? "" : "s")"
    }
    let one: String
    let many: String
    switch keys[0] {
    case .country: (one, many) = ("country", "countries")
    case .status: (one, many) = ("status", "statuses")
    case .admin1: (one, many) = ("admin1 area", "admin1 areas")
    case .acledType: (one, many) = ("ACLED type", "ACLED types")
    case .tags: (one, many) = ("tag list", "tag lists")
    case let field: (one, many) = (field.rawValue, field.rawValue + "s")
    }
    return "\(n) \(n == 1 ? one : many)"
  }
}
