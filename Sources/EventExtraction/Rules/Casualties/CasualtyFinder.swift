/// Finds every figure of people killed or injured in a sentence.
///
/// Byte-level: the sentence is tokenized once, counted phrases are read once, and a short list
/// of rules (one per file in this folder) links phrases to verbs and nouns of death or injury.
public struct CasualtyFinder: Sendable {
  private static let rules: [any CasualtyRule] = [
    PassiveVictimRule(), ActiveVictimRule(), DeathNounRule(), DeathTollRule(), ToDeathRule(),
    PronounVictimRule(),
  ]

  public init() {}

  /// Every killed/injured figure in one normalised sentence, in text order; parts point at
  /// their whole.
  ///
  /// - Parameter sentence: A sentence whose `text` is normalised (see ``Sentence``).
  /// - Returns: Mentions with sentence-local spans; `partOf` indexes this same array.
  public func mentions(in sentence: Sentence) -> [CasualtyMention] {
    mentions(inText: sentence.text)
  }

  /// ``mentions(in:)`` given `words`, the ``WordScanner`` words of the sentence's text (or of
  /// the text it lower-cases): the rules read their tokens from them.
  func mentions(in sentence: Sentence, words: [Word]) -> [CasualtyMention] {
    guard Self.mayMention(sentence.text) else { return [] }
    return mentions(in: CasualtyContext(text: sentence.text, words: words))
  }

  /// The mentions of one line of normalised text.
  func mentions(inText text: String) -> [CasualtyMention] {
    guard Self.mayMention(text) else { return [] }
    return mentions(in: CasualtyContext(text: text))
  }

  /// The mentions the rules read in `context`.
  private func mentions(in context: CasualtyContext) -> [CasualtyMention] {
    var found: [FoundFigure] = []
    // A sentence has a few figures: a linear search beats hashing into a set.
    for rule in Self.rules {
      for figure in rule.figures(in: context)
      where !found.contains(where: { $0.phrase.start == figure.phrase.start }) {
        found.append(figure)
      }
    }
    found = CoordinatedGroupRule().figures(in: context, found: found)
    found += PartRule().figures(in: context, wholes: found)
    // Text order; a group's sum comes before its first member.
    found.sort { ($0.phrase.start, $0.isSum ? 0 : 1) < ($1.phrase.start, $1.isSum ? 0 : 1) }
    // The last figure with a key, as a dictionary filled in order would hold.
    func indexOf(_ key: Int) -> Int? { found.lastIndex { $0.key == key } }
    return found.map { figure in
      let phrase = figure.phrase
      let trigger = context.tokens[figure.trigger]
      let first = context.tokens[phrase.start].start
      let last = context.tokens[phrase.end - 1].end
      var count = phrase.count
      count.victims = phrase.victims?.slice(of: context.text)
      // A part's evidence is its own phrase and what introduced it ("including at least 50");
      // a group member's is its own phrase.
      let span =
        figure.group != nil && figure.whole != nil
        ? TextSpan(start: first, end: last)
        : figure.whole == nil
          ? TextSpan(start: min(first, trigger.start), end: max(last, trigger.end))
          : TextSpan(start: introducerStart(context, phrase.start) ?? first, end: last)
      return CasualtyMention(
        kind: figure.kind, count: count, span: span,
        numberSpan: phrase.numberSpan, rule: figure.rule,
        partOf: figure.whole.flatMap { indexOf($0) })
    }
  }

  /// Where "including", "among them" or "of whom" before token `index` starts, if present.
  private func introducerStart(_ c: CasualtyContext, _ index: Int) -> Int? {
    var p = index - 1
    if c.word(p) == "," { p -= 1 }
    if c.isA(p, .partIntroducer) { return c.tokens[p].start }
    if ["them", "whom", "which"].contains(c.word(p)),
      ["among", "of", "amongst"].contains(c.word(p - 1))
    {
      return c.tokens[p - 1].start
    }
    return nil
  }

  /// A fast byte scan: false when no word of death or injury can be in the text.
  ///
  /// Looks at the first four letters of each word (lowercased) for the stems of the trigger
  /// lexicons; a true result only means the rules must run.
  static func mayMention(_ text: String) -> Bool {
    var text = text
    let stems = Stems.shared
    return text.withUTF8 { bytes in
      let n = bytes.count
      // A word starts at a letter after neither a letter nor an apostrophe. The loop only tops
      // at such starts (or at other bytes); the letters and apostrophes after a start or an
      // apostrophe are skipped in a tight inner loop.
      var i = 0
      while i < n {
        let b = bytes[i] | 0x20
        if b >= 0x61 && b <= 0x7A {
          if i + 3 < n {
            let c = bytes[i + 1] | 0x20
            if c >= 0x61 && c <= 0x7A, stems.pairs[Int(b - 0x61) * 26 + Int(c - 0x61)] {
              let stem =
                UInt32(b) << 24 | UInt32(c) << 16 | UInt32(bytes[i + 2] | 0x20) << 8
                | UInt32(bytes[i + 3] | 0x20)
              if stems.contains(stem) { return true }
            }
          }
        } else if bytes[i] != 0x27 {
          i += 1
          continue
        }
        i += 1
        while i < n {
          let c = bytes[i] | 0x20
          guard (c >= 0x61 && c <= 0x7A) || bytes[i] == 0x27 else { break }
          i += 1
        }
      }
      return false
    }
  }
}

/// First four letters of every trigger word, packed big-endian, sorted; and which first two
/// letters occur at all, so most words are rejected by one array read.
private struct Stems: Sendable {
  static let shared = Stems()

  let sorted: [UInt32]
  let pairs: [Bool]

  init() {
    let words =
      CasualtyLexicon.killedStates.union(CasualtyLexicon.injuredStates)
      .union(CasualtyLexicon.killingVerbs).union(CasualtyLexicon.injuringVerbs)
      .union(CasualtyLexicon.deathNouns).union(CasualtyLexicon.injuryNouns)
      .union(["toll", "succumbed", "lost"])
    var stems = Set<UInt32>()
    var pairs = [Bool](repeating: false, count: 26 * 26)
    for w in words where w.utf8.count >= 4 {
      let b = Array(w.utf8)
      stems.insert(UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3]))
      pairs[Int(b[0] - 0x61) * 26 + Int(b[1] - 0x61)] = true
    }
    sorted = stems.sorted()
    self.pairs = pairs
  }

  func contains(_ stem: UInt32) -> Bool {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < stem { lo = mid + 1 } else { hi = mid }
    }
    return lo < sorted.count && sorted[lo] == stem
  }
}
