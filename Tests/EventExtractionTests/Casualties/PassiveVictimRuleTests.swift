import Testing

@testable import EventExtraction

/// Figures before a participle of death or injury: "5 civilians were killed".
@Suite struct PassiveVictimRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "Three militants and a soldier were killed in the clash near the border.",
      [
        "killed 3/3/3 exact [Three] victims=militants partOf=- span=[Three militants and a soldier were killed]",
        "killed 1/1/1 exact [a] victims=soldier partOf=- span=[a soldier were killed]",
      ]),
    CasualtyCase(
      "Twenty-three people died and dozens were wounded when the bus hit a mine.",
      [
        "killed 23/23/23 exact [Twenty-three] victims=people partOf=- span=[Twenty-three people died]",
        "injured -/12/- vague [dozens] victims=- partOf=- span=[dozens were wounded]",
      ]),
    CasualtyCase(
      "The strike left 12 dead and 30 wounded.",
      [
        "killed 12/12/12 exact [12] victims=- partOf=- span=[12 dead]",
        "injured 30/30/30 exact [30] victims=- partOf=- span=[30 wounded]",
      ]),
    CasualtyCase(
      "Police said 4 attackers were killed and 2 officers injured.",
      [
        "killed 4/4/4 exact [4] victims=attackers partOf=- span=[4 attackers were killed]",
        "injured 2/2/2 exact [2] victims=officers partOf=- span=[2 officers injured]",
      ]),
    CasualtyCase(
      "A 25-year-old man was shot dead by police.",
      [
        "killed 1/1/1 exact [A] victims=25-year-old man partOf=- span=[A 25-year-old man was shot dead]"
      ]),
    CasualtyCase(
      "At least 2 million people have been displaced, and more than 300 have been killed.",
      [
        "killed 300/300/- at least [more than 300] victims=- partOf=- span=[more than 300 have been killed]"
      ]),
    CasualtyCase(
      "Five rangers, one soldier, and one French instructor (a former soldier) were killed and twelve others wounded.",
      [
        "killed 5/5/5 exact [Five] victims=rangers partOf=- span=[Five rangers, one soldier, and one French instructor (a former soldier) were killed]",
        "killed 1/1/1 exact [one] victims=soldier partOf=- span=[one soldier, and one French instructor (a former soldier) were killed]",
        "killed 1/1/1 exact [one] victims=French instructor partOf=- span=[one French instructor (a former soldier) were killed]",
        "injured 12/12/12 exact [twelve] victims=others partOf=- span=[twelve others wounded]",
      ]),
    CasualtyCase(
      "Nearly 40 people lost their lives when the ferry capsized.",
      [
        "killed -/40/40 nearly [Nearly 40] victims=people partOf=- span=[Nearly 40 people lost their lives]"
      ]),
    CasualtyCase(
      "Gunmen wounded a woman and killed livestock in the village.",
      [
        "injured 1/1/1 exact [a] victims=woman partOf=- span=[wounded a woman]"
      ]),
    CasualtyCase(
      "A woman and her two children were killed when a shell hit their home.",
      [
        "killed 1/1/1 exact [A] victims=woman partOf=- span=[A woman and her two children were killed]",
        "killed 2/2/2 exact [two] victims=children partOf=- span=[two children were killed]",
      ]),
    CasualtyCase(
      "A 15-year-old boy was among those killed.",
      [
        "killed 1/1/1 exact [A] victims=15-year-old boy partOf=- span=[A 15-year-old boy was among those killed]"
      ]),
    CasualtyCase(
      "Two people were killed and a third seriously injured.",
      [
        "killed 2/2/2 exact [Two] victims=people partOf=- span=[Two people were killed]"
      ]),
    CasualtyCase(
      "A number of people were killed in the clashes.",
      [
        "killed -/3/- vague [A number] victims=people partOf=- span=[A number of people were killed]",
      ]),
    CasualtyCase(
      "A number of villagers captured a thief and killed him.",
      [
        "killed 1/1/1 exact [him] victims=him partOf=- span=[killed him]",
      ]),
    CasualtyCase(
      "A handful of soldiers were wounded.",
      [
        "injured -/3/- vague [A handful] victims=soldiers partOf=- span=[A handful of soldiers were wounded]",
      ]),
    CasualtyCase(
      "A number of farmers killed and burned more than a dozen sheep.",
      []),
    CasualtyCase(
      "A number of youths lynched to death an elderly man.",
      [
        "killed 1/1/1 exact [an] victims=elderly man partOf=- span=[death an elderly man]",
      ]),
  ]

  @Test(arguments: cases) func readsTheFigureBeforeAParticiple(_ c: CasualtyCase) {
    c.check()
  }
}
