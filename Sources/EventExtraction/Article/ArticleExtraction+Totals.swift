extension ArticleExtraction {
  /// The article's killed total that never double-counts: the sum of the best figures of
  /// incident events, leaving out a part whose whole is itself a counted incident (its dead
  /// are already in the whole) and every aggregate (running or area totals are reported beside
  /// the tally, never added to it).
  public var incidentKilledBest: Int {
    let byID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return events.reduce(0) { sum, e in
      guard e.scope == .incident, let best = e.killed?.best else { return sum }
      if let whole = e.partOf.flatMap({ byID[$0] }), whole.scope == .incident,
        whole.killed?.best != nil
      {
        return sum
      }
      return sum + best
    }
  }
}
