import Testing

@testable import EventExtraction

/// Record totals from the finder: sums, restatements, pronouns, totals and hedged sentences.
@Suite struct CasualtyTallyTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let killed: Int
    var testDescription: String { text }
    init(_ text: String, _ killed: Int) {
      self.text = text
      self.killed = killed
    }
  }

  static let cases: [Case] = [
    Case("Three militants and a soldier were killed near the border.", 4),
    Case("Gunmen killed 3 people in the market. The three victims were buried on Sunday.", 3),
    Case("Gunmen killed 3 people in the market. The victims were killed at close range.", 3),
    Case("Police shot a robber. He died in hospital.", 1),
    Case("Police killed a robber. He died before reaching hospital.", 1),
    Case("Soldiers killed the gunman.", 1),
    Case("Attackers killed two soldiers. One wounded soldier later died of his wounds.", 3),
    Case("Two policemen died and two assailants were killed (total of 5 fatalities).", 5),
    Case("Rebels killed 10 civilians. Unconfirmed reports said 30 soldiers were killed.", 10),
    Case("The group claimed to have killed four soldiers.", 0),
    Case("A farmer was killed. Herders killed two men (coded as a separate event).", 1),
    Case("It is not confirmed if he died of his injuries.", 0),
    Case("Several villagers were wounded and the attackers fled.", 0),
    Case("Fighting left many dead in the district.", 3),
  ]

  @Test(arguments: cases) func talliesTheDead(_ c: Case) {
    #expect(CasualtyTally.killed(in: c.text) == c.killed)
  }

  @Test func talliesSentencesFromTheExtractorsSplitter() {
    let text = "Lt.-Gen. Smith said 3 soldiers were killed. The three victims were buried Sunday."
    let sentences = SentenceSplitter().sentences(in: text)
    #expect(sentences.count == 2)
    #expect(CasualtyTally.killed(in: sentences) == 3)
  }

  @Test func splitsNotesIntoSentences() {
    let sentences = CasualtyTally.sentences(of: "On 3 May, U.S. forces left. 2 died. Then calm.")
    #expect(sentences.map(\.text) == ["On 3 May, U.S. forces left.", "2 died.", "Then calm."])
    #expect(
      sentences.map(\.span) == [
        TextSpan(start: 0, end: 27), TextSpan(start: 28, end: 35), TextSpan(start: 36, end: 46),
      ])
  }
}
