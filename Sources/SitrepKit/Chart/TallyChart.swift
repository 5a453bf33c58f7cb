import QueryLanguage

/// A tally as a chart: the rows its table shows, each bar worded as the table words its figure.
///
/// Over time (the first key a date, week, month or year) the rows run in time order with the
/// undated `(unknown)` row last; otherwise in the table's order.
struct TallyChart: Sendable {
  var chart: BarChart
  /// Whether the first key is a period, drawn as columns in time order.
  var overTime: Bool

  /// - Parameters:
  ///   - result: the tally, as ``Shell/tallied(_:)`` made it.
  ///   - limit: the most rows to draw (the terminal table's page), taken in the table's order;
  ///     nil for all the rows the table would show.
  init(_ result: TallyResult, limit: Int? = nil) {
    let measure = result.query.measures.first ?? .events
    var rows = Shell.rowsShown(in: result)
    let hidden = result.rows.count - rows.count
    var notes: [String] = []
    if let limit, rows.count > limit {
      notes.append(
        "… \(rows.count - limit) more rows not shown; 'chart to FILE.svg' draws them all")
      rows.removeLast(rows.count - limit)
    }
    if hidden > 0 {
      notes.append(
        "\(Shell.groups(hidden, of: result.query.keys.map(\.field))) with no figure not shown")
    }
    overTime = result.query.keys.first.map { TallyChart.periods.contains($0.field) } ?? false
    if overTime { rows.sort { TallyChart.inTimeOrder($0.key, $1.key) } }
    let figures = rows.map { row -> (Int, String) in
      switch measure {
      case .events: (row.events, String(row.events))
      case .articles: (row.articles.count, String(row.articles.count))
      case .killed: (row.killed.best, TallyChart.wording(row.killed))
      case .injured: (row.injured.best, TallyChart.wording(row.injured))
      }
    }
    let keyNames = result.query.keys.map(\.field.rawValue).joined(separator: ", ")
    let basis =
      measure == .killed || measure == .injured ? "best figures; incidents only" : "incidents only"
    chart = BarChart(
      labels: rows.map { $0.key.isEmpty ? "all" : $0.key.joined(separator: " / ") },
      values: figures.map(\.0), figures: figures.map(\.1),
      title: "\(measure.rawValue) by \(keyNames.isEmpty ? "all" : keyNames) (\(basis))",
      notes: notes)
  }

  /// A figure as the table words it, `no figure` where the table's cell is empty.
  static func wording(_ sum: FigureSum) -> String {
    sum.count == 0 ? "no figure" : sum.display
  }

  static let periods: [QueryField] = [.date, .week, .month, .year]

  /// Keys in time order: each part compared as text (ISO dates sort so), a missing value
  /// (`(unknown)`, `(none)`) after every other.
  static func inTimeOrder(_ a: [String], _ b: [String]) -> Bool {
    for (x, y) in zip(a, b) where x != y {
      let (xMissing, yMissing) = (isMissing(x), isMissing(y))
      if xMissing != yMissing { return yMissing }
      return x < y
    }
    return a.count < b.count
  }

  static func isMissing(_ key: String) -> Bool {
    key == TallyKeys.unknown || key == "(none)"
  }
}
