/// Peaceful protests: "protested", "demonstrated", "marched", "sit-in", "took to the streets".
struct ProtestRule: TriggerRule {
  let id = "type.protest"
  var requiredKeys: [Int]? { Self.matcher.headKeys }
  private static let matcher = LexiconMatcher([
    "protested", "protest", "protests", "protesters", "protestors", "protesting", "demonstrated",
    "demonstration", "demonstrations", "demonstrators", "demonstrating", "marched", "march",
    "marches", "sit-in", "sit-ins", "took to the streets", "rally", "rallies", "rallied",
    "strike", "went on strike", "staged a", "petition", "boycott", "boycotted", "picketed",
    "gathered to denounce", "gathered to demand", "gathered in support", "denounced",
    "took the street", "took the streets", "took to the street", "went to the street",
    "went to the streets", "went down in the street", "went down in the streets",
    "went down to the streets", "walkout", "walked out",
  ])

  /// Words before "strike" that make it an attack, not a labour strike ("air strike").
  private static let strikeWords: WordSet = ["air", "drone", "missile"]

  /// Words that lead a month's name at the start of a sentence ("In March", "The March truce"):
  /// the date rule's prepositions before a bare month, and determiners and time words.
  private static let monthLeaders = WordSet(
    DateRule.monthPrepositionWords + [
      "the", "since", "by", "until", "last", "early", "late", "mid", "this", "next", "through",
      "from", "before", "after", "that",
    ])

  func triggers(in words: [Word]) -> [Trigger] {
    Self.matcher.triggers(in: words, type: .protest, rule: id, checkIrrealis: false) { m in
      // "strike" next to air/drone words is an airstrike, not a labour strike.
      // "March 4" is a date, and so is a capital "March" after a lower-case word ("in March",
      // "the March truce"); a title-case headline ("Thousands March in Bamako") still marches.
      if words[m.first].lower == "march", words[m.first].isCapitalized {
        let next = m.first + 1 < words.count ? Int(words[m.first + 1].text) : nil
        let previous = m.first > 0 ? Int(words[m.first - 1].text) : nil
        if next != nil || previous != nil { return false }
        if let b = words[..<m.first].lastIndex(where: { $0.isWord }) {
          // A sentence's first word is capitalized whatever it is: "The March truce".
          let first = !words[..<b].contains { $0.isWord }
          if !words[b].isCapitalized || (first && Self.monthLeaders.contains(words[b])) {
            return false
          }
        }
      }
      guard words[m.first].lower == "strike" else { return true }
      return m.first == 0 || !Self.strikeWords.contains(words[m.first - 1])
    }
  }
}
