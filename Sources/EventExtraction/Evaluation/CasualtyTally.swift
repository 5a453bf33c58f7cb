/// The dev harness: how many people a short report says were killed, from ``CasualtyFinder``
/// alone, for scoring against coders' fatality counts.
///
/// Sums the `best` of top-level killed mentions over the report's sentences, and skips
/// restatements: a definite figure ("the three victims were killed") equal to one already
/// counted, and a pronoun ("he died") when a figure is given elsewhere.
public enum CasualtyTally {
  /// People killed according to `text`.
  ///
  /// - Parameters:
  ///   - text: A short, already normalised report (an ACLED note).
  ///   - finder: The finder to read each sentence with.
  public static func killed(in text: String, finder: CasualtyFinder = CasualtyFinder()) -> Int {
    var counted: [Int] = []
    var pronouns = 0
    for sentence in sentences(of: text) where !isAboutAnotherRecord(sentence.text) {
      let mentions = finder.mentions(in: sentence)
      for mention in mentions where mention.kind == .killed && mention.partOf == nil {
        let best = mention.count.best ?? 0
        if mention.rule == PronounVictimRule.name || isPronoun(mention, in: sentence.text) {
          pronouns = max(pronouns, best)
        } else if isDefinite(mention, in: sentence.text), counted.contains(best) {
          continue
        } else {
          counted.append(best)
        }
      }
    }
    return counted.isEmpty ? pronouns : counted.reduce(0, +)
  }

  /// Splits at ". ", "? ", "! " before a capital letter or digit: enough for short notes.
  /// The extractor's own sentence splitter replaces this for articles.
  public static func sentences(of text: String) -> [Sentence] {
    let bytes = Array(text.utf8)
    var result: [Sentence] = []
    var start = 0
    var i = 0
    while i + 2 < bytes.count {
      let b = bytes[i]
      if (b == 0x2E || b == 0x3F || b == 0x21), bytes[i + 1] == 0x20,
        (bytes[i + 2] >= 0x41 && bytes[i + 2] <= 0x5A) || (bytes[i + 2] >= 0x30 && bytes[i + 2] <= 0x39)
      {
        result.append(sentence(bytes, start, i + 1))
        start = i + 2
        i += 2
        continue
      }
      i += 1
    }
    if start < bytes.count { result.append(sentence(bytes, start, bytes.count)) }
    return result
  }

  private static func sentence(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Sentence {
    Sentence(
      text: String(decoding: bytes[start..<end], as: UTF8.self),
      span: TextSpan(start: start, end: end))
  }

  /// "(coded as a separate event)": the coder counted these deaths in another record.
  private static func isAboutAnotherRecord(_ text: String) -> Bool {
    text.contains("separate event")
  }

  private static func isPronoun(_ mention: CasualtyMention, in text: String) -> Bool {
    ["he", "she", "him", "her"].contains(mention.numberSpan.slice(of: text).lowercased())
  }

  /// Whether the figure follows "the", "these", "those" or "both".
  private static func isDefinite(_ mention: CasualtyMention, in text: String) -> Bool {
    let before = TextSpan(start: max(0, mention.numberSpan.start - 7), end: mention.numberSpan.start)
      .slice(of: text).lowercased()
    let own = mention.numberSpan.slice(of: text).lowercased()
    if ["the", "his", "her", "their"].contains(own) { return true }
    return before.hasSuffix("the ") || before.hasSuffix("these ") || before.hasSuffix("those ")
      || before.hasSuffix("both ")
  }
}
