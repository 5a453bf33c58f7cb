/// Air and drone strikes: "airstrikes", "air raid", "warplanes", "barrel bombs", "drone strike".
struct AirstrikeRule: TriggerRule {
  let id = "type.airstrike"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "warplanes",
    "warplane", "barrel bomb", "barrel bombs", "drone strike", "drone strikes", "bombing raid",
    "bombing raids", "aerial bombardment", "aerial bombing", "helicopter gunships", "jets",
    "fighter jets", "air-strike", "air-strikes", "bombed from the air", "drone attack",
    "drone attacks",
  ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .airstrike, rule: id)
  }
}
