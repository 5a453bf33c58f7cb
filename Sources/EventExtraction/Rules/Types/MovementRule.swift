/// Changes to a group or activity: deployments, bases, sightings, displacement.
struct MovementRule: TriggerRule {
  let id = "type.movement"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "deployed", "deployment", "reinforcements", "were seen", "was seen", "were spotted",
    "set up a base", "established a base", "set up camp", "withdrew", "withdrawal", "fled",
    "displaced", "left their village", "patrolled", "recruited", "recruitment",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .movement, rule: id)
  }
}
