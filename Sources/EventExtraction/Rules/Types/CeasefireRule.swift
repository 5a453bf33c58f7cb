/// Ceasefires and truces: "cease-fire", "truce", "freeze in fighting", "halt to fighting",
/// "regime of silence".
///
/// A truce named by the month it began ("the February truce") is background, not news.
struct CeasefireRule: TriggerRule {
  let id = "type.ceasefire"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "cease-fire", "ceasefire", "cease fire", "truce", "freeze in fighting", "halt to fighting",
    "regime of silence", "armistice", "cessation of hostilities", "humanitarian pause",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .ceasefire, rule: id) { m in
      guard m.first > 0 else { return true }
      return DateWords.month(words[m.first - 1]) == nil
    }
  }
}
