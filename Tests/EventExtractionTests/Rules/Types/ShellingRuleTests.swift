import Testing

@testable import EventExtraction

@Suite struct ShellingRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence:
        "Nearly 250 civilians have died in shelling, rocket fire and air raids since April 22.",
      fires: true),
    TriggerCase(sentence: "Artillery pounded the outskirts of the town overnight.", fires: true),
    TriggerCase(sentence: "A missile struck an apartment block in the port city.", fires: true),
    TriggerCase(sentence: "Police dispersed the crowd with tear gas.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(ShellingRule()) == c.fires)
  }
}
