/// Suicide bombings.
struct SuicideBombingRule: TriggerRule {
  let id = "type.suicide-bombing"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings", "suicide attack",
    "suicide attacks", "blew himself up", "blew herself up", "suicide car bomb", "suicide vest",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .suicideBombing, rule: id)
  }
}
