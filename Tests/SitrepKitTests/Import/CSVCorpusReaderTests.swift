import Foundation
import Testing

@testable import SitrepKit

@Suite struct CSVCorpusReaderTests {
  @Test func readsNamedColumnsInAnyOrderWithQuotedFields() {
    let text = """
      Title,ID,text,date,source,url,extra\r
      "Aleppo, again",a1,"He said ""stop"".\nTwelve were killed.",2016-04-29,AP,https://x.example/1,z\r
      ,a2,Five died in Homs.,,,,\r

      """
    let (records, errors) = CSVCorpusReader.records(in: text)
    #expect(errors.isEmpty)
    #expect(records.map(\.id) == ["a1", "a2"])
    #expect(records[0].title == "Aleppo, again")
    #expect(records[0].text == "He said \"stop\".\nTwelve were killed.")
    #expect(records[0].date == "2016-04-29")
    #expect(records[0].source == "AP")
    #expect(records[0].url == "https://x.example/1")
    #expect(records[1].title == nil)
    #expect(records[1].date == nil)
  }

  @Test func badRecordsNameTheirLineAndAreSkipped() {
    let text = """
      id,text,date
      a1,"two
      lines",2016-04-29
      ,no id,
      a3,,
      a1,again,
      a5,bad date,29/04/2016
      a6,too,many,fields

      a7,fine,
      """
    let (records, errors) = CSVCorpusReader.records(in: text)
    #expect(records.map(\.id) == ["a1", "a7"])
    #expect(
      errors == [
        .init(line: 4, message: "empty 'id'"),
        .init(line: 5, message: "empty 'text' for 'a3'"),
        .init(line: 6, message: "id 'a1' appears twice; the first was kept"),
        .init(line: 7, message: "unreadable date '29/04/2016' for 'a5'; use YYYY-MM-DD"),
        .init(line: 8, message: "4 fields where the header has 3"),
      ])
  }

  @Test func aFileWithoutTheNeededColumnsFailsOnLineOne() {
    let (records, errors) = CSVCorpusReader.records(in: "name,body\nx,y\n")
    #expect(records.isEmpty)
    #expect(errors == [.init(line: 1, message: "no 'id' and 'text' column in the header")])
  }

  @Test func loadReadsACSVCorpusAndCountsTheSkipped() throws {
    let dir = Fixtures.temporaryDirectory()
    let csv = "id,text\nx1,Twelve people were killed in Aleppo.\n,orphan\n"
    try Data(csv.utf8).write(to: URL(fileURLWithPath: dir + "/c.csv"))
    var shell = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&shell, "load c.csv")
    #expect(err == "c.csv:3: skipped: empty 'id'\n")
    #expect(out.hasPrefix("loaded 1 article, "))
    #expect(out.hasSuffix("; 1 record skipped\n"))
    #expect(shell.session.articles.map(\.path) == ["c.csv#x1"])
  }

  @Test func tellsItsProgressInLinesAndStopsWhenAsked() {
    var csv = "id,text\n"
    for n in 1...2500 { csv += "a\(n),\"Two people were killed\nin town \(n).\"\n" }
    var calls: [[Int]] = []
    let all = CSVCorpusReader.records(in: csv) { line, lines in
      calls.append([line, lines])
      return true
    }
    #expect(all.records.count == 2500 && all.errors.isEmpty)
    // Each record takes two lines; the text has 5,002 (its last is empty).
    #expect(calls == [[2002, 5002], [4002, 5002]])
    let stopped = CSVCorpusReader.records(in: csv) { _, _ in false }
    #expect(stopped.records.map(\.id) == (1...1000).map { "a\($0)" })
  }
}
