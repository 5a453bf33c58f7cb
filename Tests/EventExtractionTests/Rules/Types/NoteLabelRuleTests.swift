import Testing

@testable import EventExtraction

@Suite struct NoteLabelRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "Looting: On 3 May, young men ransacked the storehouse of a cooperative.",
      fires: true),
    TriggerCase(
      sentence: "Movement of forces: Soldiers arrived in the district on Monday.", fires: true),
    TriggerCase(
      sentence: "On 3 May, young men ransacked the storehouse: nobody was hurt.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(NoteLabelRule()) == c.fires)
  }
}
