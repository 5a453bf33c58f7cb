import Testing

@testable import EventExtraction

/// The first figure after "toll" in its clause.
@Suite struct DeathTollRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "The death toll from the flooding rose to 1,200 on Tuesday.",
      [
        "killed 1200/1200/1200 exact [1,200] victims=- partOf=- span=[toll from the flooding rose to 1,200]"
      ]),
    CasualtyCase(
      "The death toll in the attack has climbed to at least 31, officials said.",
      [
        "killed 31/31/- at least [at least 31] victims=- partOf=- span=[toll in the attack has climbed to at least 31]"
      ]),
    CasualtyCase(
      "Hospital officials put the toll at 14.",
      [
        "killed 14/14/14 exact [14] victims=- partOf=- span=[toll at 14]"
      ]),
    CasualtyCase(
      "A death toll of 52 was confirmed by the ministry.",
      [
        "killed 52/52/52 exact [52] victims=- partOf=- span=[toll of 52]"
      ]),
  ]

  @Test(arguments: cases) func readsTheFigureAfterADeathToll(_ c: CasualtyCase) {
    c.check()
  }
}
