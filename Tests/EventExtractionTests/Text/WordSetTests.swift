import Testing

@testable import EventExtraction

/// ``WordSet`` answers as the `Set<String>` it replaced: by key first, then by string.
@Suite struct WordSetTests {
  private static let set: WordSet = ["killed", "al-sakhour", "u.n."]

  @Test(arguments: [
    ("KILLED", true), ("Killed", true), ("al-Sakhour", true), ("U.N.", true), ("kill", false),
    ("killed.", true), ("wounded", false),
  ])
  func matchesWordsInAnyCase(_ text: String, _ expected: Bool) {
    #expect(Self.set.contains(word(text)) == expected)
  }

  @Test(arguments: [("killed", true), ("al-sakhour", true), ("Killed", false), ("kill", false)])
  func matchesLowerCaseStringsExactly(_ lower: String, _ expected: Bool) {
    #expect(Self.set.contains(lower) == expected)
  }

  /// A word whose 64-bit key equals a member's though its text differs: a hash collision.
  /// Real FNV-1a collisions take ~2^32 words to find, so the word's key is set by hand to the
  /// member's. A set that matched on the key alone (as `WordSet` did) answers true here; the
  /// `Set<String>` it replaced, and `WordSet` now, answer false.
  @Test(arguments: ["wounded", "killer", "al-sakhoura", "Kill"])
  func rejectsAWordWhoseKeyCollidesWithAMember(_ text: String) {
    var impostor = word(text)
    impostor.key = WordKey.of("killed")
    #expect(!Self.set.contains(impostor))
    #expect(!Set(["killed", "al-sakhour", "u.n."]).contains(impostor.lower))
  }

  /// Tokens are looked up by their own ``WordToken/hash`` (the same key), confirmed by string.
  @Test(arguments: [
    ("Killed", true), ("al", false), ("killed", true), ("kill", false), ("wounded", false),
  ])
  func matchesTokensByTheirHash(_ text: String, _ expected: Bool) {
    let token = WordTokenizer.tokens(in: text)[0]
    #expect(Self.set.contains(token) == expected)
    var impostor = token
    impostor.hash = UInt64(UInt(bitPattern: WordKey.of("killed")))
    #expect(Self.set.contains(impostor) == (impostor.lower == "killed"))
  }

  @Test func keepsAWordListedTwice() {
    let twice: WordSet = ["dead", "dead"]
    #expect(twice.contains(word("Dead")))
    #expect(!twice.contains(word("deaf")))
  }
}
