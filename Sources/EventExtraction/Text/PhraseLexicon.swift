/// A match of a lexicon phrase: word indexes `first..<end` in a sentence's ``Word`` array.
public struct PhraseMatch<Value: Sendable>: Sendable {
  public var first: Int
  public var end: Int
  public var value: Value
}

/// Multi-word phrases looked up by their first word, matched longest first.
///
/// Phrases are split on spaces; each part matches one word token. Matching is on lower case
/// unless the lexicon is case-sensitive, in which case capitalised phrase words must be written
/// the same way in the text (so "Aleppo" matches, "aleppo" does not) while lower-case phrase
/// words ("province", "al-") still match any case.
public struct PhraseLexicon<Value: Sendable>: Sendable {
  private var byFirst: [Int: [(parts: [String], keys: [Int], capital: [Bool], value: Value)]] =
    [:]
  public let caseSensitive: Bool
  /// Keys of first words that begin some phrase in lower case ("al-Sakhour", "province"): only
  /// these are looked up for an uncapitalised word in a case-sensitive lexicon.
  private var lowerFirst: Set<Int> = []

  public init(_ entries: [(String, Value)], caseSensitive: Bool = false) {
    self.caseSensitive = caseSensitive
    for (phrase, value) in entries {
      let words = WordScanner.words(phrase)
      guard let head = words.first else { continue }
      let capital = words.map { caseSensitive && $0.isCapitalized }
      byFirst[head.key, default: []].append((words.map(\.text), words.map(\.key), capital, value))
      if !capital[0] { lowerFirst.insert(head.key) }
    }
    for key in byFirst.keys {
      byFirst[key]?.sort { $0.parts.count > $1.parts.count }
    }
  }

  /// The longest phrase starting at word `i`, if any.
  public func match(_ words: [Word], at i: Int) -> PhraseMatch<Value>? {
    if caseSensitive, !words[i].isCapitalized, !lowerFirst.contains(words[i].key) { return nil }
    guard let candidates = byFirst[words[i].key] else { return nil }
    for (parts, keys, capital, value) in candidates where i + keys.count <= words.count {
      var ok = true
      for k in keys.indices {
        let w = words[i + k]
        if w.key != keys[k] || (capital[k] && w.text != parts[k]) {
          ok = false
          break
        }
      }
      if ok { return PhraseMatch(first: i, end: i + keys.count, value: value) }
    }
    return nil
  }

  /// All non-overlapping longest matches, left to right.
  public func matches(in words: [Word]) -> [PhraseMatch<Value>] {
    var result: [PhraseMatch<Value>] = []
    var i = 0
    while i < words.count {
      if let m = match(words, at: i) {
        result.append(m)
        i = m.end
      } else {
        i += 1
      }
    }
    return result
  }
}
