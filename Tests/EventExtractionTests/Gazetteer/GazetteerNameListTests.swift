import Testing

@testable import EventExtraction

/// The gazetteer's per-name entry lists (what a lexicon match returns) and per-key lists (what
/// ``Gazetteer/lookup(_:)`` reads), kept flat since the names' own arrays went.
@Suite struct GazetteerNameListTests {
  /// 0: Homs city (alias Hims), 1: Homs province (alias HOMS), 2: Hama city (alias Hims).
  static let gazetteer = Gazetteer(entries: [
    GazetteerEntry(name: "Homs", kind: .city, country: "Syria", aliases: ["Hims"]),
    GazetteerEntry(name: "Homs", kind: .province, country: "Syria", aliases: ["HOMS"]),
    GazetteerEntry(name: "Hama", kind: .city, country: "Syria", aliases: ["Hims"]),
  ])

  @Test(arguments: [
    ("Homs", [0, 1]), ("HOMS", [1]), ("Hims", [0, 2]), ("Hama", [2]),
  ])
  func matchesANameToEveryEntrySpeltSo(_ text: String, _ expected: [Int]) {
    let matches = Self.gazetteer.lexicon.matches(in: words("in \(text) today"))
    #expect(matches.count == 1)
    #expect(matches.map { Array(Self.gazetteer.entryIndexes(named: $0.value)) } == [expected])
  }

  @Test(arguments: [
    ("homs", [0, 1]), ("hims", [0, 2]), ("hama", [2]), ("idlib", []),
  ])
  func listsCandidatesOfALowerCasedName(_ key: String, _ expected: [Int]) {
    #expect(Array(Self.gazetteer.candidates(key)) == expected)
  }

  @Test func looksUpTheMostSpecificEntry() {
    #expect(Self.gazetteer.lookup("HOMS")?.kind == .city)
    #expect(Self.gazetteer.lookup("hims")?.name == "Homs")
    #expect(Self.gazetteer.lookup("Aleppo") == nil)
  }
}
