/// Territory taken or regained by force: "took control of", "captured the town", "overran".
struct TerritoryRule: TriggerRule {
  let id = "type.territory"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "took control of", "taken control of", "seized control of", "captured the town",
    "captured the village", "captured the city", "recaptured", "retook", "overran", "overrun",
    "fell to", "seized the town", "seized the village", "regained control",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .territory, rule: id)
  }
}
