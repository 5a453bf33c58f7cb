import Testing

@testable import EventExtraction

@Suite struct ProtestRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "Thousands of teachers marched through the capital to demand higher pay.",
      fires: true),
    TriggerCase(sentence: "Residents staged a sit-in in front of the town hall.", fires: true),
    TriggerCase(
      sentence: "Lt.-Gen. Sergei Kuralenko sits at the base in Syria, March 4, 2016.", fires: false),
    TriggerCase(sentence: "An air strike hit the depot.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(ProtestRule()) == c.fires)
  }
}
