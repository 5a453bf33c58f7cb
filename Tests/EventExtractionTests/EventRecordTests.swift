import Foundation
import Testing

@testable import EventExtraction

@Suite struct EventRecordTests {
  @Test func writesOneLineWithKeysInTheDocumentedOrder() throws {
    let text = try DevData.sample("voa-2016-05-01-aleppo-talks.txt")
    let x = Extractor().extract(ArticleInput(id: "000", text: text))
    let event = try #require(x.events.first { $0.killed?.best == 5 })
    let line = EventRecord(event: event, text: text).jsonLine()
    #expect(!line.contains("\n"))
    let keys = [
      "\"article\"", "\"id\"", "\"type\"", "\"acled\"", "\"cameo\"", "\"killed\"", "\"injured\"",
      "\"place\"", "\"date\"", "\"actors\"", "\"target\"", "\"source\"", "\"scope\"",
      "\"part_of\"", "\"evidence\"", "\"rule\"",
    ]
    let positions = keys.map { line.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    #expect(
      line.hasPrefix(
        #"{"article":"000","id":"8","type":"airstrike","acled":{"event_type":"Explosions/Remote violence","sub_event_type":"Air/drone strike"},"cameo":"195","killed":{"low":5,"best":5,"high":null,"qualifier":"at least","victims":"people","parts":[]},"injured":null,"place":{"raw":"Aleppo","name":"Aleppo","precision":"city""#
      ))
    let decoded = try JSONDecoder().decode(EventRecord.self, from: Data(line.utf8))
    #expect(decoded == EventRecord(event: event, text: text))
    #expect(decoded.evidence.text.hasPrefix("About 30 airstrikes by Syrian government warplanes"))
  }

  @Test func escapesQuotesAndControlCharacters() {
    #expect(JSONLineWriter.quoted("a \"b\"\n\u{1}") == #""a \"b\"\n\u0001""#)
  }
}
