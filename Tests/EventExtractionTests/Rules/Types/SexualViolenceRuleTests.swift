import Testing

@testable import EventExtraction

@Suite struct SexualViolenceRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(sentence: "Armed men raped two women in the village.", fires: true),
    TriggerCase(sentence: "Militants abducted three herders from their camp.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(SexualViolenceRule()) == c.fires)
  }
}
