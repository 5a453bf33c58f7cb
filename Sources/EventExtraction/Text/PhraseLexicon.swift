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
///
/// Storage is flat so a look-up copies no arrays: a first word's key gives a range of
/// ``phrases`` (longest first), and each phrase a range of ``partKeys``/``exactForm``.
public struct PhraseLexicon<Value: Sendable>: Sendable {
  /// One phrase: its parts are `partKeys[parts]`; a match returns `values[entry]`.
  private struct Phrase: Sendable {
    var parts: Range<Int>
    var entry: Int
  }
  /// Every entry's value in input order (copied in one sequential pass: phrases are sorted by
  /// first word, and fetching values in that order touched memory at random).
  private var values: [Value] = []
  /// First-word key → the range of ``phrases`` starting with it.
  private var byFirst = KeyTable<Range<Int>>()
  private var phrases: [Phrase] = []
  /// Every phrase part's key, phrase after phrase.
  private var partKeys: [Int] = []
  /// How a part must be written (capitalised parts of a case-sensitive lexicon): its capitals
  /// (``Word/caseMask``) and byte length, its text only past 64 bytes (where the mask ends).
  private var exactForm: [ExactForm?] = []
  private struct ExactForm: Sendable {
    var caseMask: UInt64
    var length: Int
    var longText: String?
  }
  /// A bit per first-word key hash (``headBit(_:)``): a clear bit rules a word out before the
  /// table look-up, which most words of a sentence never need.
  private var headBits: [UInt64] = [0]
  private var headMask = 63
  public let caseSensitive: Bool
  /// Keys of first words that begin some phrase in lower case ("al-Sakhour", "province"): only
  /// these are looked up for an uncapitalised word in a case-sensitive lexicon.
  private var lowerFirst = KeyTable<Bool>()
  /// The key of every word some phrase starts with: a sentence without one has no match.
  private(set) var headKeys: [Int] = []

  /// - Parameters:
  ///   - entries: phrases and what a match returns; of two phrases as long starting with the
  ///     same word, the earlier is tried first.
  ///   - caseSensitive: whether capitalised phrase words must be written as given.
  public init(_ entries: [(String, Value)], caseSensitive: Bool = false) {
    self.caseSensitive = caseSensitive
    // Parts of every phrase in input order, then phrases ordered by (first word, longest first,
    // input order) so each first word owns one run of ``phrases``.
    var keys: [Int] = []
    var texts: [ExactForm?] = []
    var pending: [(head: Int, parts: Range<Int>, entry: Int)] = []
    keys.reserveCapacity(entries.count * 2)
    texts.reserveCapacity(entries.count * 2)
    pending.reserveCapacity(entries.count)
    for (n, entry) in entries.enumerated() {
      // The words' keys and exact texts straight from the bytes (no ``Word``s).
      var phrase = entry.0
      let first = keys.count
      let headIsCapitalized: Bool = phrase.withUTF8 { t in
        var headIsCapitalized = false
        WordScanner.scan(t) { i, j, isWord in
          let bytes = UnsafeBufferPointer(rebasing: t[i..<j])
          let capitalized = WordScanner.isCapitalized(first: t[i], isWord: isWord)
          if keys.count == first { headIsCapitalized = capitalized }
          keys.append(WordKey.hash(bytes))
          texts.append(
            caseSensitive && capitalized
              ? ExactForm(
                caseMask: WordScanner.caseMask(bytes), length: bytes.count,
                longText: bytes.count > 64 ? String(decoding: bytes, as: UTF8.self) : nil)
              : nil)
        }
        return headIsCapitalized
      }
      guard keys.count > first else { continue }
      let head = keys[first]
      pending.append((head, first..<keys.count, n))
      if !(caseSensitive && headIsCapitalized) { lowerFirst[head] = true }
    }
    pending.sort { a, b in
      (a.head, b.parts.count, a.entry) < (b.head, a.parts.count, b.entry)
    }
    values = entries.map(\.1)
    phrases.reserveCapacity(pending.count)
    partKeys.reserveCapacity(keys.count)
    exactForm.reserveCapacity(keys.count)
    var heads: [Int] = []
    var runs: [Range<Int>] = []
    for p in pending {
      if heads.last != p.head {
        heads.append(p.head)
        runs.append(phrases.count..<phrases.count)
      }
      let first = partKeys.count
      for q in p.parts {
        partKeys.append(keys[q])
        exactForm.append(texts[q])
      }
      phrases.append(Phrase(parts: first..<partKeys.count, entry: p.entry))
      runs[runs.count - 1] = runs[runs.count - 1].lowerBound..<phrases.count
    }
    headKeys = heads
    byFirst = KeyTable(minimumCapacity: heads.count)
    var bitCount = 64
    while bitCount < heads.count * 16 { bitCount <<= 1 }
    headBits = Array(repeating: 0, count: bitCount / 64)
    headMask = bitCount - 1
    for (key, run) in zip(heads, runs) {
      byFirst[key] = run
      let bit = Self.headBit(key, headMask)
      headBits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// The longest phrase starting at word `i`, if any.
  public func match(_ words: [Word], at i: Int) -> PhraseMatch<Value>? {
    let head = words[i].key
    if caseSensitive, !words[i].isCapitalized {
      // Most words: only the few phrases that start in lower case can match (a small table,
      // cheaper than a bit of the large ``headBits`` that may be out of cache).
      if lowerFirst.count == 0 || !lowerFirst.contains(head) { return nil }
    }
    // Most remaining words start no phrase: one bit rules them out.
    let bit = Self.headBit(head, headMask)
    if headBits[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return nil }
    guard let candidates = byFirst[head] else { return nil }
    for p in candidates {
      let parts = phrases[p].parts
      guard i + parts.count <= words.count else { continue }
      // Keys first: most candidates of a common first word ("Al", "San") fail on a later word,
      // and a key is one integer compare.
      var k = i
      var ok = true
      for part in parts {
        if words[k].key != partKeys[part] {
          ok = false
          break
        }
        k += 1
      }
      guard ok else { continue }
      k = i
      for part in parts {
        // Same lower-case bytes (keys), same capitals and length: written the same way.
        if let exact = exactForm[part] {
          if words[k].caseMask != exact.caseMask || words[k].end - words[k].start != exact.length
            || (exact.longText != nil && words[k].text != exact.longText)
          {
            ok = false
            break
          }
        }
        k += 1
      }
      if ok { return PhraseMatch(first: i, end: k, value: values[phrases[p].entry]) }
    }
    return nil
  }

  /// The bit of ``headBits`` for a key: high hash bits, unlike ``KeyTable``'s low ones.
  private static func headBit(_ key: Int, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: UInt(bitPattern: key) >> 40) & mask
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
