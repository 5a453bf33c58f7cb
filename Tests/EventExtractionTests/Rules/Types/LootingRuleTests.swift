import Testing

@testable import EventExtraction

@Suite struct LootingRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(sentence: "The attackers looted shops and burned down the market.", fires: true),
    TriggerCase(
      sentence: "Unknown people vandalized the office of the electoral commission.", fires: true),
    TriggerCase(sentence: "The army seized a cache of weapons.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(LootingRule()) == c.fires)
  }
}
