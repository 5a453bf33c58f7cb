/// Looting and destruction of property without a clash.
struct LootingRule: TriggerRule {
  let id = "type.looting"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "looted", "looting", "pillaged", "plundered", "ransacked", "vandalized", "vandalised",
    "destroyed", "burned down", "burnt down", "set fire to", "stole", "stolen", "razed",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .looting, rule: id)
  }
}
