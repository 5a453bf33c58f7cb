import Testing

@testable import EventExtraction

@Suite struct TerritoryRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "The militants took control of the village after the soldiers withdrew.",
      fires: true),
    TriggerCase(sentence: "Government forces recaptured the town on Monday.", fires: true),
    TriggerCase(sentence: "Militants attacked the town on Monday.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(TerritoryRule()) == c.fires)
  }
}
