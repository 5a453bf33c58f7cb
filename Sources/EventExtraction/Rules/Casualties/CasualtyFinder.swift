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

  /// The mentions of one line of normalised text.
  func mentions(inText text: String) -> [CasualtyMention] {
    guard Self.mayMention(text) else { return [] }
    let context = CasualtyContext(text: text, tokens: WordTokenizer.tokens(in: text))
    var found: [FoundFigure] = []
    var seen = Set<Int>()
    for rule in Self.rules {
      for figure in rule.figures(in: context) where !seen.contains(figure.phrase.start) {
        seen.insert(figure.phrase.start)
        found.append(figure)
      }
    }
    found += PartRule().figures(in: context, wholes: found)
    found.sort { $0.phrase.start < $1.phrase.start }
    var indexOf: [Int: Int] = [:]
    for (n, figure) in found.enumerated() { indexOf[figure.phrase.start] = n }
    return found.map { figure in
      let phrase = figure.phrase
      let trigger = context.tokens[figure.trigger]
      let first = context.tokens[phrase.start].start
      let last = context.tokens[phrase.end - 1].end
      var count = phrase.count
      count.victims = phrase.victims
      // A part's evidence is its own phrase and what introduced it ("including at least 50").
      let span =
        figure.whole == nil
        ? TextSpan(start: min(first, trigger.start), end: max(last, trigger.end))
        : TextSpan(start: introducerStart(context, phrase.start) ?? first, end: last)
      return CasualtyMention(
        kind: figure.kind, count: count, span: span,
        numberSpan: phrase.numberSpan, rule: figure.rule,
        partOf: figure.whole.flatMap { indexOf[$0.start] })
    }
  }

  /// Where "including", "among them" or "of whom" before token `index` starts, if present.
  private func introducerStart(_ c: CasualtyContext, _ index: Int) -> Int? {
    var p = index - 1
    if c.word(p) == "," { p -= 1 }
    if CasualtyLexicon.partIntroducers.contains(c.word(p)) { return c.tokens[p].start }
    if ["them", "whom", "which"].contains(c.word(p)), ["among", "of", "amongst"].contains(c.word(p - 1)) {
      return c.tokens[p - 1].start
    }
    return nil
  }

  /// A fast byte scan: false when no word of death or injury can be in the text.
  static func mayMention(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      // Stems: kill, die/dea(d|th), slai, exec, mass, behe, lync, murd, peri, assa, slau,
      // fata, live, bodi, corp, inju, woun, hurt, maim, toll, succ, drow.
      let n = bytes.count
      var i = 0
      while i + 3 < n {
        let a = bytes[i] | 0x20
        let b = bytes[i + 1] | 0x20
        let c = bytes[i + 2] | 0x20
        let d = bytes[i + 3] | 0x20
        switch (a, b) {
        case (0x6B, 0x69): if c == 0x6C && d == 0x6C { return true }  // kill
        case (0x64, 0x69): if c == 0x65 { return true }  // die
        case (0x64, 0x65): if c == 0x61 { return true }  // dea
        case (0x73, 0x6C): if c == 0x61 { return true }  // sla
        case (0x65, 0x78): if c == 0x65 && d == 0x63 { return true }  // exec
        case (0x6D, 0x61): if c == 0x73 || c == 0x69 { return true }  // mas, mai
        case (0x62, 0x65): if c == 0x68 { return true }  // beh
        case (0x6C, 0x79): if c == 0x6E { return true }  // lyn
        case (0x6D, 0x75): if c == 0x72 { return true }  // mur
        case (0x70, 0x65): if c == 0x72 && d == 0x69 { return true }  // peri
        case (0x61, 0x73): if c == 0x73 && d == 0x61 { return true }  // assa
        case (0x66, 0x61): if c == 0x74 { return true }  // fat
        case (0x6C, 0x69): if c == 0x76 || c == 0x66 { return true }  // liv, lif
        case (0x62, 0x6F): if c == 0x64 { return true }  // bod
        case (0x63, 0x6F): if c == 0x72 && d == 0x70 { return true }  // corp
        case (0x69, 0x6E): if c == 0x6A { return true }  // inj
        case (0x77, 0x6F): if c == 0x75 { return true }  // wou
        case (0x68, 0x75): if c == 0x72 { return true }  // hur
        case (0x74, 0x6F): if c == 0x6C && d == 0x6C { return true }  // toll
        case (0x73, 0x75): if c == 0x63 && d == 0x63 { return true }  // succ
        case (0x64, 0x72): if c == 0x6F { return true }  // dro
        default: break
        }
        i += 1
      }
      return false
    }
  }
}
