/// One sentence prepared for the casualty rules: its tokens and every counted phrase in it.
struct CasualtyContext {
  let text: String
  let tokens: [WordToken]
  /// Non-overlapping, in text order.
  let phrases: [FigurePhrase]
  /// For each token index (and one past the last), the phrase ending right before it, then
  /// for each the phrase starting at it (-1: none): one array, not two (an allocation each).
  private let phraseMarks: [Int32]

  /// Tokenizes `text`, looks every word up once, and reads its figure phrases.
  init(text: String) {
    self.init(text: text, tokens: WordTokenizer.tokens(in: text))
  }

  /// ``init(text:)`` with the tokens read from `words`, the ``WordScanner`` words of `text`
  /// (or of the text `text` lower-cases): see ``WordTokenizer/tokens(in:words:)``.
  init(text: String, words: [Word]) {
    var copy = text
    let tokens = copy.withUTF8 { WordTokenizer.tokens(in: $0, words: words) }
    self.init(text: text, tokens: tokens)
  }

  /// Looks every word of `tokens` up once and reads the figure phrases.
  private init(text: String, tokens: [WordToken]) {
    var tokens = tokens
    tokens.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices where buffer[i].kind == .word {
        buffer[i].classes = WordClass.of(
          hash: buffer[i].hash, tail: buffer[i].tail, length: buffer[i].end - buffer[i].start)
      }
    }
    self.text = text
    self.tokens = tokens
    let reader = FigurePhraseReader(tokens: tokens, source: text)
    var phrases: [FigurePhrase] = []
    let width = tokens.count + 1
    var marks = [Int32](repeating: -1, count: 2 * width)
    var i = 0
    while i < tokens.count {
      // Most tokens start no phrase: the reader's first test, read here in place, spares the
      // call (a copy of its result and a static read each) for them.
      guard FigurePhraseReader.mayStartPhrase(tokens[i]) else {
        i += 1
        continue
      }
      if let p = reader.phrase(at: i) {
        marks[p.end] = Int32(phrases.count)
        marks[width + p.start] = Int32(phrases.count)
        phrases.append(p)
        i = p.end
      } else {
        i += 1
      }
    }
    self.phrases = phrases
    phraseMarks = marks
  }

  /// The phrase whose last token is `index - 1`, i.e. that ends right before token `index`.
  func phrase(endingBefore index: Int) -> FigurePhrase? {
    let width = phraseMarks.count / 2
    guard index >= 0, index < width, phraseMarks[index] >= 0 else { return nil }
    return phrases[Int(phraseMarks[index])]
  }

  func phrase(startingAt index: Int) -> FigurePhrase? {
    let width = phraseMarks.count / 2
    guard index >= 0, index < width, phraseMarks[width + index] >= 0 else { return nil }
    return phrases[Int(phraseMarks[width + index])]
  }

  func word(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].lower : ""
  }

  /// Whether token `index` exists and is in `set` (by the token's own hash; as
  /// `set.contains(word(index))`, since no set holds the empty word).
  func isWord(_ index: Int, in set: WordSet) -> Bool {
    index >= 0 && index < tokens.count && set.contains(tokens[index])
  }

  /// Whether token `index` exists and is `word`: its hash compared first, so the per-token
  /// loops of the rules compare strings only for the rare token that may match.
  func isWord(_ index: Int, _ word: LowerWord) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].hash == word.hash
      && tokens[index].lower == word.text
  }

  /// Whether token `index` exists and has any of `classes`.
  func isA(_ index: Int, _ classes: WordClass) -> Bool {
    index >= 0 && index < tokens.count && !tokens[index].classes.isDisjoint(with: classes)
  }

  /// The coordinated phrases ending with `last` ("three militants and a soldier"), and the whole
  /// they are part of when they follow "including" ("four people, including ... and a teacher").
  func chain(endingWith last: FigurePhrase) -> (whole: FigurePhrase?, members: [FigurePhrase]) {
    var members = [last]
    var sawAnd = false
    while !members[0].isPart {
      let first = members[0]
      var joint = first.start - 1
      // "a woman and her two children"
      if ["her", "his", "their"].contains(word(joint)) { joint -= 1 }
      if word(joint) == "and" {
        sawAnd = true
        if word(joint - 1) == "," { joint -= 1 }
      } else if !(word(joint) == "," && sawAnd) {
        break
      }
      // "three farmers (including the village chief)": skip a parenthesis.
      if word(joint - 1) == ")" {
        var k = joint - 2
        while k >= 0, k > joint - 12, word(k) != "(" { k -= 1 }
        if word(k) == "(" { joint = k }
      }
      guard let previous = phrase(endingBefore: joint) else { break }
      members.insert(previous, at: 0)
    }
    guard members[0].isPart else { return (nil, members) }
    var p = members[0].start - 1
    if word(p) == "," || word(p) == ":" { p -= 1 }
    if word(p) == "them" || word(p) == "whom" { p -= 1 }
    if word(p - 1) == "," { p -= 1 }
    return (phrase(endingBefore: p), members)
  }

  /// The phrases joined by "and" after `first` ("killing two soldiers and a civilian").
  func chain(startingWith first: FigurePhrase) -> [FigurePhrase] {
    var members = [first]
    while true {
      let last = members[members.count - 1]
      var joint = last.end
      if word(joint) == "," && word(joint + 1) == "and" { joint += 1 }
      guard word(joint) == "and", let next = phrase(startingAt: joint + 1) else { break }
      // "killed two and three others were wounded": the next phrase starts a new clause.
      if isA(next.end, [.auxiliary, .injuredState, .killedState]) {
        break
      }
      members.append(next)
    }
    return members
  }
}

/// A phrase a rule read as a casualty figure, before the finder numbers the results.
struct FoundFigure {
  var phrase: FigurePhrase
  var kind: CasualtyKind
  var rule: String
  /// The token of the verb or noun that made it a casualty figure.
  var trigger: Int
  /// The ``key`` of the figure this one is a share of.
  var whole: Int?
  /// For members of a coordinated group ("three militants and a soldier"), the first token of
  /// the group; ``CoordinatedGroupRule`` sums them.
  var group: Int?
  /// Whether this is the sum of a coordinated group rather than a phrase of the text.
  var isSum = false

  init(
    phrase: FigurePhrase, kind: CasualtyKind, rule: String, trigger: Int, whole: Int? = nil,
    group: Int? = nil
  ) {
    self.phrase = phrase
    self.kind = kind
    self.rule = rule
    self.trigger = trigger
    self.whole = whole
    self.group = group
  }

  /// Identifies the figure within a sentence: its first token, negated for a group's sum
  /// (which starts where its first member does).
  var key: Int { isSum ? -(phrase.start + 1) : phrase.start }
}

/// A rule that reads casualty figures from one sentence.
protocol CasualtyRule: Sendable {
  func figures(in context: CasualtyContext) -> [FoundFigure]
}

extension CasualtyRule {
  /// Figures for a chain of phrases: the whole (if any) and each member, parts pointing at it.
  func figures(
    chain: (whole: FigurePhrase?, members: [FigurePhrase]), kind: CasualtyKind, rule: String,
    trigger: Int
  ) -> [FoundFigure] {
    guard let whole = chain.whole else {
      let group = chain.members.count > 1 ? chain.members[0].start : nil
      return chain.members.map {
        FoundFigure(phrase: $0, kind: kind, rule: rule, trigger: trigger, group: group)
      }
    }
    return [FoundFigure(phrase: whole, kind: kind, rule: rule, trigger: trigger)]
      + chain.members.map {
        FoundFigure(
          phrase: $0, kind: kind, rule: "casualty.part", trigger: trigger, whole: whole.start)
      }
  }
}

/// A lower-case word and its ``WordToken/hash``, for ``CasualtyContext/isWord(_:_:)``.
struct LowerWord: Sendable {
  let text: String
  let hash: UInt64

  init(_ text: String) {
    self.text = text
    hash = WordTokenizer.hash(text)
  }
}
