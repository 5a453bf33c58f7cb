import Testing

@testable import EventExtraction

@Suite struct ArrestRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "Soldiers arrested four men suspected of supplying the militants.", fires: true),
    TriggerCase(sentence: "The journalist was detained at the airport.", fires: true),
    TriggerCase(sentence: "Protesters marched through the capital.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(ArrestRule()) == c.fires)
  }
}
