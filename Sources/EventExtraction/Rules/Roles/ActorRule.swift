/// Who acted: known states, forces, armed groups and organisations named near the event, read
/// through the ``ActorDictionary`` ("Moscow's" → Russia, "U.N." → United Nations, "Syrian
/// government warplanes" → Syrian government forces).
///
/// A country named as a location ("elsewhere in Syria") is a place, not an actor; sources
/// (monitors, activists) and victims (civilians) are not actors.
public struct ActorRule: Sendable {
  public let dictionary: ActorDictionary

  public init(dictionary: ActorDictionary) {
    self.dictionary = dictionary
  }

  private static let locative: WordSet = [
    "in", "to", "from", "across", "throughout", "of", "into", "inside", "near", "around", "over",
  ]
  private static let directions: WordSet = [
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "neighbouring", "neighboring",
  ]
  private static let forceNouns: WordSet = [
    "forces", "troops", "shelling", "airstrikes", "warplanes", "jets", "army", "soldiers",
    "bombardment", "helicopters", "artillery", "military",
  ]
  private static let excludedKinds: WordSet = ["monitor", "group", "outlet"]
  private static let government = WordKey.of("government")
  private static let regime = WordKey.of("regime")

  /// Actors named in words `range` of a sentence, in order, each with its word range.
  ///
  /// - Parameters:
  ///   - words: the sentence's words.
  ///   - range: the word range of the event's clause.
  ///   - country: the country the article is about (for "government forces").
  ///   - violentOnly: whether the event is violence (organisations named then are targets or
  ///     witnesses, not actors).
  public func actors(
    in words: [Word], range: Range<Int>, country: String?, violentOnly: Bool = false
  ) -> [(String, Range<Int>)] {
    actors(
      in: words, plain: Word.withoutPossessives(words), range: range, country: country,
      violentOnly: violentOnly)
  }

  /// ``actors(in:range:country:violentOnly:)`` given `plain`, the words
  /// ``Word/withoutPossessives(_:)`` (read once per sentence, not once per event).
  func actors(
    in words: [Word], plain: [Word], range: Range<Int>, country: String?,
    violentOnly: Bool = false
  ) -> [(String, Range<Int>)] {
    var result: [(String, Range<Int>)] = []
    // Statics read once (each read in the loop is a `swift_once` call); words compared by key
    // first, as word sets compare, and only then as strings.
    let (government, regime) = (Self.government, Self.regime)
    var i = range.lowerBound
    while i < range.upperBound {
      if let m = dictionary.lexicon.match(plain, at: i), m.end <= range.upperBound {
        let entry = dictionary.entries[m.value]
        // "in Syria" and "Aleppo, Syria" name places; "Russia's" never does.
        let possessive = words[m.end - 1].isPossessive
        var before = i - 1
        while before > 0, Self.directions.contains(plain[before]) { before -= 1 }
        let asPlace =
          entry.kind == "state" && before >= 0 && !possessive
          && (Self.locative.contains(plain[before]) || plain[before].isMark(0x2C))
        let excluded =
          Self.excludedKinds.contains(entry.kind)
          || (violentOnly && entry.kind == "international")
        if !asPlace, !excluded, entry.name != "civilians" {
          result.append((entry.name, i..<m.end))
        }
        i = m.end
        continue
      }
      let key = plain[i].key
      if (key == government && plain[i].lower == "government")
        || (key == regime && plain[i].lower == "regime"),
        i + 1 < plain.count, Self.forceNouns.contains(plain[i + 1]), let country
      {
        let forces = dictionary.entries.first { $0.kind == "forces" && $0.country == country }
        result.append((forces?.name ?? "government forces (\(country))", i..<(i + 2)))
      }
      i += 1
    }
    return Self.firstOfEachName(result)
  }

  /// The actors with each name's first only, in order (as filtering through a `Set` of names
  /// does). A clause names few actors: up to eight are compared with the ones kept so far, not
  /// hashed into a new set (a set per event cost about a thousand instructions).
  static func firstOfEachName(_ found: [(String, Range<Int>)]) -> [(String, Range<Int>)] {
    guard found.count > 1 else { return found }
    guard found.count <= 8 else {
      var seen = Set<String>()
      return found.filter { seen.insert($0.0).inserted }
    }
    var kept: [(String, Range<Int>)] = []
    kept.reserveCapacity(found.count)
    for actor in found where !kept.contains(where: { $0.0 == actor.0 }) { kept.append(actor) }
    return kept
  }
}
