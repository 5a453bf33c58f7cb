import Testing

@testable import EventExtraction

/// Objects of verbs of killing or injuring: "killing at least five people".
@Suite struct ActiveVictimRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "About 30 airstrikes by Syrian government warplanes and helicopter gunships hit rebel-held areas of the northern city of Aleppo Saturday, killing at least five people.",
      [
        "killed 5/5/- at least [at least five] victims=people partOf=- span=[killing at least five people]"
      ]),
    CasualtyCase(
      "Government shelling and airstrikes with makeshift barrel bombs killed about 400 people in the country's largest city so far this month.",
      [
        "killed -/400/- about [about 400] victims=people partOf=- span=[killed about 400 people]"
      ]),
    CasualtyCase(
      "Gunmen killed two soldiers and a civilian before fleeing.",
      [
        "killed 2/2/2 exact [two] victims=soldiers partOf=- span=[killed two soldiers]",
        "killed 1/1/1 exact [a] victims=civilian partOf=- span=[killed two soldiers and a civilian]",
      ]),
    CasualtyCase(
      "The militants killed between 10 and 15 villagers.",
      [
        "killed 10/10/15 range [between 10 and 15] victims=villagers partOf=- span=[killed between 10 and 15 villagers]"
      ]),
    CasualtyCase(
      "Unidentified attackers killed and beheaded a village chief on Sunday.",
      [
        "killed 1/1/1 exact [a] victims=village chief partOf=- span=[killed and beheaded a village chief]"
      ]),
    CasualtyCase(
      "Police shot dead one suspect and wounded two others.",
      [
        "killed 1/1/1 exact [one] victims=suspect partOf=- span=[shot dead one suspect]",
        "injured 2/2/2 exact [two] victims=others partOf=- span=[wounded two others]",
      ]),
    CasualtyCase(
      "The man was accused of killing a neighbour last year.",
      []),
    CasualtyCase(
      "Rebels tried to kill the governor in an ambush.",
      []),
    CasualtyCase(
      "Soldiers shot and killed a 40-year-old farmer at a checkpoint.",
      [
        "killed 1/1/1 exact [a] victims=40-year-old farmer partOf=- span=[killed a 40-year-old farmer]"
      ]),
    CasualtyCase(
      "Syria Strikes Kill 400 So Far This Month in Aleppo",
      [
        "killed 400/400/400 exact [400] victims=- partOf=- span=[Kill 400]"
      ]),
    CasualtyCase(
      "Security forces killed an unknown number of militants.",
      []),
    CasualtyCase(
      "The attackers killed 2 and kidnapped 5 others.",
      [
        "killed 2/2/2 exact [2] victims=- partOf=- span=[killed 2]"
      ]),
    CasualtyCase(
      "Armed men stormed the village, killing the village chief and his son.",
      [
        "killed 1/1/1 exact [the] victims=village chief partOf=- span=[killing the village chief]",
        "killed 1/1/1 exact [his] victims=son partOf=- span=[killing the village chief and his son]",
      ]),
    CasualtyCase(
      "Unidentified gunmen abducted 3 teachers and killed their driver.",
      [
        "killed 1/1/1 exact [their] victims=driver partOf=- span=[killed their driver]"
      ]),
    CasualtyCase(
      "The explosion killed its driver and two passengers.",
      [
        "killed 1/1/1 exact [its] victims=driver partOf=- span=[killed its driver]",
        "killed 2/2/2 exact [two] victims=passengers partOf=- span=[killed its driver and two passengers]",
      ]),
    CasualtyCase(
      "Armed bandits killed 12 cows and stole 40 goats.",
      []),
  ]

  @Test(arguments: cases) func readsTheObjectOfAVerbOfKilling(_ c: CasualtyCase) {
    c.check()
  }
}
