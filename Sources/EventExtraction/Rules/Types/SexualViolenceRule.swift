/// Rape and sexual violence.
struct SexualViolenceRule: TriggerRule {
  let id = "type.sexual-violence"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "raped", "rape", "rapes", "sexual violence", "sexually assaulted", "sexual assault",
    "gang-raped", "gang raped",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .sexualViolence, rule: id)
  }
}
