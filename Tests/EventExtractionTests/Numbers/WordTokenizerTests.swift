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

  // MARK: Tokens read from scanner words

  /// ``WordTokenizer/tokens(in:words:)`` reads the same tokens from a sentence's scanner words
  /// as ``WordTokenizer/tokens(in:)`` reads from its bytes: sentences whose scanner words split
  /// into several tokens, or join what the tokenizer does not, with the tokens' lower-case texts.
  static let wordCases: [(text: String, lowers: [String])] = [
    ("twenty-three were killed", ["twenty", "-", "three", "were", "killed"]),
    ("The U.N. said 1,200 died", ["the", "u", ".", "n", ".", "said", "1,200", "died"]),
    (
      "a 5-year-old boy and 2.5 tonnes",
      ["a", "5", "-", "year", "-", "old", "boy", "and", "2.5", "tonnes"]
    ),
    ("Ra'ad's men, al-Sakhour's 3rd", ["ra'ad's", "men", ",", "al", "-", "sakhour's", "3", "rd"]),
    ("Kétou (Benin): 12'000 hurt", ["kétou", "(", "benin", ")", ":", "12", "'", "000", "hurt"]),
    ("F-16s hit A1 at 10.30pm", ["f", "-", "16", "s", "hit", "a", "1", "at", "10.30", "pm"]),
  ]

  @Test(arguments: wordCases)
  func readsFromScannerWordsTheTokensOfTheBytes(text: String, lowers: [String]) {
    var copy = text
    let fromWords = copy.withUTF8 { WordTokenizer.tokens(in: $0, words: WordScanner.words(text)) }
    let fromBytes = WordTokenizer.tokens(in: text)
    #expect(fromWords.map(\.lower) == lowers)
    #expect(fromWords == fromBytes)
  }

  @Test func readsCapitalsFromTheLowerCasedText() {
    let text = "Syria Strikes Kill 400"
    var lowered = text.lowercased()
    let tokens = lowered.withUTF8 {
      WordTokenizer.tokens(in: $0, words: WordScanner.words(text))
    }
    #expect(tokens == WordTokenizer.tokens(in: lowered))
    #expect(tokens.map(\.isCapitalized) == [false, false, false, false])
  }
}
