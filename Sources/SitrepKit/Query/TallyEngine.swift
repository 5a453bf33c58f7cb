import EventExtraction
import QueryLanguage

/// One group of a tally.
public struct TallyRow: Sendable, Hashable {
  public var key: [String]
  public var events = 0
  public var articles: Set<String> = []
  public var killed = FigureSum()
  public var injured = FigureSum()
}

/// A running or area total, listed beside a tally and never added to it.
public struct ReportedTotal: Sendable, Hashable {
  public var event: String
  public var place: String
  public var period: String
  public var figure: String
  public var best: Int?
  public var source: String
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
    let events = Reconciliation.collapse(selected, policy: session.settings.policy)
    let mergedAway = selected.count - events.count
    let included = Set(events.filter { $0.current.scope == .incident }.map(\.id))
    var groups: [[String]: TallyRow] = [:]
    var order: [[String]] = []
    var reported: [ReportedTotal] = []
    var partsSkipped = 0
    for event in events {
      let e = event.current
      if e.scope == .aggregate {
        if let killed = e.killed { reported.append(reportedTotal(event, killed)) }
        continue
      }
      let isCountedPart = e.partOf.map { included.contains($0) } ?? false
      if isCountedPart { partsSkipped += 1 }
      for key in keys(of: event, query.keys) {
        if groups[key] == nil {
          groups[key] = TallyRow(key: key)
          order.append(key)
        }
        groups[key]?.events += isCountedPart ? 0 : 1
        groups[key]?.articles.insert(e.article)
        if !isCountedPart {
          if let k = e.killed { groups[key]?.killed.add(k) }
          if let i = e.injured { groups[key]?.injured.add(i) }
        }
      }
    }
    let measure = query.measures.first ?? .events
    let rows = order.compactMap { groups[$0] }.sorted { a, b in
      let (x, y) = (sortValue(a, measure), sortValue(b, measure))
      return x != y ? x > y : a.key.lexicographicallyPrecedes(b.key)
    }
    var notes = ["incidents only; rejected events excluded; policy \(session.settings.policy.rawValue)"]
    if mergedAway > 0 {
      notes.append("\(mergedAway) merged report\(mergedAway == 1 ? "" : "s") of the same incidents counted once")
    }
    if partsSkipped > 0 {
      notes.append("\(partsSkipped) part\(partsSkipped == 1 ? "" : "s") counted inside \(partsSkipped == 1 ? "its" : "their") whole, not added")
    }
    return TallyResult(query: query, rows: rows, reported: reported, notes: notes)
  }

  private func sortValue(_ row: TallyRow, _ measure: TallyQuery.Measure) -> Int {
    switch measure {
    case .events: row.events
    case .killed: row.killed.best
    case .injured: row.injured.best
    case .articles: row.articles.count
    }
  }

  /// The group keys an event falls in: one per combination (an event with two tags is in both).
  private func keys(of event: SessionEvent, _ fields: [FieldReference]) -> [[String]] {
    var combos: [[String]] = [[]]
    for field in fields {
      let values = keyValues(event, field.field)
      combos = combos.flatMap { prefix in values.map { prefix + [$0] } }
    }
    return combos
  }

  private func keyValues(_ event: SessionEvent, _ field: QueryField) -> [String] {
    let unknown = "(unknown)"
    switch (field, event.value(of: field, in: session)) {
    case (.year, .days(let d, _)): return [String(d.year)]
    case (.month, .days(let d, _)): return [String(d.description.prefix(7))]
    case (.week, .days(let d, _)): return [d.adding(days: -d.weekday).description]
    case (_, .days(let a, let b)): return [a == b ? a.description : "\(a)..\(b)"]
    case (_, .list(let items)): return items.isEmpty ? ["(none)"] : items
    case (_, .missing): return [unknown]
    case (_, let v): return [v.cell.display]
    }
  }

  private func reportedTotal(_ event: SessionEvent, _ killed: Casualties) -> ReportedTotal {
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
      source: e.source ?? session.article(e.article)?.outlet ?? "(unknown)")
  }
}
