import Foundation
import Testing

@testable import EventExtraction

@Suite struct GazetteerTests {
  struct Lookup: CustomTestStringConvertible, Sendable {
    var name: String
    var expected: String
    var kind: PlacePrecision
    var country: String
    var testDescription: String { name }
  }

  static let lookups: [Lookup] = [
    Lookup(name: "Aleppo", expected: "Aleppo", kind: .city, country: "Syria"),
    Lookup(name: "Halab", expected: "Aleppo", kind: .city, country: "Syria"),
    Lookup(name: "حلب", expected: "Aleppo", kind: .city, country: "Syria"),
    Lookup(name: "Hemeimeem", expected: "Hmeimim", kind: .district, country: "Syria"),
    Lookup(name: "Khmeimim", expected: "Hmeimim", kind: .district, country: "Syria"),
    Lookup(name: "al-Sakhour", expected: "al-Sakhour", kind: .neighbourhood, country: "Syria"),
    Lookup(name: "eastern ghouta", expected: "Eastern Ghouta", kind: .district, country: "Syria"),
    Lookup(name: "Geneva", expected: "Geneva", kind: .city, country: "Switzerland"),
    Lookup(name: "Alibori", expected: "Alibori", kind: .province, country: "Benin"),
    Lookup(name: "Benin", expected: "Benin", kind: .country, country: "Benin"),
    Lookup(name: "Kharkov", expected: "Kharkiv", kind: .city, country: "Ukraine"),
  ]

  @Test(arguments: lookups) func looksUpNamesAndVariants(_ c: Lookup) throws {
    let entry = try #require(Gazetteer.builtIn.lookup(c.name))
    #expect(entry.name == c.expected)
    #expect(entry.kind == c.kind)
    #expect(entry.place(raw: c.name).country == c.country)
  }

  @Test func loadsTheBuiltInGazetteerOnce() {
    let start = Date()
    let count = Gazetteer.builtIn.entries.count
    #expect(count > 30_000)
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func suggestsCloseNames() {
    #expect(Gazetteer.builtIn.suggestions(for: "Alepo").first == "Aleppo")
  }

  @Test func parsesGeoNamesDumpLines() throws {
    let line = [
      "170063", "Aleppo", "Aleppo", "Alep,Halab,Haleb", "36.20124", "37.16117", "P", "PPLA", "SY",
      "", "09", "", "", "", "1602264", "", "390", "Asia/Damascus", "2023-01-01",
    ].joined(separator: "\t")
    let entries = try Gazetteer.parseGeoNames(tsv: line)
    #expect(
      entries == [
        GazetteerEntry(
          name: "Aleppo", kind: .city, country: "Syria", latitude: 36.20124, longitude: 37.16117,
          aliases: ["Alep", "Halab", "Haleb"])
      ])
    #expect(throws: GazetteerError.malformedLine(1, "a\tb")) {
      try Gazetteer.parseGeoNames(tsv: "a\tb")
    }
  }

  @Test func parsesAnalystCSVAndJSONAndMerges() throws {
    let csv =
      "name,kind,admin1,country,lat,lon,aliases\n"
      + "Kofounou,city,Alibori,Benin,12.05,3.18,\"Kofonou|Kofounou village\"\n"
    let fromCSV = try Gazetteer.parseCSV(csv)
    #expect(fromCSV.count == 1)
    #expect(fromCSV[0].aliases == ["Kofonou", "Kofounou village"])
    #expect(fromCSV[0].latitude == 12.05)
    let json =
      #"[{"name": "Mekrou Yinyin", "kind": "city", "country": "Benin", "aliases": ["Mekrou-Yinyin"]}]"#
    let fromJSON = try Gazetteer.parseJSON(Data(json.utf8))
    let merged = Gazetteer(entries: [GazetteerEntry(name: "Aleppo", kind: .city, country: "Syria")])
      .merging(fromCSV + fromJSON)
    #expect(merged.lookup("Kofonou")?.name == "Kofounou")
    #expect(merged.lookup("mekrou-yinyin")?.country == "Benin")
    #expect(throws: GazetteerError.unknownKind(line: 2, "town")) {
      try Gazetteer.parseCSV("name,kind\nX,town\n")
    }
  }
}
