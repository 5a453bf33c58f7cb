/// One sentence of an article with everything the rules read from it.
struct ArticleSentence {
  var block: Int
  var role: BlockRole
  var sentence: Sentence
  var words: [Word]
  /// ``words`` without possessive `'s` (``Word/withoutPossessives(_:)``), as the place and
  /// actor rules read them; the same array when no word is possessive.
  var plainWords: [Word]
  var triggers: [Trigger] = []
  var casualties: [CasualtyMention] = []
  /// For each casualty mention, the index of the word its figure starts in.
  var casualtyWords: [Int] = []
  var places: [PlaceMention] = []
  var dates: [DateMention] = []

  init(block: Int, role: BlockRole, sentence: Sentence, words: [Word]) {
    self.block = block
    self.role = role
    self.sentence = sentence
    self.words = words
    self.plainWords = Word.withoutPossessives(words)
  }

  /// The original-text span of words `range`.
  func span(_ range: Range<Int>) -> TextSpan {
    guard !range.isEmpty else { return sentence.span }
    return sentence.originalSpan(
      TextSpan(start: words[range.lowerBound].start, end: words[range.upperBound - 1].end))
  }

  /// The sentence with its first `bytes` normalised bytes (a dateline) removed.
  static func dropping(_ bytes: Int, from s: Sentence) -> Sentence? {
    let t = Array(s.text.utf8)
    var k = min(bytes, t.count)
    while k < t.count, t[k] == 0x20 { k += 1 }
    guard k < t.count else { return nil }
    let offsets = s.offsets.isEmpty ? Array((s.span.start...s.span.end)) : s.offsets
    let rest = Array(offsets[k...])
    return Sentence(
      text: String(decoding: t[k...], as: UTF8.self),
      span: TextSpan(start: rest[0], end: s.span.end), offsets: rest)
  }
}

/// A clause of a sentence: the words an event's fields are read from.
struct Clause {
  var range: Range<Int>
  /// "including ..." stretches inside the clause: parts of its figure.
  var parts: [Range<Int>]
}
