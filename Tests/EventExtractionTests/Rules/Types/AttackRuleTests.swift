import Testing

@testable import EventExtraction

@Suite struct AttackRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(sentence: "Unknown gunmen killed a farmer in his field.", fires: true),
    TriggerCase(sentence: "An armed group assaulted a herder and stole his cattle.", fires: true),
    TriggerCase(sentence: "Three soldiers were killed.", fires: false),
    TriggerCase(sentence: "Residents lynched a suspected thief.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(AttackRule()) == c.fires)
  }
}
