import Testing

@testable import EventExtraction

@Suite struct WordTokenizerTests {
  @Test func splitsWordsDigitsAndPunctuation() {
    let tokens = WordTokenizer.tokens(in: "On 25 Nov., 1,200 Ra'ad twenty-three (Benin)")
    #expect(
      tokens.map(\.lower) == [
        "on", "25", "nov", ".", ",", "1,200", "ra'ad", "twenty", "-", "three", "(", "benin", ")",
      ])
    #expect(tokens.map(\.isCapitalized).filter { $0 }.count == 4)
    #expect(tokens[5].kind == .digits)
    #expect((tokens[5].start, tokens[5].end) == (12, 17))
  }

  @Test func keepsNonASCIILettersInsideWords() {
    let tokens = WordTokenizer.tokens(in: "Bohicon, Kétou")
    #expect(tokens.map(\.lower) == ["bohicon", ",", "kétou"])
    #expect((tokens[2].start, tokens[2].end) == (9, 15))
  }
}
