/// Splits a sentence's words into clauses that can carry separate events.
///
/// Boundaries: `;`, and `, as` / `, while` / `, but` / `, whereas` / `when` (a clause of its own
/// news). Inside a clause, `including ...` up to the next comma is a part of the clause's
/// figure ("859 civilians, including 143 children, were killed").
enum ClauseSplitter {
  private static let afterComma: WordSet = ["as", "while", "but", "whereas", "and"]
  private static let subjects: WordSet = ["the", "a", "he", "she", "they", "police", "soldiers"]
  private static let verbs: WordSet = ["said", "says", "killed", "reported", "were", "was"]
  // Words compared by key (``WordKey``) first, then as strings (a key hit may be a collision).
  private static let semicolon = WordKey.of(";")
  private static let comma = WordKey.of(",")
  private static let when = WordKey.of("when")
  private static let whereas = WordKey.of("whereas")
  private static let and = WordKey.of("and")
  private static let including = WordKey.of("including")
  private static let among = WordKey.of("among")

  static func clauses(_ words: [Word]) -> [Clause] {
    // Statics read once: each read of a `static let` in the loop is a call to `swift_once`.
    let (semicolon, comma, when, whereas, and) = (
      Self.semicolon, Self.comma, Self.when, Self.whereas, Self.and
    )
    let afterComma = Self.afterComma
    var result: [Clause] = []
    var start = 0
    func cut(_ end: Int) {
      guard end > start else { return }
      result.append(Clause(range: start..<end, parts: parts(words, start..<end)))
      start = end
    }
    for i in words.indices.dropFirst() {
      let key = words[i].key
      if key == semicolon, words[i].lower == ";" {
        cut(i + 1)
      } else if (key == when && words[i].lower == "when")
        || (key == whereas && words[i].lower == "whereas")
      {
        cut(i)
      } else if words[i - 1].key == comma, words[i - 1].lower == ",",
        afterComma.contains(words[i]),
        key != and || words[i].lower != "and" || startsClause(words, i + 1)
      {
        cut(i)
      }
    }
    cut(words.count)
    return result
  }

  /// "and" starts a clause when a subject and verb follow ("and the army said").
  private static func startsClause(_ words: [Word], _ i: Int) -> Bool {
    guard i + 2 < words.count else { return false }
    return subjects.contains(words[i])
      && words[(i + 1)..<min(words.count, i + 4)].contains { verbs.contains($0) }
  }

  private static func parts(_ words: [Word], _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    let (including, among, comma) = (Self.including, Self.among, Self.comma)
    var i = range.lowerBound
    while i < range.upperBound {
      let key = words[i].key
      if (key == including && words[i].lower == "including")
        || (key == among && words[i].lower == "among" && i > 0 && words[i - 1].key == comma
          && words[i - 1].lower == ",")
      {
        var e = i + 1
        while e < range.upperBound, words[e].key != comma || words[e].lower != "," { e += 1 }
        result.append(i..<e)
        i = e
      }
      i += 1
    }
    return result
  }
}
