import Testing

@testable import EventExtraction

@Suite struct CeasefireRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "A freeze in fighting in Eastern Ghouta had been extended by another 24 hours.",
      fires: true),
    TriggerCase(
      sentence: "A cease-fire in the central city of Homs has been extended for three days.",
      fires: true),
    TriggerCase(
      sentence:
        "The February truce brokered by the United States and Russia has been left in shambles.",
      fires: false),
    TriggerCase(
      sentence: "The United States demanded that a truce elsewhere in Syria be extended.",
      fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(CeasefireRule()) == c.fires)
  }
}
