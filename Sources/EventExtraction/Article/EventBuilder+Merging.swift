import Foundation

extension EventBuilder {
  /// Merges restatements and numbers the events.
  ///
  /// A headline that restates a body event (the same figure, or the same type at a compatible
  /// place) becomes a mention of it; later reports of the same talks, ceasefire or agreement at
  /// a compatible place become mentions of the first.
  ///
  /// Takes the drafts out of the builder, which is left with none: the array is then this
  /// function's alone, and merging writes it in place (a shared array was copied whole, every
  /// draft retained, at the first merge).
  mutating func finish() -> [Event] {
    var drafts: [Draft] = []
    swap(&drafts, &self.drafts)
    // By draft index, the draft a merged-away draft went into (nil while it stands; hashing an
    // Int set cost more).
    var redirect = [Int?](repeating: nil, count: drafts.count)
    func removed(_ i: Int) -> Bool { redirect[i] != nil }

    func merge(_ j: Int, into i: Int) {
      drafts[i].event.mentions.append(drafts[j].event.evidence.span)
      drafts[i].event.mentions += drafts[j].event.mentions
      for a in drafts[j].event.actors where !drafts[i].event.actors.contains(a) {
        drafts[i].event.actors.append(a)
      }
      if drafts[i].event.fieldEvidence["actors"] == nil {
        drafts[i].event.fieldEvidence["actors"] = drafts[j].event.fieldEvidence["actors"]
      }
      if drafts[i].event.place == nil, let p = drafts[j].event.place {
        drafts[i].event.place = p
        drafts[i].event.fieldEvidence["place"] = drafts[j].event.fieldEvidence["place"]
      }
      if drafts[i].event.source == nil, let source = drafts[j].event.source {
        drafts[i].event.source = source
        drafts[i].event.fieldEvidence["source"] = drafts[j].event.fieldEvidence["source"]
      }
      redirect[j] = i
    }

    // Headlines restating the body.
    for h in drafts.indices where drafts[h].role == .headline {
      let headline = drafts[h].event
      // Fields are read in place: a copy of a draft retains every string and array in it.
      let target = drafts.indices.first { i in
        guard i != h, drafts[i].role != .headline, !removed(i) else { return false }
        if let k = headline.killed?.best { return drafts[i].event.killed?.best == k }
        return drafts[i].event.type == headline.type
          && Self.compatible(drafts[i].event.place, headline.place)
      }
      if let target {
        drafts[target].event.mentions.insert(headline.evidence.span, at: 0)
        redirect[h] = target
      }
    }

    // A headline without an event of its own that repeats a body event's figure
    // ("Syria Strikes Kill 400 So Far This Month" / "killed about 400 people").
    for h in headlines
    where !drafts.contains(where: { $0.role == .headline && $0.block == h.block }) {
      let numbers = Set(h.words.compactMap { Int($0.text.replacingOccurrences(of: ",", with: "")) })
      if let i = drafts.indices.first(where: { i in
        !removed(i) && drafts[i].role != .headline
          && drafts[i].event.killed?.best.map { numbers.contains($0) } == true
      }) {
        drafts[i].event.mentions.insert(h.sentence.span, at: 0)
      }
    }

    // Repeated reports of the same talks, ceasefire, agreement or evacuation.
    // Fields are read in place: `let e = drafts[j].event` copied every event.
    for j in drafts.indices where !removed(j) {
      let type = drafts[j].event.type
      guard type.precedence >= EventType.arrest.precedence, drafts[j].event.killed == nil
      else { continue }
      if let i = drafts.indices.first(where: { i in
        i < j && !removed(i) && drafts[i].event.type == type
          && drafts[i].event.killed == nil
          && Self.compatible(drafts[i].event.place, drafts[j].event.place)
      }) {
        merge(j, into: i)
      }
    }

    // A later sentence (often a quote) that restates an earlier figure: the same kind and
    // number of dead, at a compatible place and date, in a different block.
    for j in drafts.indices where !removed(j) && drafts[j].partOf == nil {
      guard let k = drafts[j].event.killed?.best, k > 1 else { continue }
      if let i = drafts.indices.first(where: { i in
        i < j && !removed(i) && drafts[i].block != drafts[j].block
          && drafts[i].event.killed?.best == k
          && Self.compatible(drafts[i].event.place, drafts[j].event.place)
          && (drafts[j].event.dateExpression?.kind == .articleDay
            || drafts[i].event.date == drafts[j].event.date)
      }) {
        merge(j, into: i)
      }
    }

    // Number what is left; parts point at their whole's new id.
    var ids = [String?](repeating: nil, count: drafts.count)
    var events: [Event] = []
    for i in drafts.indices where !removed(i) {
      var e = drafts[i].event
      e.id = String(events.count + 1)
      ids[i] = e.id
      events.append(e)
    }
    for (n, i) in drafts.indices.filter({ !removed($0) }).enumerated() {
      guard var whole = drafts[i].partOf else { continue }
      while let r = redirect[whole] { whole = r }
      events[n].partOf = ids[whole]
    }
    return events
  }

  /// Whether two places can be the same event's: either unknown, the same place, or one the
  /// province or larger place of the other.
  static func compatible(_ a: Place?, _ b: Place?) -> Bool {
    guard let a, let b else { return true }
    if a.name == b.name { return a.country == b.country || a.country == nil || b.country == nil }
    if a.precision == .province, b.admin1 == a.name { return true }
    if b.precision == .province, a.admin1 == b.name { return true }
    if a.within == b.name || b.within == a.name { return true }
    if a.precision == .country, b.country == a.name { return true }
    if b.precision == .country, a.country == b.name { return true }
    return false
  }
}
