/// Evacuations of people from a place.
struct EvacuationRule: TriggerRule {
  let id = "type.evacuation"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "evacuated", "evacuation", "evacuations", "evacuating", "were moved out", "relocated",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .evacuation, rule: id)
  }
}
