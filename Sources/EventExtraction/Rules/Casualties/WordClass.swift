/// What the casualty lexicons say about one word, looked up once per token.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let killedState = WordClass(rawValue: 1 << 0)
  static let injuredState = WordClass(rawValue: 1 << 1)
  static let killingVerb = WordClass(rawValue: 1 << 2)
  static let injuringVerb = WordClass(rawValue: 1 << 3)
  static let deathNoun = WordClass(rawValue: 1 << 4)
  static let injuryNoun = WordClass(rawValue: 1 << 5)
  static let auxiliary = WordClass(rawValue: 1 << 6)
  static let phraseBreak = WordClass(rawValue: 1 << 7)
  static let person = WordClass(rawValue: 1 << 8)
  static let thing = WordClass(rawValue: 1 << 9)
  static let partIntroducer = WordClass(rawValue: 1 << 10)
  static let numberWord = WordClass(rawValue: 1 << 11)
  /// A word that may begin a figure phrase: a qualifier, "a", "the", "his".
  static let phraseStart = WordClass(rawValue: 1 << 12)
  /// Ends in "-ed" and is no known adjective: probably a verb.
  static let verbLike = WordClass(rawValue: 1 << 13)
  static let adverb = WordClass(rawValue: 1 << 14)
  /// Agent-suffixed but not a person ("border", "after").
  static let notAgent = WordClass(rawValue: 1 << 15)
  /// "-ed" but an adjective ("suspected", "armed").
  static let adjective = WordClass(rawValue: 1 << 16)
  /// The first word of a qualifier ("at" least, "nearly").
  static let qualifierStart = WordClass(rawValue: 1 << 17)

  /// Any word that links a figure to a death or injury.
  static let trigger: WordClass = [
    .killedState, .injuredState, .killingVerb, .injuringVerb, .deathNoun, .injuryNoun,
  ]

  /// The classes of a word token: one probe of an open-addressing table keyed by the token's
  /// 64-bit hash, then byte-level suffix tests for words the lexicons do not list. (A hash
  /// collision between an unlisted word and a listed one is possible in principle; with 64-bit
  /// FNV-1a over a few hundred words it is vanishingly rare.)
  static func of(hash: UInt64, tail: UInt32, length: Int) -> WordClass {
    HashTable.shared.lookup(hash) ?? suffixClasses(tail, length: length, [])
  }

  /// The classes of a lowercased word (slow path for tests and table building).
  static func of(_ word: String) -> WordClass {
    of(hash: WordTokenizer.hash(word), tail: WordTokenizer.tail(word), length: word.utf8.count)
  }

  /// The final classes of a listed word: its lexicon classes and what its ending says.
  fileprivate static func complete(_ word: String, _ listed: WordClass) -> WordClass {
    suffixClasses(WordTokenizer.tail(word), length: word.utf8.count, listed)
  }

  /// Classes read from a word's ending: agent nouns ("-er", "-ist", "-ian", "-ant", "-man"),
  /// "-ed" verbs, "-ly" adverbs.
  fileprivate static func suffixClasses(_ tail: UInt32, length n: Int, _ known: WordClass)
    -> WordClass
  {
    var result = known.subtracting([.notAgent, .adjective])
    guard n >= 3 else { return result }
    let a = UInt8(truncatingIfNeeded: tail >> 24)
    let b = UInt8(truncatingIfNeeded: tail >> 16)
    let c = UInt8(truncatingIfNeeded: tail >> 8)
    let d = UInt8(truncatingIfNeeded: tail)
    if c == 0x65 && d == 0x64 {  // -ed
      if !known.contains(.adjective) && known.isDisjoint(with: .trigger) {
        result.insert(.verbLike)
      }
      return result
    }
    if c == 0x6C && d == 0x79 {  // -ly
      result.insert(.adverb)
      return result
    }
    guard n >= 5, known.isDisjoint(with: [.person, .thing, .notAgent]) else { return result }
    let s = d == 0x73  // plural -s
    let (x, y, z) = s ? (a, b, c) : (b, c, d)
    let agent =
      (y == 0x65 && z == 0x72) || (y == 0x6F && z == 0x72)  // -er, -or
      || (x == 0x69 && y == 0x73 && z == 0x74)  // -ist
      || (x == 0x69 && y == 0x61 && z == 0x6E)  // -ian
      || (x == 0x61 && y == 0x6E && z == 0x74)  // -ant
      || (x == 0x6D && y == 0x61 && z == 0x6E)  // -man
      || (!s && b == 0x6D && c == 0x65 && d == 0x6E)  // -men
    if agent { result.insert(.person) }
    return result
  }

  fileprivate static let table: [String: WordClass] = {
    var t: [String: WordClass] = [:]
    func add(_ words: some Sequence<String>, _ c: WordClass) {
      for w in words { t[w, default: []].insert(c) }
    }
    add(CasualtyLexicon.killedStates, .killedState)
    add(CasualtyLexicon.injuredStates, .injuredState)
    add(CasualtyLexicon.killingVerbs, .killingVerb)
    add(CasualtyLexicon.injuringVerbs, .injuringVerb)
    add(CasualtyLexicon.deathNouns, .deathNoun)
    add(CasualtyLexicon.injuryNouns, .injuryNoun)
    add(CasualtyLexicon.auxiliaries, .auxiliary)
    add(CasualtyLexicon.phraseBreaks, .phraseBreak)
    add(CasualtyLexicon.people, .person)
    add(CasualtyLexicon.notVictims, .thing)
    add(CasualtyLexicon.partIntroducers, .partIntroducer)
    add(NumberWords.units.keys, .numberWord)
    add(NumberWords.tens.keys, .numberWord)
    add(NumberWords.vague.keys, .numberWord)
    add(NumberWords.vague.keys, .phraseStart)
    add(NumberWords.units.keys, .phraseStart)
    add(NumberWords.tens.keys, .phraseStart)
    add(FigurePhraseReader.startWords, .phraseStart)
    add(FigurePhraseReader.qualifierStarts, .qualifierStart)
    add(CasualtyLexicon.notAgents, .notAgent)
    add(CasualtyLexicon.participleAdjectives, .adjective)
    return t
  }()
}

/// An open-addressing table from word hashes to classes, built once from the lexicons.
private struct HashTable: Sendable {
  static let shared = HashTable(WordClass.table)

  private let keys: [UInt64]
  private let values: [UInt32]
  private let mask: Int

  init(_ words: [String: WordClass]) {
    var size = 1024
    while size < words.count * 4 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var values = [UInt32](repeating: 0, count: size)
    for (word, listed) in words {
      let classes = WordClass.complete(word, listed)
      let h = WordTokenizer.hash(word)
      var i = Int(truncatingIfNeeded: h) & (size - 1)
      while keys[i] != 0 && keys[i] != h { i = (i + 1) & (size - 1) }
      keys[i] = h
      values[i] |= classes.rawValue
    }
    self.keys = keys
    self.values = values
    mask = size - 1
  }

  func lookup(_ h: UInt64) -> WordClass? {
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let k = keys[i]
      if k == h { return WordClass(rawValue: values[i]) }
      if k == 0 { return nil }
      i = (i + 1) & mask
    }
  }
}
