import Testing

@testable import EventExtraction

/// Counted phrases: qualifier, number, who is counted; and phrases that count time or things.
@Suite struct FigurePhraseReaderTests {
  /// A text and its phrases as `best qualifier head [number] victims`.
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [String]
    var testDescription: String { text }
    init(_ text: String, _ expected: [String]) {
      self.text = text
      self.expected = expected
    }
  }

  static let cases: [Case] = [
    Case("at least five people", ["5 at least people [at least five] people"]),
    Case("nearly 250 civilians", ["250 nearly people [nearly 250] civilians"]),
    Case("some 20 fighters", ["20 about people [some 20] fighters"]),
    Case("dozens of civilians", ["12 vague people [dozens] civilians"]),
    Case("between six and about ten people", ["6 range people [between six and about ten] people"]),
    Case("two or three villagers", ["2 range people [two or three] villagers"]),
    Case("a 25-year-old man", ["1 exact people [a] 25-year-old man"]),
    Case("an unidentified Fulani herder", ["1 exact people [an] unidentified Fulani herder"]),
    Case("the village chief", ["1 exact people [the] village chief definite"]),
    Case("two Fulani", ["2 exact unknown [two] Fulani"]),
    Case("three members of the Fulani community", [
      "3 exact people [three] members of the Fulani community"
    ]),
    Case("30 or so protesters", ["30 about people [30 or so] protesters"]),
    Case("the three victims", ["3 exact people [three] victims definite"]),
    Case("About 30 airstrikes", []),
    Case("another 24 hours", []),
    Case("five years of fighting", []),
    Case("More than 80 organizations", []),
    Case("in 2014", []),
    Case("30 percent", []),
    Case("300,000 francs CFA", []),
    Case("five oxen", []),
    Case("a cattle trader", ["1 exact people [a] cattle trader"]),
    Case("the farmers", []),
    Case("a group", []),
    Case("no one", []),
  ]

  @Test(arguments: cases) func readsCountedPhrases(_ c: Case) {
    let context = CasualtyContext(text: c.text)
    let lines = context.phrases.map { p -> String in
      let head =
        switch p.head {
        case .people: "people"
        case .unknown: "unknown"
        case .bare: "bare"
        }
      let victims = p.victims?.slice(of: c.text) ?? "-"
      return "\(p.count.best ?? -1) \(p.count.qualifier.rawValue) \(head)"
        + " [\(p.numberSpan.slice(of: c.text))] \(victims)" + (p.isDefinite ? " definite" : "")
    }
    #expect(lines == c.expected)
  }
}
