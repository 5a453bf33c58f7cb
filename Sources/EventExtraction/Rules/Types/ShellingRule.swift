/// Shelling, artillery, rockets and missiles.
struct ShellingRule: TriggerRule {
  let id = "type.shelling"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "shelling", "shelled", "shells", "rocket fire", "rocket attack", "rocket attacks", "rockets",
    "artillery", "artillery fire", "mortar", "mortars", "mortar fire", "mortar shells", "missile",
    "missiles", "missile strike", "missile strikes", "bombardment", "bombarded", "grad rockets",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .shelling, rule: id)
  }
}
