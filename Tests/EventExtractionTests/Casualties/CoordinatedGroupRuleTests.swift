import Testing

@testable import EventExtraction

/// Groups joined by "and" add up: one summed figure, each group a part of it.
@Suite struct CoordinatedGroupRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "Three militants and a soldier were killed in the clash near the border.",
      [
        "killed 4/4/4 exact [Three militants and a soldier] victims=militants and a soldier partOf=- span=[Three militants and a soldier were killed]",
        "killed 3/3/3 exact [Three] victims=militants partOf=0 span=[Three militants]",
        "killed 1/1/1 exact [a] victims=soldier partOf=0 span=[a soldier]",
      ]),
    CasualtyCase(
      "Gunmen killed two soldiers and a civilian before fleeing.",
      [
        "killed 3/3/3 exact [two soldiers and a civilian] victims=soldiers and a civilian partOf=- span=[killed two soldiers and a civilian]",
        "killed 2/2/2 exact [two] victims=soldiers partOf=0 span=[two soldiers]",
        "killed 1/1/1 exact [a] victims=civilian partOf=0 span=[a civilian]",
      ]),
    CasualtyCase(
      "At least two farmers and three pastoralists were killed.",
      [
        "killed 5/5/- at least [At least two farmers and three pastoralists] victims=farmers and three pastoralists partOf=- span=[At least two farmers and three pastoralists were killed]",
        "killed 2/2/- at least [At least two] victims=farmers partOf=0 span=[At least two farmers]",
        "killed 3/3/3 exact [three] victims=pastoralists partOf=0 span=[three pastoralists]",
      ]),
    CasualtyCase(
      "About 20 soldiers and nearly 30 rebels died in the fighting.",
      [
        "killed -/50/- about [About 20 soldiers and nearly 30 rebels] victims=soldiers and nearly 30 rebels partOf=- span=[About 20 soldiers and nearly 30 rebels died]",
        "killed -/20/- about [About 20] victims=soldiers partOf=0 span=[About 20 soldiers]",
        "killed -/30/30 nearly [nearly 30] victims=rebels partOf=0 span=[nearly 30 rebels]",
      ]),
    CasualtyCase(
      "Two policemen and a civilian were wounded.",
      [
        "injured 3/3/3 exact [Two policemen and a civilian] victims=policemen and a civilian partOf=- span=[Two policemen and a civilian were wounded]",
        "injured 2/2/2 exact [Two] victims=policemen partOf=0 span=[Two policemen]",
        "injured 1/1/1 exact [a] victims=civilian partOf=0 span=[a civilian]",
      ]),
    CasualtyCase(
      "Four people including three members of the local militia and a teacher were killed.",
      [
        "killed 4/4/4 exact [Four] victims=people partOf=- span=[Four people including three members of the local militia and a teacher were killed]",
        "killed 3/3/3 exact [three] victims=members of the local militia partOf=0 span=[including three members of the local militia]",
        "killed 1/1/1 exact [a] victims=teacher partOf=0 span=[a teacher]",
      ]),
    CasualtyCase(
      "Two policemen died as well as two assailants.",
      [
        "killed 4/4/4 exact [Two] victims=- partOf=- span=[Two policemen died as well as two assailants]",
        "killed 2/2/2 exact [Two] victims=policemen partOf=0 span=[Two policemen]",
        "killed 2/2/2 exact [two] victims=assailants partOf=0 span=[two assailants]",
      ]),
  ]

  @Test(arguments: cases) func sumsCoordinatedGroups(_ c: CasualtyCase) {
    c.check()
  }
}
