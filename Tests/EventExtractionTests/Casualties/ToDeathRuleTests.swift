import Testing

@testable import EventExtraction

/// Victims on either side of "to death", never "sentenced to death".
@Suite struct ToDeathRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "Unknown assailants beat a trader to death on Friday.",
      [
        "killed 1/1/1 exact [a] victims=trader partOf=- span=[a trader to death]"
      ]),
    CasualtyCase(
      "A mob burned to death two suspected thieves in the market.",
      [
        "killed 2/2/2 exact [two] victims=suspected thieves partOf=- span=[death two suspected thieves]"
      ]),
    CasualtyCase(
      "Villagers captured the thief and burned him to death.",
      [
        "killed 1/1/1 exact [him] victims=him partOf=- span=[him to death]"
      ]),
    CasualtyCase(
      "The court sentenced two men to death for the murders.",
      []),
    CasualtyCase(
      "Residents attempted to burn a suspect to death before police intervened.",
      []),
  ]

  @Test(arguments: cases) func readsTheVictimOfToDeath(_ c: CasualtyCase) {
    c.check()
  }
}
