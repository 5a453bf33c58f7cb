import EventExtraction

/// Reconciles the figures of reports merged as one incident, under a session's policy.
public enum Reconciliation {
  /// One figure for the incident from its sources' figures (nil figures are ignored).
  ///
  /// - conservative: the source with the lowest best figure (ACLED's rule).
  /// - best: the median of the sources' best figures (UCDP GED's best estimate); bounds from that source.
  /// - range: lowest low to highest high over the sources, best the median (Iraq Body Count's style).
  public static func figure(_ figures: [Casualties], policy: ReconciliationPolicy) -> Casualties? {
    let known = figures.filter { $0.best != nil }.sorted { ($0.best ?? 0) < ($1.best ?? 0) }
    guard let lowest = known.first else { return nil }
    let median = known[(known.count - 1) / 2]
    switch policy {
    case .conservative: return lowest
    case .best: return median
    case .range:
      let lows = known.map { $0.low ?? 0 }
      let open = known.contains { $0.high == nil }
      let high = open ? nil : known.compactMap(\.high).max()
      return Casualties(low: lows.min(), best: median.best, high: high, qualifier: .range, victims: median.victims)
    }
  }

  /// The events with every merge group collapsed into its first member, figures reconciled.
  public static func collapse(_ events: [SessionEvent], policy: ReconciliationPolicy) -> [SessionEvent] {
    var groups: [String: [SessionEvent]] = [:]
    var result: [SessionEvent] = []
    for event in events {
      if let group = event.merge { groups[group, default: []].append(event) } else { result.append(event) }
    }
    for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
      guard var first = members.first else { continue }
      first.current.killed = figure(members.compactMap(\.current.killed), policy: policy)
      first.current.injured = figure(members.compactMap(\.current.injured), policy: policy)
      result.append(first)
    }
    return result
  }
}
