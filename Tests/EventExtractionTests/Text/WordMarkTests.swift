import Testing

@testable import EventExtraction

/// ``Word/isMark(_:)`` tells a punctuation token by its key exactly as comparing its text would.
@Suite struct WordMarkTests {
  /// Every printable ASCII byte that is not a word byte, each tested against every other.
  static let marks: [UInt8] = (0x21...0x7E).filter { !WordScanner.isWordByte($0) }

  @Test(arguments: marks)
  func tellsEachMarkFromEveryOther(mark: UInt8) throws {
    let text = "a " + String(UnicodeScalar(mark)) + " b"
    let token = try #require(WordScanner.words(text).dropFirst().first)
    #expect(!token.isWord)
    for other in Self.marks {
      #expect(token.isMark(other) == (token.text == String(UnicodeScalar(other))))
    }
    #expect(token.isMark(mark))
  }

  @Test(arguments: ["a", "S", "5", "al-Bab", "U.N."])
  func isNoMarkForAWord(text: String) throws {
    let word = try #require(WordScanner.words(text).first)
    #expect(Self.marks.allSatisfy { !word.isMark($0) })
  }
}
