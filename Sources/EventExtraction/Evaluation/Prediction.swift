/// What a system predicted for one gold record.
public struct Prediction: Sendable, Hashable {
  /// People killed.
  public var killed: Int
  /// The predicted ACLED event_type ("Battles", ...), if the system predicts types.
  public var eventType: String?

  public init(killed: Int, eventType: String? = nil) {
    self.killed = killed
    self.eventType = eventType
  }
}

extension Prediction {
  /// What the extractor's events say about a record: the killed of its incidents (a part whose
  /// whole is an incident is not added again; running totals are not incidents), and the ACLED
  /// event_type of the event that comes first in ACLED's precedence.
  public init(extraction: ArticleExtraction) {
    let killed = extraction.incidentKilledBest
    let leading = extraction.events.filter { $0.type.acled != nil }.min {
      $0.type.precedence < $1.type.precedence
    }
    self.init(killed: killed, eventType: leading?.type.acled?.eventType)
  }
}
