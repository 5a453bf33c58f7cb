import Testing

@testable import EventExtraction

/// Figures next to nouns of death or injury: "12 deaths", "the deaths of three".
@Suite struct DeathNounRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "The attack claimed 17 lives.",
      [
        "killed 17/17/17 exact [17] victims=- partOf=- span=[17 lives]"
      ]),
    CasualtyCase(
      "Fighting in the district has led to 12 deaths since Monday.",
      [
        "killed 12/12/12 exact [12] victims=- partOf=- span=[12 deaths]"
      ]),
    CasualtyCase(
      "The clashes led to the deaths of three protesters.",
      [
        "killed 3/3/3 exact [three] victims=protesters partOf=- span=[deaths of three protesters]"
      ]),
    CasualtyCase(
      "Officials reported one fatality and four injuries.",
      [
        "killed 1/1/1 exact [one] victims=- partOf=- span=[one fatality]",
        "injured 4/4/4 exact [four] victims=- partOf=- span=[four injuries]",
      ]),
    CasualtyCase(
      "Rescuers recovered 9 bodies from the rubble.",
      [
        "killed 9/9/9 exact [9] victims=- partOf=- span=[9 bodies]"
      ]),
    CasualtyCase(
      "He was arrested after the death of a child in the village.",
      []),
    CasualtyCase(
      "The vaccination campaign saved 200 lives.",
      []),
    CasualtyCase(
      "Fatalities: 3.",
      [
        "killed 3/3/3 exact [3] victims=- partOf=- span=[Fatalities: 3]"
      ]),
    CasualtyCase(
      "The operation resulted in the killing of 8 militants.",
      [
        "killed 8/8/8 exact [8] victims=militants partOf=- span=[killing of 8 militants]"
      ]),
    CasualtyCase(
      "The bodies of 5 civilians were found near the river.",
      [
        "killed 5/5/5 exact [5] victims=civilians partOf=- span=[bodies of 5 civilians]"
      ]),
  ]

  @Test(arguments: cases) func readsFiguresBesideNounsOfDeath(_ c: CasualtyCase) {
    c.check()
  }
}
