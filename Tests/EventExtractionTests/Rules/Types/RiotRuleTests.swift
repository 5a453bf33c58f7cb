import Testing

@testable import EventExtraction

@Suite struct RiotRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(sentence: "Rioters burned tyres and blocked the main road.", fires: true),
    TriggerCase(sentence: "Protesters threw stones at police after the march.", fires: true),
    TriggerCase(
      sentence: "Students demonstrated peacefully in front of the ministry.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(RiotRule()) == c.fires)
  }
}
