import Testing

@testable import EventExtraction

/// ``DateWords`` reads month and weekday names from a word's own key, and from a string, alike.
@Suite struct DateWordsTests {
  @Test(arguments: [
    ("March", 3 as Int?), ("MAY", 5), ("sept", 9), ("Sep", 9), ("December", 12), ("Mayday", nil),
    ("Monday", nil), ("marc", nil),
  ])
  func readsMonthNamesInAnyCase(_ text: String, _ expected: Int?) {
    let w = word(text)
    #expect(DateWords.month(w) == expected)
    #expect(DateWords.month(w.lower) == expected)
  }

  @Test(arguments: [
    ("Monday", 0 as Int?), ("FRIDAY", 4), ("sunday", 6), ("Fri", nil), ("March", nil),
  ])
  func readsWeekdayNamesInAnyCase(_ text: String, _ expected: Int?) {
    let w = word(text)
    #expect(DateWords.weekday(w) == expected)
    #expect(DateWords.weekday(w.lower) == expected)
  }

  /// A word given a month's key though it is another word (a forged hash collision) is no month:
  /// the name found by key is compared with the word.
  @Test func rejectsAWordWhoseKeyCollidesWithAName() {
    var impostor = word("Marsh")
    impostor.key = WordKey.of("march")
    #expect(DateWords.month(impostor) == nil)
    impostor.key = WordKey.of("friday")
    #expect(DateWords.weekday(impostor) == nil)
  }
}
