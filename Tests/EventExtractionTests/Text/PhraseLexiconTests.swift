import Testing

@testable import EventExtraction

/// Longest-first phrase matching over word keys, and the order phrases are tried in.
@Suite struct PhraseLexiconTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    /// Each match as "first..<end=value".
    var matches: [String]
    var testDescription: String { sentence }
  }

  static let lexicon = PhraseLexicon(
    [
      ("Deir", 1), ("Deir ez-Zor", 2), ("Deir ez-Zor province", 3), ("al-Bab", 4), ("Al Qaim", 5),
      ("al Qaim", 6), ("Aleppo", 7), ("Tell Abyad", 8), ("Tell Tamer", 9),
    ], caseSensitive: true)

  static let cases: [Case] = [
    Case(sentence: "Shelling hit Deir ez-Zor province today.", matches: ["2..<5=3"]),
    Case(sentence: "Deir ez-Zor and Deir.", matches: ["0..<2=2", "3..<4=1"]),
    Case(sentence: "in aleppo and in Aleppo", matches: ["4..<5=7"]),
    Case(sentence: "near al-Bab and Al-Bab", matches: ["1..<2=4", "3..<4=4"]),
    // Two phrases as long from the same word: the earlier entry is tried first.
    Case(sentence: "Al Qaim and al Qaim", matches: ["0..<2=5", "3..<5=6"]),
    // A capitalised part must have the same capitals (case mask) and length, not just the key.
    Case(sentence: "Tell ABYAD and TELL Abyad and Tell Abyad", matches: ["6..<8=8"]),
    // The second word picks among phrases sharing the first; no one-word "Tell" to fall back on.
    Case(sentence: "Tell Tamer, Tell Abyad, Tell Halaf", matches: ["0..<2=9", "3..<5=8"]),
  ]

  @Test(arguments: cases) func findsLongestMatchesLeftToRight(_ c: Case) {
    let found = Self.lexicon.matches(in: words(c.sentence)).map {
      "\($0.first)..<\($0.end)=\($0.value)"
    }
    #expect(found == c.matches)
  }

  @Test func listsEachFirstWordOnce() {
    let expected = Set(["deir", "al-bab", "al", "aleppo", "tell"].map(WordKey.of))
    #expect(Set(Self.lexicon.headKeys) == expected)
    #expect(Self.lexicon.headKeys.count == 5)
  }
}
