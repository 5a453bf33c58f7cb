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

  /// The line `sitrep extract` writes straight from an event is the record's line, with the
  /// article's id as prefix, on every event of the samples and the dev set.
  @Test func writesTheRecordsLineStraightFromTheEvent() throws {
    var articles: [(String, String)] = []
    let samples = DevData.packageRoot.appendingPathComponent("Samples/articles")
    for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() {
      articles.append((name, try DevData.sample(name)))
    }
    let dev = DevData.acledBenin()
    if dev == nil { print("dev set absent (../shared/dev): checking the samples only") }
    articles += (dev ?? []).map { ($0.id, $0.text) }
    let extractor = Extractor()
    var checked = 0
    for (id, text) in articles {
      for event in extractor.extract(ArticleInput(id: id, text: text)).events {
        var direct: [UInt8] = []
        EventRecord.appendJSONLine(of: event, text: text, article: id, to: &direct)
        var renamed = event
        renamed.id = "\(id)#\(event.id)"
        renamed.partOf = event.partOf.map { "\(id)#\($0)" }
        renamed.article = id
        #expect(String(decoding: direct, as: UTF8.self) == EventRecord(event: renamed, text: text).jsonLine())
        var plain: [UInt8] = []
        EventRecord.appendJSONLine(of: event, text: text, to: &plain)
        #expect(String(decoding: plain, as: UTF8.self) == EventRecord(event: event, text: text).jsonLine())
        checked += 1
      }
    }
    // The samples' 13 events, and the dev set's hundreds when it is there.
    #expect(checked >= (dev == nil ? 13 : 500))
  }

  /// Evidence cut inside a character, odd years and escapes take the slow paths, same bytes.
  @Test(arguments: [
    (TextSpan(start: 1, end: 9), 2024),
    (TextSpan(start: 0, end: 4), 12345),
    (TextSpan(start: 0, end: 40), 7),
    (TextSpan(start: 3, end: 2), 2024),
  ])
  func writesOddEventsAsTheRecordDoes(_ span: TextSpan, _ year: Int) throws {
    let text = "é\"quoted\"\ttab — Aleppo\n\u{1}"
    let day = try #require(Day(iso: "2024-02-29"))
    var event = Event(
      id: "3", article: "a", type: .airstrike,
      date: EventDate.on(Day(year: year, month: day.month, day: day.day)), scope: .incident,
      partOf: "1", evidence: Evidence(span: span, rule: "test"))
    event.actors = ["a \"b\"", "c"]
    var direct: [UInt8] = []
    EventRecord.appendJSONLine(of: event, text: text, article: "x\"y", to: &direct)
    event.id = "x\"y#3"
    event.partOf = "x\"y#1"
    event.article = "x\"y"
    #expect(String(decoding: direct, as: UTF8.self) == EventRecord(event: event, text: text).jsonLine())
  }
}
