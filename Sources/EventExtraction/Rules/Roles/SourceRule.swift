/// Who says so: "the Syrian Observatory for Human Rights says", "activists said", "according to
/// police". "The British monitoring group" and "the Observatory" refer back to the last monitor
/// named in the article.
public struct SourceRule: Sendable {
  public let dictionary: ActorDictionary

  public init(dictionary: ActorDictionary) {
    self.dictionary = dictionary
  }

  private static let verbs: WordSet = [
    "said", "says", "reported", "reports", "told", "stated", "announced", "claimed", "added",
    "estimated", "documented", "confirmed", "warned",
  ]
  private static let stopWords: WordSet = [
    "that", "as", "but", "and", "while", "when", "the", "a", "an", "also", "has", "have", "had",
  ]
  /// Generic sources worth naming even when not in the dictionary.
  private static let sourceNouns: WordSet = [
    "activists", "officials", "witnesses", "residents", "monitors", "sources", "medics",
    "doctors", "police", "army", "military", "spokesman", "spokeswoman", "governor", "mediator",
    "observers", "authorities", "ministry", "group", "monitor", "official", "witness",
    "resident", "source", "spokesperson", "commander", "officer", "chief", "mayor",
  ]
  private static let backReferences: WordSet = ["monitoring", "monitor", "observatory"]
  /// Words dropped from the start of a source's name.
  private static let leadingWords: WordSet = ["the", "a", "an", "but"]
  private static let according = WordKey.of("according")
  private static let to = WordKey.of("to")

  /// The source of a sentence, its word range, and the rule that read it.
  ///
  /// - Parameters:
  ///   - words: the sentence's words.
  ///   - lastMonitor: the monitor named most recently in the article, for back references.
  ///   - range: the word range of a clause to look in (the whole sentence when nil).
  public func source(
    in words: [Word], range: Range<Int>? = nil, lastMonitor: String?
  ) -> (String, Range<Int>)? {
    let range = range ?? 0..<words.count
    // Statics read once: each read of a `static let` in a loop is a call to `swift_once`.
    let (verbs, according, to) = (Self.verbs, Self.according, Self.to)
    for i in range where verbs.contains(words[i]) {
      if let found = subject(words, endingBefore: i, lastMonitor: lastMonitor) { return found }
    }
    // "according to", compared by key (``WordKey``) first, then as strings.
    if let k = range.first(where: {
      words[$0].key == according && $0 + 1 < words.count && words[$0 + 1].key == to
        && words[$0].lower == "according" && words[$0 + 1].lower == "to"
    }) {
      let end = min(words.count, k + 8)
      var stop = k + 2
      while stop < end, words[stop].isWord { stop += 1 }
      return subject(words, endingBefore: stop, from: k + 2, lastMonitor: lastMonitor)
    }
    return nil
  }

  private func subject(
    _ words: [Word], endingBefore i: Int, from lower: Int? = nil, lastMonitor: String?
  ) -> (String, Range<Int>)? {
    var s = i
    let floor = lower ?? max(0, i - 9)
    while s > floor, words[s - 1].isWord || words[s - 1].isMark(0x2D) || words[s - 1].isMark(0x2E) {
      if lower == nil, Self.stopWords.contains(words[s - 1]) && s < i { break }
      s -= 1
    }
    guard s < i else { return nil }
    let phrase = Array(words[s..<i])
    let plain = Word.withoutPossessives(phrase)  // the same array when no word is possessive
    for k in plain.indices {
      if let m = dictionary.lexicon.match(plain, at: k) {
        let e = dictionary.entries[m.value]
        if ["monitor", "international", "group", "outlet"].contains(e.kind) || e.kind == "forces" {
          // Generic groups keep the article's words ("Syrian activists", "military sources").
          let generic = e.kind == "group" || e.kind == "forces"
          return (generic ? Self.text(phrase) : e.name, s..<i)
        }
      }
    }
    if let monitor = lastMonitor, phrase.contains(where: { Self.backReferences.contains($0) }) {
      return (monitor, s..<i)
    }
    if let last = phrase.last, Self.sourceNouns.contains(last) {
      return (Self.text(phrase), s..<i)
    }
    return nil
  }

  private static func text(_ words: [Word]) -> String {
    var ws = words[...]
    while let f = ws.first, leadingWords.contains(f) { ws = ws.dropFirst() }
    return Word.spacedText(ws)
  }
}
