/// Whether a figure counts the dead or the wounded.
public enum CasualtyKind: String, Sendable, Hashable, Codable {
  case killed
  case injured
}

/// A figure of killed or injured people stated in one sentence.
///
/// Produced by the casualty rules; the extractor attaches mentions to events.
public struct CasualtyMention: Sendable, Hashable {
  public var kind: CasualtyKind
  public var count: Casualties
  /// The whole phrase, sentence-local ("at least five people" ... "killing"), in `Sentence.text`.
  public var span: TextSpan
  /// Just the figure ("at least five"), sentence-local.
  public var numberSpan: TextSpan
  /// The rule that read it (`casualty.killing-n`, ...).
  public var rule: String
  /// Index (in the same result array) of the mention whose figure contains this one:
  /// "nearly 250 civilians ..., including at least 50 people in a hospital".
  public var partOf: Int?

  public init(
    kind: CasualtyKind, count: Casualties, span: TextSpan, numberSpan: TextSpan, rule: String,
    partOf: Int? = nil
  ) {
    self.kind = kind
    self.count = count
    self.span = span
    self.numberSpan = numberSpan
    self.rule = rule
    self.partOf = partOf
  }
}
