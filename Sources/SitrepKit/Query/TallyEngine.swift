import EventExtraction
import QueryLanguage

/// One group of a tally.
public struct TallyRow: Sendable, Hashable {
  public var key: [String]
  public var events = 0
  /// The distinct articles the row's events come from.
  public var articles = ArticleCount()
  public var killed = FigureSum()
  public var injured = FigureSum()
}

/// How many distinct articles a tally row draws on (the ids themselves are not kept: over a
/// million events, making them strings would cost more than the arithmetic).
public struct ArticleCount: Sendable, Hashable {
  public var count = 0
  public init(count: Int = 0) { self.count = count }
}

/// A running or area total, listed beside a tally and never added to it.
public struct ReportedTotal: Sendable, Hashable {
  public var event: String
  public var place: String
  public var period: String
  public var figure: String
  public var best: Int?
  public var source: String
  /// The figure's bounds: no low when none was given, no high when it is open ("at least").
  public var low: Int? = nil
  public var high: Int? = nil
}

/// A computed tally: rows, the reported totals beside it, and the arithmetic it followed.
public struct TallyResult: Sendable, Hashable {
  public var query: TallyQuery
  public var rows: [TallyRow]
  public var reported: [ReportedTotal]
  public var notes: [String]
}

/// Computes tallies with the arithmetic an analyst can defend (docs/tallies.md): aggregates are
/// never summed with incidents, a part is never added to its whole, rejected events never count,
/// open bounds stay open.
public struct TallyEngine: Sendable {
  public let session: Session

  public init(session: Session) {
    self.session = session
  }

  /// - Parameter events: the events in scope (already filtered and without rejected ones).
  public func tally(_ query: TallyQuery, over selected: [SessionEvent]) -> TallyResult {
    let hasMerges = selected.contains { $0.merge != nil }
    let events = hasMerges ? Reconciliation.collapse(selected, policy: session.settings.policy) : selected
    let mergedAway = selected.count - events.count
    var included: Set<String> = []
    if events.contains(where: { $0.current.partOf != nil }) {
      for i in events.indices where events[i].current.scope == .incident { included.insert(events[i].id) }
    }
    var keys = TallyKeys(fields: query.keys.map(\.field), session: session)
    var accumulators: [TallyAccumulator] = []
    var rowOf: [TallyKeys.Combination: Int] = [:]
    var articleIDs: [String: Int] = [:]
    var reported: [ReportedTotal] = []
    var partsSkipped = 0
    var spanning = 0
    let periods = query.keys.map(\.field).filter(TallyKeys.periods.contains)
    for index in events.indices {
      if events[index].current.scope == .aggregate {
        if let killed = events[index].current.killed { reported.append(reportedTotal(events[index], killed)) }
        continue
      }
      let isCountedPart = events[index].current.partOf.map { included.contains($0) } ?? false
      if isCountedPart { partsSkipped += 1 }
      if !isCountedPart, let d = events[index].current.date, periods.contains(where: { TallyKeys.crossesPeriod($0, d) }) {
        spanning += 1
      }
      let articleID = events[index].current.article
      let article = articleIDs[articleID] ?? {
        let n = articleIDs.count
        articleIDs[articleID] = n
        return n
      }()
      let killed = events[index].current.killed
      let injured = events[index].current.injured
      keys.combinations(of: events[index]) { combination in
        let row: Int
        if let r = rowOf[combination] {
          row = r
        } else {
          row = accumulators.count
          rowOf[combination] = row
          accumulators.append(TallyAccumulator(key: combination))
        }
        if accumulators[row].lastArticle != article { accumulators[row].add(article: article) }
        if !isCountedPart {
          accumulators[row].events += 1
          if let k = killed { accumulators[row].killed.add(k) }
          if let i = injured { accumulators[row].injured.add(i) }
        }
      }
    }
    let order = accumulators.map { acc in
      var row = TallyRow(key: keys.strings(of: acc.key))
      row.events = acc.events
      row.articles = ArticleCount(count: Set(acc.articles).count)
      row.killed = acc.killed
      row.injured = acc.injured
      return row
    }
    let measure = query.measures.first ?? .events
    let rows = order.sorted { a, b in
      let (x, y) = (sortValue(a, measure), sortValue(b, measure))
      return x != y ? x > y : a.key.lexicographicallyPrecedes(b.key)
    }
    return TallyResult(
      query: query, rows: rows, reported: reported,
      notes: notes(
        mergedAway: mergedAway, partsSkipped: partsSkipped, spanning: spanning,
        keys: query.keys.map(\.field)))
  }

  /// The arithmetic a tally followed, said under its table.
  ///
  /// - Parameter spanning: counted incidents dated across more than one period of a week,
  ///   month or year key in `keys` (each is counted in its first).
  func notes(mergedAway: Int, partsSkipped: Int, spanning: Int, keys: [QueryField]) -> [String] {
    var notes = ["incidents only; rejected events excluded; policy \(session.settings.policy.rawValue)"]
    if mergedAway > 0 {
      notes.append("\(mergedAway) merged report\(mergedAway == 1 ? "" : "s") of the same incidents counted once")
    }
    if partsSkipped > 0 {
      notes.append("\(partsSkipped) part\(partsSkipped == 1 ? "" : "s") counted inside \(partsSkipped == 1 ? "its" : "their") whole, not added")
    }
    if spanning > 0, let period = TallyKeys.periods.first(where: keys.contains) {
      let name = period.rawValue
      notes.append(
        spanning == 1
          ? "1 incident dated across more than one \(name) counted in its first \(name)"
          : "\(spanning) incidents dated across more than one \(name) counted in their first \(name)")
    }
    return notes
  }

  private func sortValue(_ row: TallyRow, _ measure: TallyQuery.Measure) -> Int {
    switch measure {
    case .events: row.events
    case .killed: row.killed.best
    case .injured: row.injured.best
    case .articles: row.articles.count
    }
  }

  func reportedTotal(_ event: SessionEvent, _ killed: Casualties) -> ReportedTotal {
    let e = event.current
    let period: String
    if let d = e.date {
      period = d.precision == .month ? String(d.start.description.prefix(7))
        : d.start == d.end ? d.start.description : "\(d.start)..\(d.end)"
    } else {
      period = "(date unknown)"
    }
    return ReportedTotal(
      event: e.id, place: e.place?.name ?? "(unknown)", period: period,
      figure: killed.display + (killed.victims.map { " \($0)" } ?? ""), best: killed.best,
      source: e.source ?? session.article(e.article)?.outlet ?? "(unknown)",
      low: killed.low, high: killed.high)
  }
}
