import Testing

@testable import SitrepKit

@Suite struct InternTableTests {
  @Test func numbersValuesInTheOrderFirstSeen() {
    var table = InternTable<String>()
    let ids = ["Homs", "Aleppo", "Homs", "Idlib", "Aleppo"].map { table.id(of: $0) }
    #expect(ids == [0, 1, 0, 2, 1])
    #expect(table.values == ["Homs", "Aleppo", "Idlib"])
    #expect(table[2] == "Idlib")
  }

  @Test func findsEarlierValuesAfterTheLookUpIsDropped() {
    var table = InternTable<String>()
    _ = ["a", "b"].map { table.id(of: $0) }
    table.dropLookup()
    #expect(table.id(of: "b") == 1)
    #expect(table.id(of: "c") == 2)
    table.dropLookup()
    #expect(table.id(of: "a") == 0)
    #expect(table.count == 3)
  }

  @Test func startsFromGivenValues() {
    var table = InternTable(values: ["x1", "x2"])
    #expect(table.id(of: "x2") == 1)
    #expect(table.id(of: "x0") == 2)
  }

  @Test func ranksIdsByTheirValuesOrder() {
    var table = InternTable<String>()
    _ = ["Homs", "Aleppo", "Idlib", "Daraa"].map { table.id(of: $0) }
    #expect(table.ranks == [2, 0, 3, 1])
    #expect(InternTable<String>().ranks == [])
  }
}
