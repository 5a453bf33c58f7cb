import Testing

@testable import EventExtraction

@Suite struct KeyTableTests {
  @Test func storesAndFindsKeysAcrossGrowth() {
    var table = KeyTable<String>()
    let words = (0..<500).map { "word\($0)" }
    for w in words { table[WordKey.of(w)] = w }
    #expect(table.count == 500)
    #expect(words.allSatisfy { table[WordKey.of($0)] == $0 })
    #expect(table[WordKey.of("absent")] == nil)
    table[WordKey.of("word7")] = "seven"
    #expect(table[WordKey.of("word7")] == "seven")
    #expect(table.count == 500)
  }
}
