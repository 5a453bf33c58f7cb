/// Reads a ``FigurePhrase`` at a token: qualifier, number, and the noun phrase that says what is
/// counted. Returns nil where no phrase starts or the phrase counts time or things.
struct FigurePhraseReader {
  let tokens: [WordToken]

  /// Hedges before a number and the qualifier they give it (docs/numbers.md).
  private static let qualifiers: [(words: [String], qualifier: Qualifier)] = [
    (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast),
    (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
    (["more", "than"], .atLeast), (["over"], .atLeast), (["upwards", "of"], .atLeast),
    (["in", "excess", "of"], .atLeast), (["nearly"], .nearly), (["almost"], .nearly),
    (["up", "to"], .nearly), (["as", "many", "as"], .nearly), (["close", "to"], .nearly),
    (["at", "most"], .nearly), (["fewer", "than"], .nearly), (["less", "than"], .nearly),
    (["about"], .about), (["around"], .about), (["some"], .about), (["approximately"], .about),
    (["roughly"], .about), (["an", "estimated"], .about), (["estimated"], .about),
    (["between"], .range),
  ]

  /// The qualifiers by their first word's ``WordKey`` (a token's ``WordToken/hash``), in list
  /// order: an integer probe per candidate, not a `String` hashed for a dictionary.
  private static let qualifiersByFirstKey: KeyTable<[(words: [String], qualifier: Qualifier)]> = {
    let groups = Dictionary(grouping: qualifiers, by: { $0.words[0] })
    var table = KeyTable<[(words: [String], qualifier: Qualifier)]>(minimumCapacity: groups.count)
    for (word, list) in groups {
      precondition(table[WordKey.of(word)] == nil, "two qualifier words share a key")
      table[WordKey.of(word)] = list
    }
    return table
  }()

  /// The qualifiers whose first word is token `i` (as grouping them by first word and looking
  /// its lower case up): found by key, confirmed by the first word's string.
  private func qualifiers(startingAt i: Int) -> [(words: [String], qualifier: Qualifier)] {
    let key = Int(bitPattern: UInt(truncatingIfNeeded: tokens[i].hash))
    guard let found = Self.qualifiersByFirstKey[key], found[0].words[0] == tokens[i].lower
    else { return [] }
    return found
  }

  /// First words of qualifiers.
  static let qualifierStarts: Set<String> = Set(qualifiers.map { $0.words[0] })

  /// First words of qualifiers and determiners: where a phrase may start besides a number.
  static let startWords: Set<String> = Set(qualifiers.map { $0.words[0] }).union([
    "a", "an", "another", "the", "his", "her", "their", "its", "our",
  ])

  private static let definite: WordSet = ["the", "these", "those", "both"]
  private static let determiners: WordSet = ["the", "his", "her", "their", "its", "our"]
  private static let pronouns: WordSet = ["them", "whom", "those", "us"]
  /// Word lists read at each candidate figure, as sets: an array literal in the test was an
  /// array allocated and freed at each call (50,000 of them in three megabytes of news).
  private static let indefinite: WordSet = ["a", "an", "another"]
  private static let notAfterA: WordSet = ["few", "number", "handful"]
  private static let rangeHedges: WordSet = ["about", "around", "nearly", "almost"]
  private static let rangeJoins: WordSet = ["and", "to", "or", "-"]
  private static let groupArticles: WordSet = ["the", "a", "an", "their"]
  private static let partPronouns: WordSet = ["them", "whom", "which", "those"]
  private static let partPrepositions: WordSet = ["among", "of", "amongst"]
  private static let groupHeads: WordSet = [
    "member", "members", "elements", "element", "one", "some", "officers", "officer",
  ]

  /// Whether a phrase may start at `token`: the first test of ``phrase(at:)``, which most
  /// tokens fail.
  @inline(__always)
  static func mayStartPhrase(_ token: WordToken) -> Bool {
    token.isDigits || token.classes.contains(.phraseStart)
  }

  /// The phrase starting at token `i`, if one does.
  func phrase(at i: Int) -> FigurePhrase? {
    guard Self.mayStartPhrase(tokens[i]) else { return nil }
    var j = i
    var qualifier = Qualifier.exact
    let candidates =
      tokens[i].classes.contains(.qualifierStart)
      ? qualifiers(startingAt: i) : []
    for (words, q) in candidates where matches(words, at: i) {
      qualifier = q
      j = i + words.count
      break
    }
    guard j < tokens.count else { return nil }
    if qualifier == .exact, Self.indefinite.contains(tokens[j]),
      j + 1 < tokens.count, NumberWords.afterA[tokens[j + 1].lower] == nil,
      !Self.notAfterA.contains(tokens[j + 1])
    {
      return singular(at: i)
    }
    if qualifier == .exact, Self.determiners.contains(tokens[j]) {
      return definiteSingular(at: i)
    }
    guard tokens[j].isDigits || tokens[j].classes.contains(.numberWord) || tokens[j].lower == "a",
      let (number, afterNumber) = NumberParser.parse(tokens, at: j)
    else { return nil }
    if i > 0, tokens[i - 1].lower == "no" { return nil }
    var k = afterNumber
    var count = Casualties.qualified(
      number.isVague && qualifier == .exact ? .vague : qualifier, number.value)
    var numberEnd = number.span.end
    // A range: "between 10 and 15", "two or three", "10 to 15".
    var highAt = k + 1
    if highAt < tokens.count, Self.rangeHedges.contains(tokens[highAt]) { highAt += 1 }
    if k + 1 < tokens.count, Self.rangeJoins.contains(tokens[k]),
      qualifier == .range || tokens[k].lower != "and",
      let (high, afterHigh) = NumberParser.parse(tokens, at: highAt), high.value > number.value
    {
      count = Casualties(
        low: number.value, best: number.value, high: high.value, qualifier: .range)
      numberEnd = high.span.end
      k = afterHigh
    } else if qualifier == .range {
      return nil
    }
    // Ages ("a 25-year-old") and "or so".
    if k + 1 < tokens.count, tokens[k].lower == "-", tokens[k + 1].lower == "year" { return nil }
    if k + 1 < tokens.count, tokens[k].lower == "or", tokens[k + 1].lower == "so" {
      count = .qualified(.about, number.value)
      numberEnd = tokens[k + 1].end
      k += 2
    }
    var phrase = FigurePhrase(
      start: i, end: k, numberStart: j, count: count, head: .bare, victims: nil,
      numberSpan: TextSpan(start: tokens[i].start, end: numberEnd),
      isDefinite: i > 0 && Self.definite.contains(tokens[i - 1]),
      isPart: isPartIntroduced(before: i))
    // "dozens of people", "three of the soldiers", "five of whom".
    if k + 1 < tokens.count, tokens[k].lower == "of" {
      let next = tokens[k + 1].lower
      if Self.pronouns.contains(tokens[k + 1]) {
        phrase.head = .people
        phrase.victims = TextSpan(start: tokens[k + 1].start, end: tokens[k + 1].end)
        phrase.end = k + 2
        // "five of whom", ", three of them critically": a share of the figure before.
        if next == "whom" || (next == "them" && i > 0 && tokens[i - 1].lower == ",") {
          phrase.isPart = true
        }
        return phrase
      }
      if next == "the" || next == "their" || next == "his" || number.isVague {
        k += next == "the" || next == "their" || next == "his" ? 2 : 1
      }
    }
    if !readNoun(into: &phrase, from: k, needsPerson: false) { return nil }
    if phrase.head == .bare, !number.isVague, tokens[j].isDigits,
      (1900...2100).contains(number.value)
    {
      return nil
    }
    return phrase
  }

  /// "a soldier", "an unidentified Fulani pastoralist", "another civilian": exactly one.
  private func singular(at i: Int) -> FigurePhrase? {
    var phrase = FigurePhrase(
      start: i, end: i + 1, numberStart: i, count: .exactly(1), head: .bare, victims: nil,
      numberSpan: TextSpan(start: tokens[i].start, end: tokens[i].end),
      isDefinite: false, isPart: isPartIntroduced(before: i))
    guard readNoun(into: &phrase, from: i + 1, needsPerson: true) else { return nil }
    return phrase.head == .bare ? nil : phrase
  }

  /// Reads up to five words after a number; sets head, victims and end. False for time/things.
  private func readNoun(into phrase: inout FigurePhrase, from k: Int, needsPerson: Bool) -> Bool {
    var i = k
    var words = 0
    var lastPerson: Int?
    var lastUnknown: Int?
    var sawThing = false
    while i < tokens.count, words < 5 {
      let classes = tokens[i].classes
      if tokens[i].isPunctuation {
        // Hyphens inside a word ("25-year-old", "Pila-Pila") belong to it.
        if tokens[i].lower == "-", i > k, tokens[i - 1].end == tokens[i].start {
          i += 1
          continue
        }
        break
      }
      if tokens[i].isDigits {
        // An age inside a singular phrase: "a 25-year-old man".
        if needsPerson, i + 4 < tokens.count, tokens[i + 1].lower == "-",
          tokens[i + 2].lower == "year", tokens[i + 4].lower == "old"
        {
          i += 5
          continue
        }
        break
      }
      // "one wounded soldier later died": an injury participle used as an adjective.
      if classes.contains(.injuredState), i + 1 < tokens.count,
        tokens[i + 1].classes.contains(.person)
      {
        words += 1
        i += 1
        continue
      }
      if !classes.isDisjoint(with: [.phraseBreak, .trigger, .numberWord, .verbLike]) { break }
      if classes.contains(.thing) {
        sawThing = true
      } else if lastPerson != nil, !tokens[i].isCapitalized, !classes.contains(.person) {
        // "two individuals beat a woman": past the head noun only names and more nouns.
        break
      } else if classes.contains(.person) {
        lastPerson = i
      } else if lastPerson == nil, !sawThing, !needsPerson || tokens[i].isCapitalized {
        lastUnknown = i
      }
      words += 1
      i += 1
    }
    if let last = lastPerson {
      phrase.head = .people
      phrase.end = absorbTail(after: last + 1)
    } else if sawThing {
      return false
    } else if let last = lastUnknown, last - k < 3 {
      phrase.head = .unknown
      phrase.end = last + 1
    } else {
      return !needsPerson
    }
    let from = tokens[min(k, phrase.end - 1)].start
    phrase.victims = TextSpan(start: from, end: tokens[phrase.end - 1].end)
    return true
  }

  /// "the farmer", "his brother", "the Fulani chief hunter": one named person.
  private func definiteSingular(at i: Int) -> FigurePhrase? {
    var phrase = FigurePhrase(
      start: i, end: i + 1, numberStart: i, count: .exactly(1), head: .bare, victims: nil,
      numberSpan: TextSpan(start: tokens[i].start, end: tokens[i].end),
      isDefinite: true, isPart: isPartIntroduced(before: i))
    guard readNoun(into: &phrase, from: i + 1, needsPerson: true), phrase.head == .people
    else { return nil }
    let head = tokens[phrase.end - 1].lower
    if head.hasSuffix("s") || CasualtyLexicon.pluralPeople.contains(head) { return nil }
    return phrase
  }

  /// "members of the Fulani community": the prepositional tail of a group noun.
  private func absorbTail(after end: Int) -> Int {
    guard end < tokens.count, tokens[end].lower == "of",
      Self.groupHeads.contains(tokens[end - 1])
    else { return end }
    var i = end + 1
    if i < tokens.count, Self.groupArticles.contains(tokens[i]) { i += 1 }
    var last = end
    while i < tokens.count, i - end <= 5, tokens[i].isWord,
      tokens[i].classes.isDisjoint(with: [.phraseBreak, .trigger])
    {
      last = i
      i += 1
    }
    return last == end ? end : last + 1
  }

  /// Whether "including", "among them", "of whom" (with an optional comma) comes just before.
  private func isPartIntroduced(before i: Int) -> Bool {
    var p = i - 1
    if p >= 0, tokens[p].lower == "," || tokens[p].lower == ":" { p -= 1 }
    guard p >= 0 else { return false }
    if tokens[p].classes.contains(.partIntroducer) { return true }
    if p >= 1, Self.partPronouns.contains(tokens[p]),
      Self.partPrepositions.contains(tokens[p - 1])
    {
      return true
    }
    return false
  }

  private func matches(_ words: [String], at i: Int) -> Bool {
    guard i + words.count <= tokens.count else { return false }
    for (offset, word) in words.enumerated() where tokens[i + offset].lower != word {
      return false
    }
    return true
  }

  /// The sentence text the tokens were read from.
  let source: String
}
