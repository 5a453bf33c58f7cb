import Testing

@testable import EventExtraction

@Suite struct EvacuationRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "Hundreds of civilians have been evacuated from Homs since Friday.", fires: true),
    TriggerCase(sentence: "The army deployed reinforcements to the border.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(EvacuationRule()) == c.fires)
  }
}
