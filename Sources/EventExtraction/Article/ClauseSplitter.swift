/// Splits a sentence's words into clauses that can carry separate events.
///
/// Boundaries: `;`, and `, as` / `, while` / `, but` / `, whereas` / `when` (a clause of its own
/// news). Inside a clause, `including ...` up to the next comma is a part of the clause's
/// figure ("859 civilians, including 143 children, were killed").
enum ClauseSplitter {
  private static let afterComma: WordSet = ["as", "while", "but", "whereas", "and"]

  static func clauses(_ words: [Word]) -> [Clause] {
    var cuts: [Int] = []
    for (i, w) in words.enumerated() where i > 0 {
      if w.text == ";" {
        cuts.append(i + 1)
      } else if w.lower == "when" || w.lower == "whereas" {
        cuts.append(i)
      } else if words[i - 1].text == ",", afterComma.contains(w.lower),
        w.lower != "and" || startsClause(words, i + 1)
      {
        cuts.append(i)
      }
    }
    var result: [Clause] = []
    var start = 0
    for cut in cuts + [words.count] where cut > start {
      result.append(Clause(range: start..<cut, parts: parts(words, start..<cut)))
      start = cut
    }
    return result
  }

  /// "and" starts a clause when a subject and verb follow ("and the army said").
  private static func startsClause(_ words: [Word], _ i: Int) -> Bool {
    guard i + 2 < words.count else { return false }
    return ["the", "a", "he", "she", "they", "police", "soldiers"].contains(words[i].lower)
      && words[(i + 1)..<min(words.count, i + 4)].contains {
        ["said", "says", "killed", "reported", "were", "was"].contains($0.lower)
      }
  }

  private static func parts(_ words: [Word], _ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if words[i].lower == "including"
        || words[i].lower == "among" && i > 0 && words[i - 1].text == ","
      {
        var e = i + 1
        while e < range.upperBound, words[e].text != "," { e += 1 }
        result.append(i..<e)
        i = e
      }
      i += 1
    }
    return result
  }
}
