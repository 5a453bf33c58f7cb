import Testing

@testable import EventExtraction

/// ``Word/spacedText(_:)`` quotes words as `map(\.text).joined(separator: " ")` does, and
/// ``Word/startsWithDigit`` says what the first byte of the text is.
@Suite struct WordSpacedTextTests {
  @Test(arguments: [
    ("on 12 March 2024", 0..<4, "on 12 March 2024"),
    ("the town of al-Bab, near Aleppo.", 3..<6, "al-Bab , near"),
    ("Médecins Sans Frontières said", 0..<3, "Médecins Sans Frontières"),
    ("an internationally-recognised humanitarian organisation", 0..<4,
      "an internationally-recognised humanitarian organisation"),
    ("one", 0..<1, "one"),
    ("one two", 1..<1, ""),
  ])
  func joinsTextsWithSingleSpaces(sentence: String, range: Range<Int>, expected: String) {
    let words = WordScanner.words(sentence)
    #expect(Word.spacedText(words[range]) == expected)
    #expect(Word.spacedText(words[range]) == words[range].map(\.text).joined(separator: " "))
  }

  @Test(arguments: [
    ("12", true), ("3rd", true), ("0.5", true), ("March", false), ("-", false), ("é", false),
    ("a1", false),
  ])
  func startsWithDigitReadsTheFirstByte(text: String, expected: Bool) throws {
    let word = try #require(WordScanner.words(text).first)
    #expect(word.startsWithDigit == expected)
    #expect(word.startsWithDigit == (word.text.utf8.first.map { (0x30...0x39).contains($0) }))
  }
}
