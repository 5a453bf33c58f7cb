import Testing

@testable import EventExtraction

@Suite struct RemoteExplosiveRuleTests {
  static let cases: [TriggerCase] = [
    TriggerCase(
      sentence: "An army vehicle struck an IED planted by militants near the park.", fires: true),
    TriggerCase(
      sentence: "A landmine exploded under a tractor, wounding two farmers.", fires: true),
    TriggerCase(
      sentence: "A home-made explosive device went off on a road used by herders.", fires: true),
    TriggerCase(sentence: "Gunmen shot dead a trader at the market.", fires: false),
  ]

  @Test(arguments: cases) func firesOnlyOnItsOwnEvents(_ c: TriggerCase) {
    #expect(c.fired(RemoteExplosiveRule()) == c.fires)
  }
}
