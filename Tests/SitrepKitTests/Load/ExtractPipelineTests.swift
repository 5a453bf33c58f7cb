import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

@Suite struct ExtractPipelineTests {
  /// The ACLED Benin dev set beside the repository (../shared/dev), when present.
  static let devSet: String? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("../shared/dev/acled-benin.jsonl").standardized.path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }()

  static func extract(_ files: [String], workers: Int, window: Int) -> (
    ExtractPipeline.Summary, WrittenBytes
  ) {
    let written = WrittenBytes()
    let summary = ExtractPipeline.run(
      files: files, workers: workers, window: window,
      extractor: ExtractPipeline.warmedUp(Extractor()), report: { _ in },
      write: {
        written.append($0)
        return true
      })
    return (summary, written)
  }

  @Test func manyWorkersWriteTheBytesOneWorkerWrites() throws {
    guard let devSet = Self.devSet else {
      print("skipped: ../shared/dev/acled-benin.jsonl is not there")
      return
    }
    let (one, oneBytes) = Self.extract([devSet], workers: 1, window: 512)
    let (four, fourBytes) = Self.extract([devSet], workers: 4, window: 3)
    #expect(one == ExtractPipeline.Summary(outcome: .finished, errors: 0))
    #expect(four == one)
    #expect(oneBytes.bytes.count > 100_000)
    #expect(fourBytes.bytes == oneBytes.bytes)
  }

  /// Each line is the article's events in order, and reads back as the record it was made from.
  @Test func writesEachEventAsOneJSONLineInArticleOrder() throws {
    let text = #"""
      {"id":"s1","text":"At least 12 people were killed in an airstrike on Aleppo on Monday, officials said."}
      {"id":"s2","text":"Nothing happened here."}
      {"id":"s3","text":"Police arrested 40 protesters in Cotonou on 3 May 2021. Two \"activists\" were injured."}
      """#
    let path = try CorpusStreamTests.temporaryFile("s.jsonl", Array(text.utf8))
    let (summary, written) = Self.extract([path], workers: 3, window: 2)
    #expect(summary == ExtractPipeline.Summary(outcome: .finished, errors: 0))
    let lines = String(decoding: written.bytes, as: UTF8.self).split(separator: "\n")
    let records = try lines.map { try JSONDecoder().decode(EventRecord.self, from: Data($0.utf8)) }
    var expected: [EventRecord] = []
    let extractor = Extractor()
    for line in text.split(separator: "\n") {
      guard case .success(let record) = CorpusReader.record(line: line, number: 1) else { continue }
      for var event in extractor.extract(record.input).events {
        event.id = "\(record.id)#\(event.id)"
        event.partOf = event.partOf.map { "\(record.id)#\($0)" }
        event.article = record.id
        expected.append(EventRecord(event: event, text: record.text))
      }
    }
    #expect(records.count >= 2)
    #expect(records == expected)
    #expect(records.map(\.article).first == "s1")
  }

  /// `sitrep extract Samples/articles` then `load events` tallies as `load Samples/articles`
  /// does: the AP article, whose text states no date, is dated by its file name either way.
  @Test func extractedArticleFilesTallyAsLoadedArticles() throws {
    let samples = Fixtures.packageRoot + "/Samples/articles"
    guard case .success(let files) = SourceFiles.expand(samples) else {
      Issue.record("no sample articles in \(samples)")
      return
    }
    let (summary, written) = Self.extract(files, workers: 2, window: 1)
    #expect(summary == ExtractPipeline.Summary(outcome: .finished, errors: 0))
    let records = try String(decoding: written.bytes, as: UTF8.self).split(separator: "\n").map {
      try JSONDecoder().decode(EventRecord.self, from: Data($0.utf8))
    }
    let ap = records.filter { $0.article == "ap-2014-02-13-aleppo-barrel-bombs.txt" }
    let dates = ap.map { $0.date.map { "\($0.start)..\($0.end)" } }
    #expect(
      dates == [
        "2014-02-01..2014-02-13", "2014-02-13..2014-02-13", "2014-02-13..2014-02-16",
        "2014-02-07..2014-02-13",
      ])
    var articles = Fixtures.shell(directory: Fixtures.packageRoot)
    var events = LoadEventsTests.shell(["events.jsonl": written.bytes])
    #expect(Fixtures.run(&articles, "load Samples/articles").1 == "")
    #expect(Fixtures.run(&events, "load events events.jsonl").1 == "")
    for query in [
      "tally killed by month", "tally events, killed by year",
      "events select id, date, killed, place", "count events where date is missing",
    ] {
      let (fromArticles, _, _) = Fixtures.run(&articles, query)
      let (fromEvents, _, _) = Fixtures.run(&events, query)
      #expect(fromEvents == fromArticles, "\(query)")
    }
    #expect(Fixtures.run(&events, "count events where date is missing").0 == "0\n")
  }
}
