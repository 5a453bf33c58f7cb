import EventExtraction
import Testing

@testable import SitrepKit

@Suite struct FileNameDateTests {
  @Test(arguments: [
    ("ap-2014-02-13-aleppo-barrel-bombs.txt", "2014-02-13"),
    ("2016_05_01 voa.md", "2016-05-01"),
    ("report-2016-02-30-then-2016-03-01.txt", "2016-03-01"),  // no 30 February: the next one
    ("id12016-05-01.txt", nil),  // digits run into the date
    ("2016-05-012.txt", nil),
    ("1850-01-01.txt", nil),
    ("2016-05_01.txt", nil),  // mixed separators
    ("notes.txt", nil),
  ] as [(String, String?)])
  func readsADayStandingApartInTheName(_ name: String, _ day: String?) {
    #expect(FileNameDate.day(in: name)?.description == day)
  }

  /// The sample AP article says only "Thursday" and "this month": its file name dates it, and
  /// the running total it reports gets its period.
  @Test func datesAnArticleWhoseTextHasNone() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    let (_, errors, _) = Fixtures.run(&shell, "load Samples/articles/ap-2014-02-13-aleppo-barrel-bombs.txt")
    #expect(errors == "")
    let date = shell.session.articles.first?.date
    #expect(date?.day?.description == "2014-02-13")
    #expect(date?.basis == .stated)
    #expect(date?.note == "from the file name 'ap-2014-02-13-aleppo-barrel-bombs.txt'")
    let total = shell.session.events.first { $0.current.killed?.best == 400 }?.current.date
    #expect(total.map { "\($0.start)..\($0.end)" } == "2014-02-01..2014-02-13")
  }

  /// A date in the text wins over the file name.
  @Test func theTextsOwnDateWins() throws {
    let directory = Fixtures.temporaryDirectory()
    let text = "Clashes in Homs\n\nMay 3, 2016\n\nClashes killed 4 people in Homs on Monday.\n"
    try text.write(toFile: directory + "/wire-2015-01-01.txt", atomically: true, encoding: .utf8)
    var shell = Fixtures.shell(directory: directory)
    _ = Fixtures.run(&shell, "load wire-2015-01-01.txt")
    #expect(shell.session.articles.first?.date.day?.description == "2016-05-03")
  }
}
