import EventExtraction

/// Where an event stands in the analyst's review.
public enum EventStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case extracted, accepted, corrected, rejected, manual
}

/// An event in a session: what the extractor proposed, what it is now, and the analyst's marks.
public struct SessionEvent: Sendable, Hashable, Codable {
  /// The values as the analyst has them now (equal to `extracted` until corrected).
  public var current: Event
  /// The values the extractor proposed; nil for an event added by hand.
  public var extracted: Event?
  public var status: EventStatus
  public var tags: [String]
  public var notes: [String]
  /// The merge group (the id of its first event) when reports of one incident were merged.
  public var merge: String?

  public init(extracted: Event) {
    self.current = extracted
    self.extracted = extracted
    self.status = .extracted
    self.tags = []
    self.notes = []
  }

  public var id: String { current.id }
}
