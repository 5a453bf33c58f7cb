import Testing

@testable import EventExtraction

@Suite struct ArmedClashRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(sentence: "Soldiers clashed with militants near the border post.", fires: true),
    TriggerCase(
      sentence: "Suspected militants attacked an army patrol near the village.", fires: true),
    TriggerCase(sentence: "Gunmen exchanged fire with police for two hours.", fires: true),
    TriggerCase(
      sentence: "Villagers clashed with a rival community over a land dispute.", fires: false),
    TriggerCase(sentence: "Gunmen attacked a farmer in his field.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(ArmedClashRule()) == c.fires)
  }
}
