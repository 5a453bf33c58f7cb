import EventExtraction
import QueryLanguage

extension TallyEngine {
  /// The same tally as ``tally(_:over:)``, read from columns: no event is copied, groups are
  /// found by integer arithmetic, and strings are made only for the rows of the result.
  ///
  /// - Parameters:
  ///   - index: the session's columns (``TallyIndex``); missing key columns are added to it.
  ///   - selection: the events in scope, in order, without rejected ones; nil for every event
  ///     of the session that is not rejected, in session order.
  func tally(_ query: TallyQuery, index: inout TallyIndex, selection: [Int32]?) -> TallyResult {
    let fields = query.keys.map(\.field)
    index.prepareKeys(fields, session: session)
    let columns = fields.compactMap { index.keys[$0] }
    var strides: [Int] = []
    var product = 1
    for column in columns.reversed() {
      strides.insert(product, at: 0)
      let (next, overflow) = product.multipliedReportingOverflow(by: max(1, column.names.count))
      guard !overflow, columns.count == fields.count else {
        return tally(query, over: (selection ?? Self.unrejected(index)).map { session.events[Int($0)] })
      }
      product = next
    }
    var pass = IndexedPass(index: index, columns: columns, strides: strides, codes: product)
    pass.reconcileMerges(selection, session: session)
    if let selection {
      pass.contiguous = IndexedPass.contiguous(selection, index.article, articles: index.articleNames.count)
      for i in selection { pass.add(Int(i)) }
    } else {
      pass.contiguous = index.articlesContiguous
      for i in 0..<index.count where !index.rejected[i] { pass.add(i) }
    }
    let policy = session.settings.policy
    let reported: [ReportedTotal]
    if selection == nil, let every = index.everyReported, every.policy == policy {
      reported = every.totals
    } else {
      reported = reportedTotals(pass, index: &index)
      if selection == nil { index.everyReported = (policy, reported) }
    }
    return result(query, pass, columns: columns, strides: strides, reported: reported)
  }

  /// The reported totals of a pass, in the straightforward engine's order (aggregates as they
  /// come, then merged ones by group); each unmerged one is made once per index and kept.
  private func reportedTotals(_ pass: IndexedPass, index: inout TallyIndex) -> [ReportedTotal] {
    var reported: [ReportedTotal] = []
    reported.reserveCapacity(pass.reported.count)
    if index.reportedSlot.isEmpty, !pass.reported.isEmpty {
      index.reportedSlot = [Int32](repeating: -1, count: index.count)
    }
    for i in pass.reported {
      if let total = keptReportedTotal(i, index: &index) { reported.append(total) }
    }
    let merged = pass.mergedReported.sorted { pass.mergeName($0.group) < pass.mergeName($1.group) }
    return reported + merged.map { reportedTotal(session.events[$0.event], $0.killed) }
  }

  /// Makes the reported total of every unmerged aggregate with a figure ahead of any tally (as
  /// ``reportedTotals(_:index:)`` would on first use): at a million events, most of a first
  /// tally's time.
  func prepareReportedTotals(_ index: inout TallyIndex) {
    if index.reportedSlot.isEmpty { index.reportedSlot = [Int32](repeating: -1, count: index.count) }
    for i in 0..<index.count where index.aggregate[i] && index.merge[i] < 0 {
      _ = keptReportedTotal(i, index: &index)
    }
  }

  /// Event `i`'s reported total, made on first use and kept in the index; nil without a figure.
  private func keptReportedTotal(_ i: Int, index: inout TallyIndex) -> ReportedTotal? {
    let slot = Int(index.reportedSlot[i])
    if slot >= 0 { return index.reportedTotals[slot] }
    guard let killed = session.events[i].current.killed else { return nil }
    let total = reportedTotal(session.events[i], killed)
    index.reportedSlot[i] = Int32(index.reportedTotals.count)
    index.reportedTotals.append(total)
    return total
  }

  private static func unrejected(_ index: TallyIndex) -> [Int32] {
    (0..<Int32(index.count)).filter { !index.rejected[Int($0)] }
  }

  private func result(
    _ query: TallyQuery, _ pass: IndexedPass, columns: [KeyColumn], strides: [Int], reported: [ReportedTotal]
  ) -> TallyResult {
    let measure = query.measures.first ?? .events
    func value(_ r: Int) -> Int {
      switch measure {
      case .events: pass.rows[r].events
      case .killed: pass.rows[r].killed.best
      case .injured: pass.rows[r].injured.best
      case .articles: pass.rows[r].articles
      }
    }
    // Rows order by the measure, then by each key's alphabetical rank: the ranks in the same
    // strides as the ids make one integer that compares as the key strings do.
    func id(_ code: Int, _ k: Int) -> Int { code / strides[k] % max(1, columns[k].names.count) }
    func rank(_ r: Int) -> Int {
      let code = pass.rows[r].code
      var rank = 0
      for k in columns.indices { rank += Int(columns[k].ranks[id(code, k)]) * strides[k] }
      return rank
    }
    let ranks = columns.indices.reduce(1) { $0 * max(1, columns[$1].names.count) }
    let order = Self.order(rows: pass.rows.count, value: value, rank: rank, ranks: ranks)
    let rows = order.map { r in
      let sums = pass.rows[r]
      var row = TallyRow(key: columns.indices.map { columns[$0].names[id(sums.code, $0)] })
      row.events = sums.events
      row.articles = ArticleCount(count: sums.articles)
      row.killed = sums.killed
      row.injured = sums.injured
      return row
    }
    return TallyResult(
      query: query, rows: rows, reported: reported,
      notes: notes(
        mergedAway: pass.mergedAway, partsSkipped: pass.partsSkipped, spanning: pass.spanning,
        keys: query.keys.map(\.field)))
  }
}

extension TallyEngine {
  /// Rows `0..<rows` ordered by `value`, largest first, then by `rank`, each rank in
  /// `0..<ranks` belonging to one row.
  ///
  /// When values and ranks fit in 32 bits each, every row becomes one 64-bit integer (the value
  /// inverted above the rank) and a plain integer sort orders them: at a hundred thousand rows,
  /// several times faster than sorting tuples through a comparison closure.
  static func order(rows: Int, value: (Int) -> Int, rank: (Int) -> Int, ranks: Int) -> [Int] {
    let values = (0..<rows).map(value)
    guard ranks <= IndexedPass.flatLimit, values.allSatisfy({ (0...Int(Int32.max)).contains($0) })
    else {
      let keys = (0..<rows).map { (value: values[$0], rank: rank($0), row: $0) }
      return keys.sorted { $0.value != $1.value ? $0.value > $1.value : $0.rank < $1.rank }.map(\.row)
    }
    var rowOfRank = [Int32](repeating: -1, count: ranks)
    var packed = [UInt64](repeating: 0, count: rows)
    for r in 0..<rows {
      let k = rank(r)
      rowOfRank[k] = Int32(r)
      packed[r] = UInt64(Int(Int32.max) - values[r]) << 32 | UInt64(k)
    }
    packed.sort()
    return packed.map { Int(rowOfRank[Int($0 & 0xFFFF_FFFF)]) }
  }
}

extension FigureSum {
  /// Adds a figure read from a column (the same arithmetic as ``add(_:)``).
  @inline(__always) mutating func add(_ f: TallyIndex.Figure) {
    let none = TallyIndex.Figure.none
    guard f.present else { return }
    let b = f.best != none ? f.best : f.low != none ? f.low : f.high
    guard b != none else { return }
    best += b
    if f.low != none { low += f.low }
    if let h = high { high = f.high == none ? nil : h + f.high }
    count += 1
  }
}
