import Testing

@testable import EventExtraction

@Suite struct MovementRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(sentence: "The army deployed reinforcements to the northern border.", fires: true),
    TriggerCase(sentence: "Members of an armed group were seen near the village.", fires: true),
    TriggerCase(sentence: "Gunmen killed a farmer.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(MovementRule()) == c.fires)
  }
}
