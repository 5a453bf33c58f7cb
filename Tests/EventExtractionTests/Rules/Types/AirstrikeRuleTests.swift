import Testing

@testable import EventExtraction

@Suite struct AirstrikeRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence:
        "About 30 airstrikes by Syrian government warplanes hit rebel-held areas of Aleppo.",
      fires: true),
    TriggerCase(
      sentence:
        "Government shelling and airstrikes with makeshift barrel bombs killed about 400 people.",
      fires: true),
    TriggerCase(sentence: "A drone strike hit a convoy near the border on Tuesday.", fires: true),
    TriggerCase(sentence: "Talks on a truce resumed in Geneva on Monday.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(AirstrikeRule()) == c.fires)
  }
}
