import Testing

@testable import EventExtraction

/// ``ClauseSplitter`` cuts at `;`, `when`, `whereas` and `, as` / `, but` ..., and marks
/// `including ...` parts; its marker words are found by key and confirmed by string.
@Suite struct ClauseSplitterTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    /// Each clause as "start..<end", with its parts after ":".
    var clauses: [String]
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(sentence: "Two died; three were hurt.", clauses: ["0..<3", "3..<7"]),
    Case(sentence: "Police fired when crowds gathered.", clauses: ["0..<2", "2..<6"]),
    Case(sentence: "Two died, but the army said nothing.", clauses: ["0..<3", "3..<9"]),
    Case(
      sentence: "859 civilians, including 143 children, were killed.",
      clauses: ["0..<10:3..<6"]),
    Case(sentence: "Then crowds gathered and left.", clauses: ["0..<6"]),
  ]

  @Test(arguments: cases) func cutsAtClauseMarkers(_ c: Case) {
    #expect(Self.describe(ClauseSplitter.clauses(words(c.sentence))) == c.clauses)
  }

  /// Words given the key of "when", ";" or "including" (forged hash collisions) are none of
  /// them: a splitter that compared keys alone would cut or mark a part here.
  @Test func ignoresWordsWhoseKeyCollidesWithAMarker() {
    var w = words("Police fired then crowds gathered, with 4 children.")
    w[2].key = WordKey.of("when")
    w[4].key = WordKey.of(";")
    w[6].key = WordKey.of("including")
    #expect(Self.describe(ClauseSplitter.clauses(w)) == ["0..<10"])
  }

  private static func describe(_ clauses: [Clause]) -> [String] {
    clauses.map { c in
      "\(c.range.lowerBound)..<\(c.range.upperBound)"
        + c.parts.map { ":\($0.lowerBound)..<\($0.upperBound)" }.joined()
    }
  }
}
