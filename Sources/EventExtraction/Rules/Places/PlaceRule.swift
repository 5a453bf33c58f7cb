/// Finds the places named in a sentence: the longest known name (case-sensitive on capitalised
/// words), with "X province" read as the province and "the city of X" as the city.
public struct PlaceRule: Sendable {
  public let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  private static let provinceWords: WordSet = [
    "province", "governorate", "region", "state", "oblast", "department", "prefecture",
  ]
  private static let districtWords: WordSet = ["district", "commune", "arrondissement"]
  private static let cityWords: WordSet = ["city", "town", "village", "capital", "hamlet"]
  /// Words that make a capitalised name an adjective or organisation, not a place.
  private static let nonPlaceFollowers: WordSet = [
    "observatory", "news", "times", "post", "airlines",
  ]

  /// Every named place in `words`, left to right.
  ///
  /// - Parameters:
  ///   - words: the sentence's words.
  ///   - country: the country the article is about, preferred for ambiguous names.
  public func mentions(in words: [Word], country: String? = nil) -> [PlaceMention] {
    mentions(in: words, plain: Word.withoutPossessives(words), country: country)
  }

  /// ``mentions(in:country:)`` given `plain`, the words ``Word/withoutPossessives(_:)``.
  func mentions(in words: [Word], plain: [Word], country: String? = nil) -> [PlaceMention] {
    var result: [PlaceMention] = []
    let matches = gazetteer.lexicon.matches(in: plain)
    for m in matches {
      if m.end < plain.count, Self.nonPlaceFollowers.contains(plain[m.end]) { continue }
      if Self.isModifier(plain, after: m.end) { continue }
      var end = m.end
      var wanted: Set<PlacePrecision>? = nil
      if end < plain.count, Self.provinceWords.contains(plain[end]) {
        wanted = [.province]
        end += 1
      } else if end < plain.count, Self.districtWords.contains(plain[end]) {
        wanted = [.district, .city]
        end += 1
      } else if m.first >= 2, plain[m.first - 1].lower == "of",
        Self.cityWords.contains(plain[m.first - 2])
      {
        wanted = [.city]
      }
      let best: Int
      let named = gazetteer.entryIndexes(named: m.value)
      if named.count == 1 {
        best = named[named.startIndex]
      } else {
        // A country's own name means the country, not a namesake town abroad ("Mali", not
        // Mali in China), unless the words around it ask for a city.
        let namesakeCountry = countryName(among: named)
        // "Doumba, Mali": the country written after the name picks among its namesakes.
        let statedCountry = countryAfter(end, in: plain, matches: matches)
        func key(_ j: Int) -> (Int, Int, Int, Int, Int, Int) {
          let kind = gazetteer.entries[j].kind
          let entryCountry = gazetteer.entries[j].country
          return (
            wanted.map { $0.contains(kind) ? 0 : 1 } ?? 0,
            statedCountry.map { entryCountry == $0 ? 0 : 1 } ?? 0,
            namesakeCountry.map { kind != .country && entryCountry != $0 } == true ? 1 : 0,
            entryCountry == country || country == nil ? 0 : 1,
            Gazetteer.rank(kind), j
          )
        }
        // The least key wins (keys end in the entry index, so they never tie): one pass, no
        // copies of entries.
        var top = named[named.startIndex]
        var topKey = key(top)
        for j in named.dropFirst() {
          let k = key(j)
          if k < topKey {
            top = j
            topKey = k
          }
        }
        best = top
      }
      // A lone modifier word before the name stays in `raw` ("northern Latakia province").
      var first = m.first
      if first > 0, Self.directions.contains(plain[first - 1]) { first -= 1 }
      var raw = words[first].text
      for k in (first + 1)..<end {
        raw += " "
        raw += words[k].text
      }
      result.append(
        PlaceMention(
          first: m.first, end: end, raw: raw, entries: gazetteer.entries, index: best, basis: nil,
          rule: "place.gazetteer"))
    }
    return result
  }

  /// The country named right after `end` following a comma ("Doumba, Mali"), if any.
  private func countryAfter(
    _ end: Int, in plain: [Word], matches: [PhraseMatch<Int>]
  ) -> String? {
    guard end + 1 < plain.count, plain[end].isMark(UInt8(ascii: ",")) else { return nil }
    guard let next = matches.first(where: { $0.first == end + 1 }) else { return nil }
    return countryName(among: gazetteer.entryIndexes(named: next.value))
  }

  /// The name of the first country among the gazetteer entries `indexes`.
  private func countryName(among indexes: some Collection<Int>) -> String? {
    indexes.first { gazetteer.entries[$0].kind == .country }.map { gazetteer.entries[$0].name }
  }

  /// Role nouns that make a preceding name an adjective: "U.S. officials", "U.S. and Russian
  /// officials", "Syria peace talks" stays a place (no role noun).
  private static let roleNouns: WordSet = [
    "officials", "official", "president", "forces", "troops", "military", "army", "government",
    "envoy", "mediator", "delegation", "delegates", "embassy", "ambassador", "secretary",
    "minister", "diplomats", "leaders", "authorities", "warplanes", "jets", "navy", "spokesman",
  ]

  static func isModifier(_ words: [Word], after end: Int) -> Bool {
    var k = end
    while k < min(words.count, end + 4) {
      // By index: a copy of each word retained and released its two strings.
      if roleNouns.contains(words[k]) { return true }
      guard words[k].lower == "and" || words[k].isCapitalized else { return false }
      k += 1
    }
    return false
  }

  private static let directions: WordSet = [
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern",
  ]
}

extension Word {
  /// `words` with final possessive `'s` dropped (``withoutPossessive``); the same array, not a
  /// copy, when no word is possessive.
  static func withoutPossessives(_ words: [Word]) -> [Word] {
    // By index: a closure over each `Word` would retain and release its two strings. The
    // array is copied once, at the first possessive, and only possessive words are remade
    // (`withoutPossessive` of any other word is the word itself).
    var plain = words
    for i in words.indices where words[i].isPossessive { plain[i] = words[i].withoutPossessive }
    return plain
  }

  /// The word without a final possessive `'s` ("Russia's" → "Russia").
  var withoutPossessive: Word {
    guard isWord, isPossessive, text.utf8.count > 2 else { return self }
    var copy = self
    var (text, lower) = (text, lower)
    // After an ASCII byte the `'s` is the last two characters, so dropping them is dropping two
    // bytes, copied into the new strings in place (the `Character` walk of `dropLast(2)` cost a
    // few hundred instructions a string). Otherwise (a Prepend mark could join the apostrophe)
    // the characters are dropped.
    if text.withUTF8({ $0[$0.count - 3] < 0x80 }) {
      copy.text = text.withUTF8 { ASCIIBytes.string($0, 0..<($0.count - 2)) }
      copy.lower = lower.withUTF8 { ASCIIBytes.string($0, 0..<($0.count - 2)) }
    } else {
      copy.text = String(text.dropLast(2))
      copy.lower = String(lower.dropLast(2))
    }
    copy.end -= 2
    copy.key = WordKey.of(copy.lower)
    copy.isPossessive = copy.text.utf8.suffix(2).elementsEqual("'s".utf8)
    return copy
  }

}
