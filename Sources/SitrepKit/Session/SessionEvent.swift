import EventExtraction

/// Where an event stands in the analyst's review.
public enum EventStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case extracted, accepted, corrected, rejected, manual
}

/// An event in a session: what the extractor proposed, what it is now, and the analyst's marks.
///
/// Most events are never corrected, so the extractor's proposal is not stored a second time
/// while it equals ``current``: ``extracted`` then reads ``current``, and the first change to
/// ``current`` keeps the old value as the proposal. A million events hold one `Event` each.
public struct SessionEvent: Sendable, Hashable, Codable {
  /// The values as the analyst has them now (equal to `extracted` until corrected).
  public var current: Event {
    willSet {
      if case .same = origin { origin = .separate(current) }
    }
  }
  /// The values the extractor proposed; nil for an event added by hand.
  public var extracted: Event? {
    get {
      switch origin {
      case .none: nil
      case .same: current
      case .separate(let event): event
      }
    }
    set {
      guard let newValue else {
        origin = .none
        return
      }
      origin = newValue == current ? .same : .separate(newValue)
    }
  }
  public var status: EventStatus
  public var tags: [String]
  public var notes: [String]
  /// The merge group (the id of its first event) when reports of one incident were merged.
  public var merge: String?
  private var origin: Origin

  /// How the extractor's proposal is kept: none, the same as `current`, or its own (boxed, so an
  /// event costs one `Event` inline, not two).
  private enum Origin: Sendable {
    case none
    case same
    indirect case separate(Event)
  }

  public init(extracted: Event) {
    self.current = extracted
    self.origin = .same
    self.status = .extracted
    self.tags = []
    self.notes = []
  }

  /// An event read from a file: `extracted` nil with `sameAsCurrent` means the file left it out
  /// because it equals `current`.
  init(
    current: Event, extracted: Event?, sameAsCurrent: Bool, status: EventStatus, tags: [String],
    notes: [String], merge: String?
  ) {
    self.current = current
    self.origin =
      sameAsCurrent ? .same : extracted.map { $0 == current ? .same : .separate($0) } ?? .none
    self.status = status
    self.tags = tags
    self.notes = notes
    self.merge = merge
  }

  /// Records that the extractor's proposal is the current value (a file left it out as equal).
  mutating func proposalIsCurrent() { origin = .same }

  /// Whether the extractor's proposal is the current value (and so is written only once).
  var extractedIsCurrent: Bool {
    switch origin {
    case .same: true
    case .none: false
    case .separate(let event): event == current
    }
  }

  public var id: String { current.id }

  public static func == (a: SessionEvent, b: SessionEvent) -> Bool {
    a.current == b.current && a.status == b.status && a.tags == b.tags && a.notes == b.notes
      && a.merge == b.merge && a.extracted == b.extracted
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(current)
    hasher.combine(extracted)
    hasher.combine(status)
    hasher.combine(tags)
    hasher.combine(notes)
    hasher.combine(merge)
  }

  private enum CodingKeys: String, CodingKey {
    case current, extracted, status, tags, notes, merge
  }

  /// The journal's and the trail's shape (format version 1): `extracted` written in full, absent
  /// for an event added by hand.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      current: try c.decode(Event.self, forKey: .current),
      extracted: try c.decodeIfPresent(Event.self, forKey: .extracted), sameAsCurrent: false,
      status: try c.decode(EventStatus.self, forKey: .status),
      tags: try c.decode([String].self, forKey: .tags),
      notes: try c.decode([String].self, forKey: .notes),
      merge: try c.decodeIfPresent(String.self, forKey: .merge))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(current, forKey: .current)
    try c.encodeIfPresent(extracted, forKey: .extracted)
    try c.encode(status, forKey: .status)
    try c.encode(tags, forKey: .tags)
    try c.encode(notes, forKey: .notes)
    try c.encodeIfPresent(merge, forKey: .merge)
  }
}
