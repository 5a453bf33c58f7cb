import Testing

@testable import EventExtraction

@Suite struct SuicideBombingRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "A suicide bomber blew himself up at a checkpoint, killing six soldiers.",
      fires: true),
    TriggerCase(sentence: "The suicide attack targeted a crowded market.", fires: true),
    TriggerCase(sentence: "Soldiers clashed with militants near the border.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(SuicideBombingRule()) == c.fires)
  }
}
