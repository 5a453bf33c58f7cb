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
    TriggerCase(
      sentence: "More than 200 people were killed throughout the country in March.", fires: false),
    TriggerCase(sentence: "The March truce brokered by the United States collapsed.", fires: false),
    TriggerCase(sentence: "Throughout March, shelling killed dozens in Homs.", fires: false),
    TriggerCase(sentence: "Thousands March in Bamako Against Rising Prices", fires: true),
    TriggerCase(sentence: "Students joined the march to the ministry.", fires: true),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(ProtestRule()) == c.fires)
  }
}
