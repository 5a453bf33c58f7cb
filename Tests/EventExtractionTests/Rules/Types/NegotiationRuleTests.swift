import Testing

@testable import EventExtraction

@Suite struct NegotiationRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "Russia said Sunday that new talks are under way to halt the bombardment.",
      fires: true),
    TriggerCase(
      sentence: "He met with Undersecretary of State Wendy Sherman to discuss the stalemate.",
      fires: true),
    TriggerCase(
      sentence:
        "The United States and Russia promised to try to break the stalemate in Syria peace talks.",
      fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(NegotiationRule()) == c.fires)
  }
}
