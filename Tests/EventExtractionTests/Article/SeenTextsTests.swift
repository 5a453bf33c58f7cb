import Testing

@testable import EventExtraction

/// ``SeenTexts`` answers as a `Set<String>` would, also when texts are canonically equal with
/// different bytes.
@Suite struct SeenTextsTests {
  @Test(arguments: [
    (["a", "b", "a"], [true, true, false]),
    (["same length", "other words", "same length"], [true, true, false]),
    (["", "", "x"], [true, false, true]),
    (["caf\u{E9}", "cafe\u{301}"], [true, false]),
    (["K", "\u{212A}"], [true, false]),
    (["\u{212A}", "K", "k"], [true, false, true]),
    (["x", "\u{E9}t\u{E9}", "x", "y"], [true, true, false, true]),
    (["a long block of plain ASCII text.", "a long block of plain ASCII text!"], [true, true]),
  ])
  func findsRepeatsLikeASetOfStrings(_ texts: [String], _ expected: [Bool]) {
    var seen = SeenTexts(capacity: 2)
    var reference = Set<String>()
    let inserted = texts.map { seen.insert($0) }
    #expect(inserted == expected)
    #expect(inserted == texts.map { reference.insert($0).inserted })
  }

  @Test func manyTextsOfOneLengthStillAnswerAsASet() {
    // Rows of one width: past `listLimit` of them the set takes over.
    let rows = (0..<SeenTexts.listLimit * 3).map { "row \(1000 + $0 % (SeenTexts.listLimit * 2))" }
    var seen = SeenTexts()
    var reference = Set<String>()
    let inserted = (rows + ["caf\u{E9}", "row 1003"]).map { seen.insert($0) }
    #expect(inserted == (rows + ["caf\u{E9}", "row 1003"]).map { reference.insert($0).inserted })
    #expect(inserted.filter { $0 }.count == SeenTexts.listLimit * 2 + 1)
  }
}
