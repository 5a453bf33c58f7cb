import Testing

@testable import EventExtraction

/// ``WordTokenizer/tokens(in:words:)`` reads the same tokens from a sentence's scanner words as
/// ``WordTokenizer/tokens(in:)`` reads from its bytes.
@Suite struct WordTokenizerWordsTests {
  /// Sentences whose scanner words split into several tokens, or join what the tokenizer does
  /// not, with the tokens' lower-case texts.
  static let cases: [(text: String, lowers: [String])] = [
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

  @Test(arguments: cases)
  func readsTheTokensOfTheBytes(text: String, lowers: [String]) {
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
