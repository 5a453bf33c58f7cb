/// Arrests and detentions by authorities.
struct ArrestRule: TriggerRule {
  let id = "type.arrest"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "arrested", "arrest", "arrests", "detained", "detention", "apprehended", "taken into custody",
    "rounded up", "arresting",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .arrest, rule: id)
  }
}
