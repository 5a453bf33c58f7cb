import EventExtraction
import Foundation
import QueryLanguage
import Testing

@testable import SitrepKit

/// Replays every file of the fuzz seed corpora (`Fuzz/Corpus/TARGET/`, crash inputs included)
/// through the same calls as the fuzz targets, each target in a child process, so a crash the
/// fuzzer once found fails here in the normal suite.
@Suite struct FuzzCorpusReplayTests {
  /// The files of one target's seed corpus, sorted.
  static func seeds(_ target: String) -> [Data] {
    let directory = Fixtures.packageRoot + "/Fuzz/Corpus/" + target
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.sorted().compactMap { FileManager.default.contents(atPath: directory + "/" + $0) }
  }

  /// As `Fuzz/Sources/FuzzParser`: split, parse, render every diagnostic.
  static func replayParser(_ data: Data) {
    let source = String(decoding: data, as: UTF8.self)
    let renderer = DiagnosticRenderer()
    let (statements, diagnostics) = Parser.statements(in: source)
    for diagnostic in diagnostics { _ = renderer.render(diagnostic, in: source, origin: "<fuzz>") }
    for tokens in statements {
      var parser = Parser(tokens: tokens)
      if case .failure(let diagnostic) = parser.parseStatement() {
        _ = renderer.render(diagnostic, in: source, origin: "<fuzz>")
      }
    }
  }

  /// As `Fuzz/Sources/FuzzArticle`: decode, extract, check the evidence spans.
  static func replayArticle(_ data: Data) {
    let decoded = ArticleText(bytes: [UInt8](data))
    let extraction = Extractor().extract(
      ArticleInput(id: "fuzz.txt", text: decoded.text, title: decoded.title))
    let length = decoded.text.utf8.count
    for event in extraction.events {
      for evidence in [event.evidence] + event.fieldEvidence.values {
        precondition(
          evidence.span.start >= 0 && evidence.span.start <= evidence.span.end
            && evidence.span.end <= length)
      }
    }
  }

  @Test func seedCorporaArePresent() {
    #expect(Self.seeds("parser").count >= 7)
    #expect(Self.seeds("article").count >= 5)
    #expect(Self.seeds("session").count >= 1)
    #expect(Self.seeds("corpus").count >= 1)
    #expect(Self.seeds("csv").count >= 2)
  }

  @Test func parserSeedsRunClean() async {
    await #expect(processExitsWith: .success) {
      for seed in FuzzCorpusReplayTests.seeds("parser") { FuzzCorpusReplayTests.replayParser(seed) }
    }
  }

  @Test func articleSeedsRunClean() async {
    await #expect(processExitsWith: .success) {
      for seed in FuzzCorpusReplayTests.seeds("article") {
        FuzzCorpusReplayTests.replayArticle(seed)
      }
    }
  }

  @Test func sessionSeedsOpenAndSaveAgain() throws {
    for seed in Self.seeds("session") {
      let session = try SessionStore.decode(seed)
      let saved = try SessionStore.encode(session)
      #expect(try SessionStore.encode(SessionStore.decode(saved)) == saved)
    }
  }

  /// As `Fuzz/Sources/FuzzCSV`: the article CSV seed through both importers.
  @Test func csvSeedsReadTheirGoodRecordsAndNameTheirBadOnes() throws {
    let directory = Fixtures.packageRoot + "/Fuzz/Corpus/csv/"
    let articles = try String(contentsOfFile: directory + "articles.csv", encoding: .utf8)
    let (records, errors) = CSVCorpusReader.records(in: articles)
    #expect(records.map(\.id) == ["a1", "a2"])
    #expect(records.first?.text == "He said \"stop\".\nTwelve were killed.")
    #expect(errors.map(\.line) == [5])
    #expect(ACLEDEventImporter.events(in: articles).errors.map(\.line) == [1])
    let acled = try String(contentsOfFile: directory + "acled.csv", encoding: .utf8)
    let imported = ACLEDEventImporter.events(in: acled)
    #expect(imported.events.map(\.id) == ["BEN123", "BEN124"])
    #expect(imported.errors.map(\.line) == [4])
  }

  /// As `Fuzz/Sources/FuzzCorpus`: every error of every corpus seed (the CRLF regression
  /// included) names a real line, counting "\r\n" as one break.
  @Test func corpusSeedErrorsNameRealLines() {
    #expect(Self.seeds("corpus").count >= 2)
    for seed in Self.seeds("corpus") {
      let text = ArticleText(bytes: [UInt8](seed)).text
      let lines = text.split(omittingEmptySubsequences: false) { $0.isNewline }.count
      for error in CorpusReader.records(in: text).errors {
        #expect(error.line >= 1 && error.line <= lines, "line \(error.line) of \(lines)")
      }
    }
  }

  @Test func corpusSeedReadsItsGoodLinesAndNamesItsBadOnes() {
    let text = String(decoding: Self.seeds("corpus").first ?? Data(), as: UTF8.self)
    let (records, errors) = CorpusReader.records(in: text)
    #expect(records.map(\.id) == ["r1", "r2", "r5"])
    #expect(records.last?.input.date == nil)
    #expect(
      errors == [
        CorpusReader.LineError(line: 4, message: "missing field 'text'"),
        CorpusReader.LineError(line: 5, message: "field 'id' has the wrong type"),
        CorpusReader.LineError(line: 6, message: "not a JSON object"),
      ])
  }
}
