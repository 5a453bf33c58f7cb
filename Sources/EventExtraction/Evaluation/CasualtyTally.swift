/// The dev harness: how many people a short report says were killed, from ``CasualtyFinder``
/// alone, for scoring against coders' fatality counts.
///
/// Sums the `best` of top-level killed mentions over the report's sentences, the way ACLED
/// codes a note, and skips:
/// - restatements: a definite figure ("the three victims", "the farmer") whose head noun is
///   generic ("victims") or names people counted before (unless nothing else is counted);
/// - a pronoun ("he died") when a figure is given elsewhere;
/// - a stated total ("total of 5 fatalities") beyond the figures it sums;
/// - sentences that only report claims or unconfirmed figures, or deaths coded elsewhere
///   ("coded as a separate event"): ACLED takes the lowest figure.
public enum CasualtyTally {
  /// People killed according to `text`.
  ///
  /// - Parameters:
  ///   - text: A short, already normalised report (an ACLED note).
  ///   - finder: The finder to read each sentence with.
  public static func killed(in text: String, finder: CasualtyFinder = CasualtyFinder()) -> Int {
    killed(in: sentences(of: text), finder: finder)
  }

  /// People killed according to a report already split into normalised sentences (for
  /// example by ``SentenceSplitter``).
  ///
  /// - Parameters:
  ///   - sentences: The report's sentences in reading order.
  ///   - finder: The finder to read each sentence with.
  public static func killed(in sentences: [Sentence], finder: CasualtyFinder = CasualtyFinder())
    -> Int
  {
    var counted: [(best: Int, head: String)] = []
    var pronouns = 0
    var total = 0
    var restated = 0
    for sentence in sentences where !isHedged(sentence.text) {
      let mentions = finder.mentions(in: sentence)
      for mention in mentions where mention.kind == .killed && mention.partOf == nil {
        let best = mention.count.best ?? 0
        let head = headNoun(mention.count.victims)
        if mention.rule == PronounVictimRule.name || isPronoun(mention, in: sentence.text) {
          pronouns = max(pronouns, best)
        } else if isTotal(mention, in: sentence.text) {
          total = max(total, best)
        } else if isDefinite(mention, in: sentence.text),
          restatementHeads.contains(head) || counted.contains(where: { $0.head == head })
        {
          restated = max(restated, best)
        } else {
          counted.append((best, head))
        }
      }
    }
    let sum = counted.reduce(0) { $0 + $1.best }
    return max(counted.isEmpty ? max(pronouns, restated) : sum, total)
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
      if b == 0x2E || b == 0x3F || b == 0x21, bytes[i + 1] == 0x20,
        ASCIIBytes.isCapital(bytes[i + 2])
          || (bytes[i + 2] >= 0x30 && bytes[i + 2] <= 0x39)
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

  /// Heads that only refer back: "the victims", "the dead".
  private static let restatementHeads: Set<String> = [
    "victim", "victims", "dead", "deceased", "body", "bodies", "",
  ]

  private static let hedges = [
    "separate event", "unconfirmed", "some reports", "conflicting reports", "claimed to have",
    "could not be verified", "could not be independently verified",
  ]

  /// A sentence that reports deaths coded in another record, or only claimed or unconfirmed.
  private static func isHedged(_ text: String) -> Bool {
    let lower = text.lowercased()
    return hedges.contains { lower.contains($0) }
  }

  private static func headNoun(_ victims: String?) -> String {
    guard let victims else { return "" }
    return String(victims.lowercased().split(separator: " ").last ?? "")
  }

  private static func isPronoun(_ mention: CasualtyMention, in text: String) -> Bool {
    ["he", "she", "him", "her"].contains(mention.numberSpan.slice(of: text).lowercased())
  }

  /// "total of 5 fatalities", "in total, 12 people".
  private static func isTotal(_ mention: CasualtyMention, in text: String) -> Bool {
    let before = TextSpan(
      start: max(0, mention.numberSpan.start - 10), end: mention.numberSpan.start
    ).slice(of: text).lowercased()
    return before.hasSuffix("total of ") || before.hasSuffix("in total ")
      || before.hasSuffix("in total, ")
  }

  /// Whether the figure is or follows "the", "these", "those", "both", "his", "their".
  private static func isDefinite(_ mention: CasualtyMention, in text: String) -> Bool {
    let own = mention.numberSpan.slice(of: text).lowercased()
    if ["the", "his", "her", "their", "its", "our"].contains(own) { return true }
    let before = TextSpan(
      start: max(0, mention.numberSpan.start - 7), end: mention.numberSpan.start
    )
    .slice(of: text).lowercased()
    return before.hasSuffix("the ") || before.hasSuffix("these ") || before.hasSuffix("those ")
      || before.hasSuffix("both ")
  }
}
