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
/// Storage is flat so a look-up copies no arrays: the keys of a word and the next give the range
/// of ``phrases`` of two or more words starting so (longest first), a word's key the range of
/// one-word phrases, and each phrase a range of ``partKeys`` (and of the exact forms). Gazetteer
/// heads such as "Al" or "Tell" start hundreds of phrases; the second word picks the few that can
/// match.
public struct PhraseLexicon<Value: Sendable>: Sendable {
  /// Every table, behind one reference: a lexicon is copied whenever a rule or dictionary that
  /// holds one is (a static `matcher`, a `Gazetteer`), and a copy of fifteen arrays retained
  /// and released each of them.
  private final class Storage: Sendable {
    let tables: Tables

    init(_ tables: Tables) {
      self.tables = tables
    }
  }
  private let storage: Storage

  /// Whether capitalised phrase words must be written as given.
  public var caseSensitive: Bool { storage.tables.caseSensitive }
  /// The key of every word some phrase starts with: a sentence without one has no match.
  var headKeys: [Int] { storage.tables.headKeys }

  /// - Parameters:
  ///   - entries: phrases and what a match returns; of two phrases as long starting with the
  ///     same word, the earlier is tried first.
  ///   - caseSensitive: whether capitalised phrase words must be written as given.
  public init(_ entries: [(String, Value)], caseSensitive: Bool = false) {
    storage = Storage(Tables(entries, caseSensitive: caseSensitive))
  }

  /// The longest phrase starting at word `i`, if any.
  public func match(_ words: [Word], at i: Int) -> PhraseMatch<Value>? {
    storage.tables.match(words, at: i)
  }

  /// All non-overlapping longest matches, left to right.
  public func matches(in words: [Word]) -> [PhraseMatch<Value>] {
    storage.tables.matches(in: words)
  }

  /// The lexicon's flat tables and how they are built and read.
  struct Tables: Sendable {
    /// One phrase: its parts are `partKeys[partStart..<partEnd]`; a match returns
    /// `values[entry]`. 32-bit fields: the gazetteer's 134,000 phrases fit, in half the memory.
    struct Phrase: Sendable {
      var partStart: Int32
      var partEnd: Int32
      var entry: Int32
    }
    /// A run of ``phrases``, `lower..<upper`.
    struct Run: Sendable {
      var lower: Int32
      var upper: Int32
    }
    /// Every entry's value in input order (copied in one sequential pass: phrases are sorted by
    /// first word, and fetching values in that order touched memory at random).
    var values: [Value] = []
    /// ``pairKey(_:_:)`` of the first two words → the run of ``phrases`` of two or more words.
    var byPair = KeyTable<Run>()
    /// Runs of pairs whose pair key another pair already holds (a hash collision): exact.
    var collidedPairs: [Pair: Run] = [:]
    struct Pair: Hashable, Sendable {
      var head: Int
      var second: Int
    }
    /// First-word key → the run of one-word ``phrases``.
    var singles = KeyTable<Run>()
    /// Grouped by first word, then by second word (one-word phrases apart); in each group longest
    /// first, then in input order.
    var phrases: [Phrase] = []
    /// Every phrase part's key, phrase after phrase.
    var partKeys: [Int] = []
    /// How a part must be written (capitalised parts of a case-sensitive lexicon): its capitals
    /// (``Word/caseMask``) and byte length (-1: any form), and its text past 64 bytes (where the
    /// mask ends), by part index. Flat arrays: an optional struct per part was 40 bytes.
    var exactMasks: [UInt64] = []
    var exactLengths: [Int32] = []
    var longTexts: [Int: String] = [:]
    /// The first words' keys (a ``KeyFilter``): a clear bit rules a word out before the
    /// table look-up, which most words of a sentence never need.
    var heads = KeyFilter(capacity: 0)
    /// The same for the keys of ``byPair`` and of ``singles``: most capitalised words that start
    /// some phrase start none with the next word, or none of one word.
    var pairs = KeyFilter(capacity: 0)
    var singleHeads = KeyFilter(capacity: 0)
    let caseSensitive: Bool
    /// Keys of first words that begin some phrase in lower case ("al-Sakhour", "province"): only
    /// these are looked up for an uncapitalised word in a case-sensitive lexicon.
    var lowerFirst = KeyTable<Bool>()
    /// The key of every word some phrase starts with: a sentence without one has no match.
    var headKeys: [Int] = []

    /// - Parameters:
    ///   - entries: phrases and what a match returns; of two phrases as long starting with the
    ///     same word, the earlier is tried first.
    ///   - caseSensitive: whether capitalised phrase words must be written as given.
    init(_ entries: [(String, Value)], caseSensitive: Bool) {
      self.caseSensitive = caseSensitive
      // Parts of every phrase in input order, then phrases ordered by (first word, second word or
      // none, longest first, input order) so each pair of first words owns one run of ``phrases``
      // and each first word one run of one-word phrases (a pair's longer phrases sort before the
      // one-word phrases only if the second key is `Int.min`; runs stay apart either way).
      // Each part's key, capitals and length in one array (one append a word, not three).
      var parts: [(key: Int, mask: UInt64, length: Int32)] = []
      var firstPart = [Int32](repeating: 0, count: entries.count)
      var pending: [PhraseLexicon.Pending] = []
      parts.reserveCapacity(entries.count * 2)
      pending.reserveCapacity(entries.count)
      for n in entries.indices {
        // The words' keys and exact forms straight from the bytes (no ``Word``s).
        var phrase = entries[n].0
        let first = parts.count
        let headIsCapitalized: Bool = phrase.withUTF8 { t in
          var headIsCapitalized = false
          WordScanner.scan(t) { i, j, isWord in
            let capitalized = WordScanner.isCapitalized(first: t[i], isWord: isWord)
            if parts.count == first { headIsCapitalized = capitalized }
            let exact = caseSensitive && capitalized
            if exact, j - i > 64 {
              longTexts[parts.count] = String(decoding: t[i..<j], as: UTF8.self)
            }
            // Key and capitals in one pass (the mask is kept only for an exact part).
            let (key, mask) = WordScanner.keyAndCaseMask(t, i, j)
            parts.append((key: key, mask: exact ? mask : 0, length: exact ? Int32(j - i) : -1))
          }
          return headIsCapitalized
        }
        let count = parts.count - first
        guard count > 0 else { continue }
        firstPart[n] = Int32(first)
        let head = parts[first].key
        pending.append(
          PhraseLexicon.Pending(
            head: head, second: count > 1 ? parts[first + 1].key : Int.min,
            rest: UInt64(UInt32.max - UInt32(count)) << 32 | UInt64(n)))
        if !(caseSensitive && headIsCapitalized) { lowerFirst[head] = true }
      }
      PhraseLexicon.group(&pending)
      values = entries.map(\.1)
      phrases.reserveCapacity(pending.count)
      // The parts in phrase order, written in place: every part of every kept phrase, each once.
      // (Every phrase with a part is pending, so all `parts.count` slots are written.)
      var partKeys = [Int](repeating: 0, count: parts.count)
      var exactMasks = [UInt64](repeating: 0, count: parts.count)
      var exactLengths = [Int32](repeating: 0, count: parts.count)
      var partCount = 0
      // Count the runs of (head, second word or none for one-word phrases) and heads first, to
      // size the tables; then lay out phrases and fill the tables as each run ends.
      var runCount = 0
      var headCount = 0
      for n in pending.indices {
        let p = pending[n]
        let isNewHead = n == 0 || pending[n - 1].head != p.head
        if isNewHead { headCount += 1 }
        if isNewHead || PhraseLexicon.pairOf(pending[n - 1]) != PhraseLexicon.pairOf(p) {
          runCount += 1
        }
      }
      byPair = KeyTable(minimumCapacity: runCount)
      singles = KeyTable(minimumCapacity: headCount)
      pairs = KeyFilter(capacity: runCount)
      singleHeads = KeyFilter(capacity: headCount)
      var moved: [Int: String] = [:]
      var heads: [Int] = []
      heads.reserveCapacity(headCount)
      var runStart = 0
      // The part tables are written through their buffers: a subscript write checked the
      // array's uniqueness, three times a part (760,000 checks for the gazetteer).
      partKeys.withUnsafeMutableBufferPointer { keyBuffer in
        exactMasks.withUnsafeMutableBufferPointer { maskBuffer in
          exactLengths.withUnsafeMutableBufferPointer { lengthBuffer in
            for n in pending.indices {
              let p = pending[n]
              if heads.last != p.head { heads.append(p.head) }
              let entry = Int(truncatingIfNeeded: p.rest & 0xFFFF_FFFF)
              let count = PhraseLexicon.wordCount(p)
              let first = partCount
              let from = Int(firstPart[entry])
              for q in from..<(from + count) {
                let part = parts[q]
                if part.length > 64, let long = longTexts[q] { moved[partCount] = long }
                keyBuffer[partCount] = part.key
                maskBuffer[partCount] = part.mask
                lengthBuffer[partCount] = part.length
                partCount += 1
              }
              phrases.append(
                Phrase(partStart: Int32(first), partEnd: Int32(partCount), entry: Int32(entry)))
              let endsRun =
                n + 1 == pending.count || pending[n + 1].head != p.head
                || PhraseLexicon.pairOf(pending[n + 1]) != PhraseLexicon.pairOf(p)
              guard endsRun else { continue }
              let run = Run(lower: Int32(runStart), upper: Int32(phrases.count))
              runStart = phrases.count
              guard count > 1 else {
                singles[p.head] = run
                singleHeads.insert(p.head)
                continue
              }
              let key = Self.pairKey(p.head, p.second)
              pairs.insert(key)
              if byPair.contains(key) {
                collidedPairs[Pair(head: p.head, second: p.second)] = run
              } else {
                byPair[key] = run
              }
            }
          }
        }
      }
      self.partKeys = partKeys
      self.exactMasks = exactMasks
      self.exactLengths = exactLengths
      longTexts = moved
      headKeys = heads
      self.heads = KeyFilter(capacity: heads.count)
      for key in heads { self.heads.insert(key) }
    }

    /// The key of a pair of first words for ``byPair``.
    static func pairKey(_ head: Int, _ second: Int) -> Int {
      (head &* 0x2545_F491_4F6C_DD1D) ^ second
    }

  }
}
