/// What was hit: "hit rebel-held areas", "a hospital supported by Doctors Without Borders",
/// "attacked a Fulani camp".
public struct TargetRule: Sendable {
  public init() {}

  private static let facilities: WordSet = [
    "hospital", "school", "market", "mosque", "church", "clinic", "bakery", "camp", "prison",
    "checkpoint", "convoy", "base", "village", "church", "university", "office", "bus",
    "residential", "neighborhood", "neighbourhood", "house", "home", "shelter",
  ]
  /// Small lists as sets: an array literal in a test was an array allocated at each word.
  private static let sponsorships: WordSet = ["supported", "run", "operated", "backed"]
  private static let relatives: WordSet = ["that", "which", "who", "where", "when"]
  private static let articles: WordSet = ["the", "a", "an"]
  private static let verbs: WordSet = [
    "hit", "struck", "targeted", "targeting", "attacked", "bombed", "shelled", "on", "against",
  ]
  private static let stops: WordSet = [
    "of", "in", "at", "near", "with", "by", "killing", "and", "on", "that", "which", "when",
    "after", "before", "as", "wounding", "injuring", "leaving", "during",
  ]

  /// The target named in words `range` after word `trigger`, and its word range.
  public func target(in words: [Word], range: Range<Int>, trigger: Int) -> (String, Range<Int>)? {
    let facilities = Self.facilities  // read once, not per word (`swift_once`)
    for k in range where facilities.contains(words[k]) {
      var end = k + 1
      var text = words[k].text
      if end + 1 < range.upperBound,
        Self.sponsorships.contains(words[end]),
        words[end + 1].lower == "by"
      {
        var e = end + 2
        while e < range.upperBound, words[e].isWord,
          !Self.relatives.contains(words[e])
        {
          e += 1
        }
        // Keep the name: from the first capitalised word ("the international charity Doctors
        // Without Borders" -> "Doctors Without Borders").
        let named = words[(end + 2)..<e].drop { !$0.isCapitalized }
        let by = Word.spacedText(named.isEmpty ? words[(end + 2)..<e] : named)
        text += " (\(words[end].lower) by \(by))"
        end = e
      }
      return (text, k..<end)
    }
    var k = max(range.lowerBound, trigger)
    while k < range.upperBound {
      if Self.verbs.contains(words[k]) {
        var s = k + 1
        while s < range.upperBound, Self.articles.contains(words[s]) { s += 1 }
        var e = s
        while e < range.upperBound, e - s < 4, words[e].isWord,
          !Self.stops.contains(words[e]),
          DateWords.weekday(words[e]) == nil, !words[e].isCapitalized || e > s
        {
          e += 1
        }
        if e > s, !words[s].isCapitalized {
          return (Word.spacedText(words[s..<e]), s..<e)
        }
      }
      k += 1
    }
    return nil
  }
}
