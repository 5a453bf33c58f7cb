/// How well predictions matched gold records: counts of the dead and detection of any death.
public struct EvaluationReport: Sendable, Hashable {
  /// A record where the predicted deaths differ from the gold figure.
  public struct Miss: Sendable, Hashable {
    public var id: String
    public var gold: Int
    public var predicted: Int
    /// The start of the record's text.
    public var excerpt: String

    public init(id: String, gold: Int, predicted: Int, excerpt: String) {
      self.id = id
      self.gold = gold
      self.predicted = predicted
      self.excerpt = excerpt
    }
  }

  public var records: Int
  /// Records whose gold figure is above 0.
  public var recordsWithDeaths: Int
  /// Share of records with deaths whose predicted figure is exactly the gold one.
  public var exactShare: Double
  /// Share of all records whose predicted figure is exactly the gold one (0 = 0 counts).
  public var exactShareAll: Double
  /// Of records predicted to have deaths, the share that have them.
  public var precision: Double
  /// Of records that have deaths, the share predicted to have them.
  public var recall: Double
  public var f1: Double
  public var meanAbsoluteError: Double
  /// Share of records whose predicted event type equals the gold one; nil if none predicted.
  public var typeAgreement: Double?
  /// The largest misses first (ties by id), at most ``Evaluator/missLimit``.
  public var worstMisses: [Miss]
}
