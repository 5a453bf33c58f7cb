import Testing

@testable import EventExtraction

@Suite struct AbductionRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(sentence: "Gunmen kidnapped a school director and demanded a ransom.", fires: true),
    TriggerCase(sentence: "Two traders were abducted on the road to the market.", fires: true),
    TriggerCase(sentence: "Police arrested two suspects after the robbery.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(AbductionRule()) == c.fires)
  }
}
