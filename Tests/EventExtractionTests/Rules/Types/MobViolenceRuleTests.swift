import Testing

@testable import EventExtraction

@Suite struct MobViolenceRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "A group beat a suspected thief before handing him to the police.", fires: true),
    TriggerCase(sentence: "Residents lynched a man accused of stealing a motorbike.", fires: true),
    TriggerCase(sentence: "A crowd burned a suspected robber to death.", fires: true),
    TriggerCase(sentence: "Unknown gunmen killed a farmer in his field.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(MobViolenceRule()) == c.fires)
  }
}
