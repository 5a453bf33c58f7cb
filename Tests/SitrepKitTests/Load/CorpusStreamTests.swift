import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

@Suite struct CorpusStreamTests {
  static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("corpus-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func readsLinesWithTheirNumbersAndReportsBadOnes() throws {
    let text = """
      {"id":"r1","text":"one","date":"2024-02-03T10:00"}\r
      \r
      {"id":"r2"}
      not json
      {"id":"r3","text":"three \\u00e9","source":"AP"}
      """
    let path = try Self.temporaryFile("c.jsonl", Array(text.utf8))
    var stream = CorpusStream(files: [path])
    var articles: [ArticleInput] = []
    while let article = stream.nextArticle() { articles.append(article) }
    #expect(articles.map(\.id) == ["r1", "r3"])
    #expect(articles.map(\.text) == ["one", "three é"])
    #expect(articles[0].date == Day(iso: "2024-02-03"))
    #expect(articles[1].source == "AP")
    #expect(
      stream.takeErrors() == [
        "\(path):3: skipped: missing field 'text'", "\(path):4: skipped: not a JSON object",
      ])
    #expect(stream.takeErrors() == [])
    #expect(stream.errorCount == 2)
  }

  /// Lines longer than the read size, and lines split across reads, come out whole.
  @Test func readsLinesLongerThanOneRead() throws {
    let long = String(repeating: "word ", count: CorpusStream.chunkSize / 3)
    var text = ""
    for i in 0..<5 { text += #"{"id":"a\#(i)","text":"\#(i == 2 ? long : "short \(i)")"}"# + "\n" }
    let path = try Self.temporaryFile("long.jsonl", Array(text.utf8))
    var stream = CorpusStream(files: [path])
    let articles = stream.next(100)
    #expect(articles.map(\.id) == ["a0", "a1", "a2", "a3", "a4"])
    #expect(articles[2].text == long)
    #expect(articles[4].text == "short 4")
    #expect(stream.errors == [])
  }

  @Test func readsFilesInOrderAndNamesTheOnesItCannotRead() throws {
    let first = try Self.temporaryFile("a.jsonl", Array(#"{"id":"x","text":"1"}"#.utf8))
    let article = try Self.temporaryFile("story.txt", Array("Headline\n\nBody text.".utf8))
    var stream = CorpusStream(files: [first, "/nonexistent/b.jsonl", article])
    let articles = stream.next(10)
    #expect(articles.map(\.id) == ["x", "story.txt"])
    #expect(articles[1].title == "Headline")
    #expect(stream.takeErrors() == ["/nonexistent/b.jsonl: cannot read"])
  }

  /// A CSV corpus is read as `load` reads it, one article per record, between other files.
  @Test func readsACSVCorpusRecordByRecord() throws {
    let csv = try Self.temporaryFile(
      "c.csv",
      Array("id,title,text,date\nr1,Homs,\"Shelling killed 4 people.\nMore later.\",2016-04-29\nr2,,,\nr3,,Calm.,\n".utf8))
    let article = try Self.temporaryFile("story.txt", Array("Headline\n\nBody text.".utf8))
    var stream = CorpusStream(files: [csv, article])
    let articles = stream.next(10)
    #expect(articles.map(\.id) == ["r1", "r3", "story.txt"])
    #expect(articles[0].text == "Shelling killed 4 people.\nMore later.")
    #expect(articles[0].title == "Homs" && articles[0].date == Day(iso: "2016-04-29"))
    // Line 4: the first record's text spans two lines.
    #expect(stream.takeErrors() == ["\(csv):4: skipped: empty 'text' for 'r2'"])
  }

  /// A text file is dated by its name when its text states no date, as the shell's `load`
  /// dates it; a corpus record is not, whatever its file is called.
  @Test func datesATextFileByItsNameAndACorpusRecordNot() throws {
    let article = try Self.temporaryFile(
      "wire-2015-01-01.txt", Array("Clashes in Homs\n\nClashes killed 4 people.\n".utf8))
    let corpus = try Self.temporaryFile(
      "wire-2015-01-01.jsonl", Array(#"{"id":"r1","text":"Clashes killed 4 people."}"#.utf8))
    var stream = CorpusStream(files: [article, corpus])
    let articles = stream.next(10)
    #expect(articles.map(\.id) == ["wire-2015-01-01.txt", "r1"])
    #expect(articles.map(\.fallbackDate) == [Day(iso: "2015-01-01"), nil])
    #expect(articles.map(\.fallbackNote) == ["from the file name 'wire-2015-01-01.txt'", ""])
    #expect(articles.map(\.date) == [nil, nil])
    #expect(stream.errors == [])
  }
}
