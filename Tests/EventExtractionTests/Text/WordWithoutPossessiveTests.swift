import Testing

@testable import EventExtraction

/// ``Word/withoutPossessive`` drops a final `'s` as dropping the last two characters does,
/// and ``Word/withoutPossessives(_:)`` remakes only the possessive words.
@Suite struct WordWithoutPossessiveTests {
  @Test(arguments: [
    ("Russia's", "Russia", "russia"),
    ("Hezbollah's", "Hezbollah", "hezbollah"),
    ("Kétou's", "Kétou", "kétou"),
    ("Homsé's", "Homsé", "homsé"),
    ("ASSAD's", "ASSAD", "assad"),
    ("a's", "a", "a"),
  ])
  func dropsTheFinalApostropheS(text: String, plain: String, lower: String) throws {
    let words = WordScanner.words(text)
    let word = try #require(words.last(where: { $0.isPossessive }))
    let stripped = word.withoutPossessive
    #expect(stripped.text == plain)
    #expect(stripped.text == String(word.text.dropLast(2)))
    #expect(stripped.lower == lower)
    #expect(stripped.key == WordKey.of(lower))
    #expect(stripped.end == word.end - 2)
    #expect(stripped.isPossessive == plain.hasSuffix("'s"))
  }

  @Test func keepsWordsThatAreNotPossessive() {
    let words = WordScanner.words("Moscow's jets struck Idlib")
    let plain = Word.withoutPossessives(words)
    #expect(plain.map(\.text) == ["Moscow", "jets", "struck", "Idlib"])
    #expect(Array(plain[1...]) == Array(words[1...]))
  }
}
