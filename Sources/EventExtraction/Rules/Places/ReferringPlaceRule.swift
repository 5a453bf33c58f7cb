/// Resolves phrases that refer to a place without naming it: "the contested city", "the
/// embattled city", "the country's largest city", "the city" → the city the article is about;
/// "throughout the country" → its country. The choice and its reason go in `basis`.
public struct ReferringPlaceRule: Sendable {
  public init() {}

  private static let cityNouns: WordSet = ["city", "town"]
  private static let adjectives: WordSet = [
    "contested", "embattled", "besieged", "northern", "southern", "eastern", "western", "central",
    "rebel-held", "divided", "ancient", "war-torn", "coastal", "strategic", "battered", "key",
    "beleaguered", "shattered", "devastated", "largest", "biggest", "second-largest", "same",
  ]
  private static let countryLead: WordSet = ["throughout", "across", "in", "over", "around"]
  /// Every phrase starts with "the": compared by key (``WordKey``), as word sets are.
  private static let the = WordKey.of("the")

  /// Referring phrases in `words` resolved with `context`, left to right.
  public func mentions(in words: [Word], context: PlaceContext) -> [PlaceMention] {
    var result: [PlaceMention] = []
    let the = Self.the  // read once: each read of a `static let` calls `swift_once`
    var i = 0
    while i < words.count {
      guard words[i].key == the, words[i].lower == "the" else {
        i += 1
        continue
      }
      var k = i + 1
      // "the country's largest city"
      if k < words.count, words[k].lower == "country's" { k += 1 }
      while k < words.count, Self.adjectives.contains(words[k]) { k += 1 }
      if k < words.count, Self.cityNouns.contains(words[k]),
        !(k + 1 < words.count && words[k + 1].lower == "of"),
        let (city, why) = context.referredCity()
      {
        let raw = Word.spacedText(words[i...k])
        result.append(
          PlaceMention(
            first: i, end: k + 1, raw: raw, entry: city,
            basis: "'\(raw)' refers to \(city.name): \(why)", rule: "place.referring"))
        i = k + 1
        continue
      }
      if i + 1 < words.count, words[i + 1].lower == "country", i > 0,
        Self.countryLead.contains(words[i - 1]), let country = context.country
      {
        let raw = "the country"
        result.append(
          PlaceMention(
            first: i, end: i + 2, raw: raw, entry: country,
            basis: "'the country' is \(country.name), the country the article is about",
            rule: "place.referring"))
        i += 2
        continue
      }
      i += 1
    }
    return result
  }
}
