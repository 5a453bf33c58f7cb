import Testing

@testable import EventExtraction

/// Shares of a figure ("including", "among them", "of whom") point at their whole.
@Suite struct PartRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "The British-based Syrian Observatory for Human Rights says that nearly 250 civilians have died in shelling, rocket fire and air raids in the contested city since April 22, including at least 50 people in a hospital supported by the international charity Doctors Without Borders that was hit in an airstrike.",
      [
        "killed -/250/250 nearly [nearly 250] victims=civilians partOf=- span=[nearly 250 civilians have died]",
        "killed 50/50/- at least [at least 50] victims=people partOf=0 span=[including at least 50 people]",
      ]),
    CasualtyCase(
      "But the British monitoring group said 859 civilians, including 143 children, were killed throughout the country in April.",
      [
        "killed 859/859/859 exact [859] victims=civilians partOf=- span=[859 civilians, including 143 children, were killed]",
        "killed 143/143/143 exact [143] victims=children partOf=0 span=[including 143 children]",
      ]),
    CasualtyCase(
      "A suicide bomber killed 23 people, including 12 soldiers, at a checkpoint on Monday.",
      [
        "killed 23/23/23 exact [23] victims=people partOf=- span=[killed 23 people]",
        "killed 12/12/12 exact [12] victims=soldiers partOf=0 span=[including 12 soldiers]",
      ]),
    CasualtyCase(
      "Scores of people were killed in the raid, among them 8 women.",
      [
        "killed -/20/- vague [Scores] victims=people partOf=- span=[Scores of people were killed]",
        "killed 8/8/8 exact [8] victims=women partOf=0 span=[among them 8 women]",
      ]),
    CasualtyCase(
      "Two people died, one of whom was a child.",
      [
        "killed 2/2/2 exact [Two] victims=people partOf=- span=[Two people died]",
        "killed 1/1/1 exact [one] victims=whom partOf=0 span=[one of whom]",
      ]),
    CasualtyCase(
      "Four people including three members of the local militia and a teacher were killed.",
      [
        "killed 4/4/4 exact [Four] victims=people partOf=- span=[Four people including three members of the local militia and a teacher were killed]",
        "killed 3/3/3 exact [three] victims=members of the local militia partOf=0 span=[including three members of the local militia]",
        "killed 1/1/1 exact [a] victims=teacher partOf=0 span=[a teacher]",
      ]),
    CasualtyCase(
      "Five people were arrested, including two soldiers.",
      []),
    CasualtyCase(
      "The blast in the market wounded at least 22 people, three of them critically.",
      [
        "injured 22/22/- at least [at least 22] victims=people partOf=- span=[wounded at least 22 people]",
        "injured 3/3/3 exact [three] victims=them partOf=0 span=[three of them]",
      ]),
  ]

  @Test(arguments: cases) func returnsPartsThatPointAtTheirWhole(_ c: CasualtyCase) {
    c.check()
  }
}
