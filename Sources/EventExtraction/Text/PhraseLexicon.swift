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
  private var byFirst: [String: [(parts: [String], value: Value)]] = [:]
  public let caseSensitive: Bool

  public init(_ entries: [(String, Value)], caseSensitive: Bool = false) {
    self.caseSensitive = caseSensitive
    for (phrase, value) in entries {
      let parts = WordScanner.words(phrase).map { caseSensitive ? $0.text : $0.lower }
      guard let head = parts.first else { continue }
      byFirst[Self.key(head), default: []].append((parts, value))
    }
    for key in byFirst.keys {
      byFirst[key]?.sort { $0.parts.count > $1.parts.count }
    }
  }

  private static func key(_ s: String) -> String {
    String(decoding: s.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  /// The longest phrase starting at word `i`, if any.
  public func match(_ words: [Word], at i: Int) -> PhraseMatch<Value>? {
    guard let candidates = byFirst[words[i].lower] else { return nil }
    for (parts, value) in candidates where i + parts.count <= words.count {
      var ok = true
      for (k, part) in parts.enumerated() {
        let w = words[i + k]
        if caseSensitive {
          let capital = part.utf8.first.map { (0x41...0x5A).contains($0) || $0 >= 0xC0 } ?? false
          if capital ? w.text != part : w.lower != Self.key(part) {
            ok = false
            break
          }
        } else if w.lower != part {
          ok = false
          break
        }
      }
      if ok { return PhraseMatch(first: i, end: i + parts.count, value: value) }
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
