import Testing

@testable import EventExtraction

/// One victim named by a pronoun, unless doubted.
@Suite struct PronounVictimRuleTests {
  static let cases: [CasualtyCase] = [
    CasualtyCase(
      "He died of his injuries in hospital on Sunday.",
      [
        "killed 1/1/1 exact [He] victims=He partOf=- span=[He died]"
      ]),
    CasualtyCase(
      "She was killed instantly when the shell struck her home.",
      [
        "killed 1/1/1 exact [She] victims=She partOf=- span=[She was killed]"
      ]),
    CasualtyCase(
      "Police said they shot and killed him during the raid.",
      [
        "killed 1/1/1 exact [him] victims=him partOf=- span=[killed him]"
      ]),
    CasualtyCase(
      "It is not confirmed if he died of his injuries.",
      []),
    CasualtyCase(
      "He was wounded in the leg.",
      [
        "injured 1/1/1 exact [He] victims=He partOf=- span=[He was wounded]"
      ]),
  ]

  @Test(arguments: cases) func readsOneVictimFromAPronoun(_ c: CasualtyCase) {
    c.check()
  }
}
