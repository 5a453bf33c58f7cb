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
