import Testing

@testable import EventExtraction

/// The line written straight from an ``Event`` is, byte for byte, the line of its
/// ``EventRecord`` (with the corpus's article id put in as `sitrep extract` does).
@Suite struct EventLineWriterTests {
  /// The record line `sitrep extract` wrote before: ids prefixed by hand, then a record.
  static func recordLine(_ event: Event, text: String, articleID: String?) -> String {
    var e = event
    if let articleID {
      e.id = "\(articleID)#\(e.id)"
      e.partOf = e.partOf.map { "\(articleID)#\($0)" }
      e.article = articleID
    }
    return EventRecord(event: e, text: text).jsonLine()
  }

  static func directLine(_ event: Event, text: String, articleID: String?) -> String {
    var bytes: [UInt8] = []
    EventRecord.appendJSONLine(of: event, text: text, articleID: articleID, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(
    arguments: ["ap-2014-02-13-aleppo-barrel-bombs.txt", "voa-2016-05-01-aleppo-talks.txt"],
    [nil, "c\"7"])
  func writesEachSampleEventAsItsRecordDoes(sample: String, articleID: String?) throws {
    let text = try DevData.sample(sample)
    let events = Extractor().extract(ArticleInput(id: "a1", text: text)).events
    #expect(events.count >= 4)
    #expect(events.contains { $0.place != nil && $0.killed != nil })
    for event in events {
      let direct = Self.directLine(event, text: text, articleID: articleID)
      #expect(direct == Self.recordLine(event, text: text, articleID: articleID))
    }
  }

  /// Hand-made events: evidence cut inside a character or past the text, escapes in ids.
  @Test(arguments: [
    // "é" is bytes 1-2: a span ending inside it is repaired, as the record's text is.
    (TextSpan(start: 0, end: 2), "x1", nil, #""text":"K\#u{FFFD}""#),
    (TextSpan(start: 2, end: 5), "x1", nil, #""text":"\#u{FFFD}nd""#),
    (TextSpan(start: 0, end: 6), "x1", "p\"1", #""text":"Kéndi""#),
    (TextSpan(start: 3, end: 40), "x1", nil, #""text":"""#),
    (TextSpan(start: 0, end: 1), "x\n2", "x\\1", #""text":"K""#),
  ])
  func writesHandMadeEventsAsTheirRecordsDo(
    span: TextSpan, id: String, partOf: String?, evidence: String
  ) {
    let text = "Kéndi"
    let event = Event(
      id: id, article: "art", type: .airstrike, killed: .qualified(.atLeast, 3, victims: "men"),
      place: Place(raw: "Kéndi", name: "Kandi", precision: .city, latitude: 11.13),
      date: .on(Day(year: 2021, month: 5, day: 3)), actors: ["a", "b\"c"], scope: .aggregate,
      partOf: partOf, evidence: Evidence(span: span, rule: "test"))
    for articleID in [nil, "s/1"] {
      let direct = Self.directLine(event, text: text, articleID: articleID)
      #expect(direct == Self.recordLine(event, text: text, articleID: articleID))
      #expect(direct.contains(evidence))
    }
    let prefixed = Self.directLine(event, text: text, articleID: "s/1")
    #expect(prefixed.hasPrefix(#"{"article":"s/1","id":"s/1#x"#))
  }
}
