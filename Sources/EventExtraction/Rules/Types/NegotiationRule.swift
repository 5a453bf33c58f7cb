/// Talks and negotiations: "talks", "negotiations", "met with".
struct NegotiationRule: TriggerRule {
  let id = "type.negotiation"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "talks", "peace talks", "negotiations", "negotiation", "negotiated", "negotiating",
    "met with", "meeting with", "mediation", "mediated", "round of talks", "dialogue",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .negotiation, rule: id)
  }
}
