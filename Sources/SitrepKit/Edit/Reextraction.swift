import EventExtraction

/// Folds a fresh extraction of one article into its session events, keeping the analyst's work.
///
/// New events are matched to old ones by their evidence (same span, else overlapping span and
/// same type). A field the analyst corrected (current differs from what was extracted) keeps the
/// analyst's value; every other field takes the new value. Status, tags, notes and merges stay.
/// Manual events are never touched. Old events that no longer match are kept and reported.
public struct Reextraction: Sendable {
  /// The article's events after folding, in id order, including added ones.
  public var events: [SessionEvent]
  /// Ids of old extracted events whose evidence no longer matches anything.
  public var unmatched: [String]
  /// Ids of events added by the new extraction.
  public var added: [String]
  /// Ids of events whose values changed.
  public var changed: [String]

  public init(old: [SessionEvent], new: [Event], article: String, nextEvent: Int) {
    var events = old
    var used = Set<Int>()
    var localToSession: [String: String] = [:]
    var pairs: [(Int, Event)] = []
    for event in new {
      let match = events.indices.first { i in
        !used.contains(i) && events[i].extracted?.evidence.span == event.evidence.span
      } ?? events.indices.first { i in
        !used.contains(i) && events[i].extracted.map {
          $0.type == event.type && $0.evidence.span.overlaps(event.evidence.span)
        } ?? false
      }
      if let match {
        used.insert(match)
        localToSession[event.id] = events[match].id
        pairs.append((match, event))
      } else {
        pairs.append((-1, event))
      }
    }
    var next = nextEvent
    var added: [String] = []
    for (index, event) in pairs where index < 0 {
      localToSession[event.id] = "e\(next)"
      next += 1
      _ = index
    }
    var changed: [String] = []
    for (index, fresh) in pairs {
      var event = fresh
      event.id = localToSession[fresh.id] ?? fresh.id
      event.article = article
      event.partOf = fresh.partOf.flatMap { localToSession[$0] }
      if index < 0 {
        events.append(SessionEvent(extracted: event))
        added.append(event.id)
        continue
      }
      let before = events[index]
      events[index] = Reextraction.fold(before, event)
      if events[index].current != before.current { changed.append(event.id) }
    }
    unmatched = old.indices.filter { !used.contains($0) && old[$0].extracted != nil }.map { old[$0].id }
    self.events = events
    self.added = added
    self.changed = changed
  }

  /// The analyst's corrections kept over the fresh values.
  static func fold(_ old: SessionEvent, _ fresh: Event) -> SessionEvent {
    guard let extracted = old.extracted else { return old }
    var result = old
    var current = fresh
    let mine = old.current
    if mine.type != extracted.type { current.type = mine.type }
    if mine.killed != extracted.killed { current.killed = mine.killed }
    if mine.injured != extracted.injured { current.injured = mine.injured }
    if mine.place != extracted.place { current.place = mine.place }
    if mine.date != extracted.date { current.date = mine.date }
    if mine.actors != extracted.actors { current.actors = mine.actors }
    if mine.target != extracted.target { current.target = mine.target }
    if mine.source != extracted.source { current.source = mine.source }
    if mine.scope != extracted.scope { current.scope = mine.scope }
    if mine.partOf != extracted.partOf { current.partOf = mine.partOf }
    current.id = old.id
    result.current = current
    result.extracted = fresh
    return result
  }
}
