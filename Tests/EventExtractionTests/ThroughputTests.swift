import Foundation
import Testing

@testable import EventExtraction

/// Measures extraction speed on the dev notes (printed; debug builds are far slower).
@Suite struct ThroughputTests {
  @Test func measuresExtractionSpeedOnTheDevNotes() throws {
    guard let records = DevData.acledBenin() else {
      print("skipped: ../shared/dev/acled-benin.jsonl is absent")
      return
    }
    let extractor = Extractor()
    _ = extractor.extract(ArticleInput(id: "warm", text: records[0].text))
    let bytes = records.reduce(0) { $0 + $1.text.utf8.count }
    let start = Date()
    var events = 0
    for r in records {
      events += extractor.extract(ArticleInput(id: r.id, text: r.text)).events.count
    }
    let seconds = Date().timeIntervalSince(start)
    print(
      "throughput: \(bytes) bytes, \(records.count) notes, \(events) events in \(seconds) s = \(Double(bytes) / seconds / 1_000_000) MB/s"
    )
    #expect(events >= records.count / 2)
  }
}
