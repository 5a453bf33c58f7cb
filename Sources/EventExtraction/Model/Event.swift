/// Whether a figure counts one incident or is a running or area total.
public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
  case incident
  case aggregate
}

/// One thing that happened on one day (or span) in one place, as read from one article.
///
/// Every field the extractor fills keeps its ``Evidence`` in ``fieldEvidence`` under the field's
/// name (`type`, `killed`, `injured`, `place`, `date`, `actors`, `target`, `source`, `scope`,
/// `part_of`).
public struct Event: Sendable, Hashable, Codable {
  /// Assigned by whoever owns the events: `e12` in a session, `ARTICLE#3` from `sitrep extract`.
  public var id: String
  public var article: String
  public var type: EventType
  public var killed: Casualties?
  public var injured: Casualties?
  public var place: Place?
  public var date: EventDate?
  public var actors: [String]
  public var target: String?
  public var source: String?
  public var scope: Scope
  /// The id of the event whose figure contains this one's ("including at least 50 in a hospital").
  public var partOf: String?
  /// The sentence or clause that carries the event.
  public var evidence: Evidence
  /// Further spans that mention the same event (a headline, a quote restating it).
  public var mentions: [TextSpan]
  public var fieldEvidence: [String: Evidence]
  /// The date phrase the date was read from, kept so the date can be resolved again when the
  /// article date is set or corrected (see ``resolvingDate(articleDate:)``).
  public var dateExpression: DateExpression?

  public init(
    id: String, article: String, type: EventType, killed: Casualties? = nil,
    injured: Casualties? = nil, place: Place? = nil, date: EventDate? = nil, actors: [String] = [],
    target: String? = nil, source: String? = nil, scope: Scope = .incident, partOf: String? = nil,
    evidence: Evidence, mentions: [TextSpan] = [], fieldEvidence: [String: Evidence] = [:],
    dateExpression: DateExpression? = nil
  ) {
    self.dateExpression = dateExpression
    self.id = id
    self.article = article
    self.type = type
    self.killed = killed
    self.injured = injured
    self.place = place
    self.date = date
    self.actors = actors
    self.target = target
    self.source = source
    self.scope = scope
    self.partOf = partOf
    self.evidence = evidence
    self.mentions = mentions
    self.fieldEvidence = fieldEvidence
  }

  /// This event with its date recomputed from its date phrase for a (new) article date; an
  /// event without a phrase keeps its date.
  public func resolvingDate(articleDate: Day?) -> Event {
    guard let expression = dateExpression else { return self }
    var copy = self
    copy.date = expression.resolve(articleDate: articleDate)
    return copy
  }

  /// The rule that proposed the event as a whole.
  public var rule: String { evidence.rule }
}
