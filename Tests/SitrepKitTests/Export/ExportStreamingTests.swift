import Foundation
import Testing

@testable import SitrepKit

/// CSV and JSON Lines exports stream to the file in chunks: the same bytes as the whole-text
/// exporters, progress while they go, and Ctrl-C leaves an existing file as it was.
@Suite struct ExportStreamingTests {
  /// 3,000 events, each with a 900-character tag: about 3.3 MB of CSV, so several chunks.
  static let session: Session = {
    var s = SessionProgressTests.session(events: 3000)
    // Tagged outside the session: a change through `s.events[i]` copies every event in a debug
    // build (the property's observer).
    var tagged = s.events
    for i in tagged.indices { tagged[i].tags = [String(repeating: "long-tag ", count: 100)] }
    s.events = tagged
    return s
  }()

  @Test(arguments: ["csv", "jsonl"])
  func streamedFileEqualsTheWholeExport(_ format: String) throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(Self.session, directory: dir)
    nonisolated(unsafe) var updates: [CommandProgress?] = []
    shell.context.progress = { updates.append($0) }
    let (out, err, _) = Fixtures.run(&shell, "export events to all.\(format)")
    #expect(err == "")
    #expect(out == "exported 3000 events to all.\(format)\n")
    let written = try String(contentsOfFile: dir + "/all.\(format)", encoding: .utf8)
    let whole =
      format == "csv"
      ? CSVEventExporter.export(Self.session.events, in: Self.session)
      : JSONLinesEventExporter.export(Self.session.events, in: Self.session)
    #expect(written == whole)
    let counts = updates.compactMap { $0?.done }
    #expect(counts.count >= 2)
    #expect(counts == counts.sorted() && counts.last! < 3000)
    #expect(updates.compactMap { $0?.total } == Array(repeating: 3000, count: counts.count))
    #expect(updates.last! == nil)
  }

  @Test func ctrlCLeavesTheOldFileAndNoTemporaryFile() throws {
    let dir = Fixtures.temporaryDirectory()
    try Data("old export\n".utf8).write(to: URL(fileURLWithPath: dir + "/all.csv"))
    var shell = Fixtures.shell(Self.session, directory: dir)
    shell.context.isCancelled = { true }
    let (out, err, outcome) = Fixtures.run(&shell, "export events to all.csv")
    #expect(out.isEmpty)
    #expect(err.hasPrefix("<input>:1:18: error: export cancelled; 'all.csv' is as it was\n"))
    #expect(outcome == .failure)
    #expect(try String(contentsOfFile: dir + "/all.csv", encoding: .utf8) == "old export\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["all.csv"])
    let (_, again, _) = Fixtures.run(&shell, "export events to new.csv")
    #expect(again.hasPrefix("<input>:1:18: error: export cancelled; 'new.csv' was not written\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["all.csv"])
  }

  @Test func csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
    #expect(TableRenderer.csvField("plain text") == "plain text")
    #expect(TableRenderer.csvField("a, b") == "\"a, b\"")
    #expect(TableRenderer.csvField("say \"no\"") == "\"say \"\"no\"\"\"")
    #expect(TableRenderer.csvField("one\r\ntwo") == "\"one\r\ntwo\"")
    #expect(TableRenderer.csvField("one\ntwo") == "\"one\ntwo\"")
    #expect(TableRenderer.csvField("Ḩalab — 5") == "Ḩalab — 5")
  }
}
