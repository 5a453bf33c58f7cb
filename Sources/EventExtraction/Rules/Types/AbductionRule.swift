/// Abductions and forced disappearances: "kidnapped", "abducted".
struct AbductionRule: TriggerRule {
  let id = "type.abduction"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "kidnapped", "kidnap", "kidnapping", "kidnappings", "abducted", "abduct", "abduction",
    "abductions", "taken hostage", "took hostage", "held hostage", "hostages",
    "forcibly disappeared",
    "kidnappers",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .abduction, rule: id)
  }
}
