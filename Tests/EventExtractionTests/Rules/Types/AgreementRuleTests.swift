import Testing

@testable import EventExtraction

@Suite struct AgreementRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "The two militias signed an agreement to share the grazing land.", fires: true),
    TriggerCase(sentence: "The parties reached a deal on prisoner exchanges.", fires: true),
    TriggerCase(sentence: "The talks collapsed without progress.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(AgreementRule()) == c.fires)
  }
}
