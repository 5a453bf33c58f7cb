import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

@Suite struct ShellCommandTests {
  private let sample = Fixtures.session([
    Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
    Fixtures.event("e2", type: .shelling, killed: .exactly(12), place: "Homs", date: "2014-02-13"),
    Fixtures.event("e3", type: .ceasefire, place: "Homs", date: nil),
  ])

  @Test func echoesAndSeparatesStatements() {
    var shell = Fixtures.shell()
    let (out, err, outcome) = Fixtures.run(&shell, "echo a; echo \"b c\" # comment\necho d")
    #expect(out == "a\nb c\nd\n")
    #expect(err.isEmpty)
    #expect(outcome == .success)
  }

  @Test func clearAsksTheConsoleToClearAndWritesNothing() {
    var shell = Fixtures.shell()
    var console = BufferConsole()
    #expect(shell.run("echo a; clear; clear", console: &console) == .success)
    #expect(console.clears == 2)
    #expect(console.output == "a\n")
    #expect(console.errors.isEmpty)
  }

  @Test func stopsAtTheFirstFailingStatement() {
    var shell = Fixtures.shell()
    let (out, err, outcome) = Fixtures.run(&shell, "echo one\nartcles\necho three")
    #expect(out == "one\n")
    #expect(err.hasPrefix("<input>:2:1: error: unknown command 'artcles'; did you mean 'articles'?\n"))
    #expect(outcome == .failure)
  }

  @Test func keepsGoingWhenAsked() {
    var shell = Fixtures.shell()
    var console = BufferConsole()
    let outcome = shell.run("echo one\nartcles\necho three", keepGoing: true, console: &console)
    #expect(console.output == "one\nthree\n")
    #expect(outcome == .failure)
  }

  @Test func filtersEventsWithCsvOutput() {
    var shell = Fixtures.shell(sample)
    let (out, _, _) = Fixtures.run(&shell, "output csv; events where place = homs sort by id desc select id, type, killed")
    #expect(out == "id,type,killed\r\ne3,ceasefire,\r\ne2,shelling,12\r\n")
  }

  @Test func comparesDatesByOverlap() {
    var shell = Fixtures.shell(sample)
    #expect(Fixtures.run(&shell, "count events where date = 2016-04").0 == "1\n")
    #expect(Fixtures.run(&shell, "count events where date = 2014-02-01..2014-02-28").0 == "1\n")
    #expect(Fixtures.run(&shell, "count events where year >= 2015").0 == "1\n")
    #expect(Fixtures.run(&shell, "count events where date is missing").0 == "1\n")
    #expect(Fixtures.run(&shell, "count events where type in (shelling, ceasefire)").0 == "2\n")
    #expect(Fixtures.run(&shell, "count events where killed = 1..10").0 == "1\n")
    #expect(Fixtures.run(&shell, "count events where place ~ OM").0 == "2\n")
  }

  @Test func namesSetsWithLet() {
    var shell = Fixtures.shell(sample)
    #expect(Fixtures.run(&shell, "let homs = events where place = Homs").0 == "homs: 2 events\n")
    #expect(Fixtures.run(&shell, "count homs where type = shelling").0 == "1\n")
    let (_, err, _) = Fixtures.run(&shell, "count hom")
    #expect(err.hasPrefix("<input>:1:7: error: unknown set 'hom'; did you mean 'homs'?"))
  }

  @Test func talliesWithReportedTotalsAndArithmetic() {
    var session = sample
    session.events.append(SessionEvent(extracted: Fixtures.event("e4", killed: .exactly(859), place: "Syria", scope: .aggregate)))
    var shell = Fixtures.shell(session)
    let (out, _, _) = Fixtures.run(&shell, "tally killed by place")
    #expect(
      out == """
        place       killed  incidents  killed.low  killed.best  killed.high
        ──────  ──────────  ─────────  ──────────  ───────────  ───────────
        Homs            12          1          12           12           12
        Aleppo  at least 5          1           5            5         open
        incidents only; rejected events excluded; policy conservative
        reported totals (running or area totals, never added to the rows above):
          859 killed — Syria, 2016-04-29, AP (e4)

        """)
  }

  @Test func aLimitedTallyKeepsItsFirstRowsForTheTableTheChartAndTheExport() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(sample, directory: dir)
    let (out, _, _) = Fixtures.run(&shell, "tally killed by place limit 1")
    #expect(
      out == """
        place  killed  incidents  killed.low  killed.best  killed.high
        ─────  ──────  ─────────  ──────────  ───────────  ───────────
        Homs       12          1          12           12           12
        incidents only; rejected events excluded; policy conservative
        limit 1: the first 1 of 2 rows

        """)
    #expect(shell.lastTally?.rows.map(\.key) == [["Homs"]])
    _ = Fixtures.run(&shell, "export tally by type limit 2 to t.csv")
    let csv = try String(contentsOfFile: dir + "/t.csv", encoding: .utf8)
    #expect(csv.split(separator: "\r\n").count == 3)
  }

  @Test func aLimitCountsTheRowsWithAFigureNotThoseTheTallyHides() {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .exactly(5), place: "Aleppo"),
        Fixtures.event("e2", killed: .exactly(3), place: "Homs"),
        Fixtures.event("e3", place: "Idlib"),
        Fixtures.event("e4", place: "Daraa"),
      ]))
    let (one, _, _) = Fixtures.run(&shell, "tally killed by place limit 1")
    #expect(one.hasSuffix(
      """
      limit 1: the first 1 of 2 rows
      2 places with no figure not shown (tally events to see them)

      """))
    #expect(shell.lastTally?.rows.map(\.key) == [["Aleppo"], ["Daraa"], ["Idlib"]])
    let (three, _, _) = Fixtures.run(&shell, "tally killed by place limit 3")
    #expect(!three.contains("limit 3"))
    #expect(three.contains("Homs"))
    #expect(three.hasSuffix("2 places with no figure not shown (tally events to see them)\n"))
  }

  @Test func aTallySortedByItsKeyRunsInTimeOrderBeforeItsLimit() {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .exactly(5), date: "2016-05-02"),
        Fixtures.event("e2", killed: .exactly(9), date: "2016-03-01"),
        Fixtures.event("e3", killed: .exactly(7), date: nil),
        Fixtures.event("e4", killed: .exactly(1), date: "2016-04-10"),
      ]))
    _ = Fixtures.run(&shell, "tally killed by month")
    #expect(shell.lastTally?.rows.map(\.key) == [["2016-03"], ["(unknown)"], ["2016-05"], ["2016-04"]])
    _ = Fixtures.run(&shell, "tally killed by month sort by month limit 3")
    #expect(shell.lastTally?.rows.map(\.key) == [["2016-03"], ["2016-04"], ["2016-05"]])
    // Latest first, the undated still last.
    _ = Fixtures.run(&shell, "tally killed by month sort by month desc")
    #expect(shell.lastTally?.rows.map(\.key) == [["2016-05"], ["2016-04"], ["2016-03"], ["(unknown)"]])
    let (_, err, outcome) = Fixtures.run(&shell, "tally killed by place sort by month")
    #expect(outcome == .failure)
    #expect(
      err.hasPrefix(
        "<input>:1:31: error: cannot sort this tally by 'month': it is not one of its keys\n"))
    #expect(err.contains("its keys: place"))
  }

  @Test func unknownIdsSayWhatExists() {
    var shell = Fixtures.shell(sample)
    let (_, err, outcome) = Fixtures.run(&shell, "show e9")
    #expect(err.hasPrefix("<input>:1:6: error: no event 'e9'; the events are e1 to e3\n"))
    #expect(outcome == .failure)
    let (_, err2, _) = Fixtures.run(&shell, "read a7")
    #expect(err2.hasPrefix("<input>:1:6: error: no article 'a7'; the only article is a1\n"))
    // Not an id's shape: the nearest spelling.
    let (_, err3, _) = Fixtures.run(&shell, "show e1x")
    #expect(err3.hasPrefix("<input>:1:6: error: no event 'e1x'; did you mean 'e1'?"))
  }

  @Test func whyMarksTheFieldsEvidence() {
    var shell = Fixtures.shell(sample)
    let (out, _, _) = Fixtures.run(&shell, "why e1 killed")
    #expect(out == "«Twelve» people were killed in Aleppo.\nkilled: rule test.count, a1 line 1, bytes 0-6\n")
    let (_, err, _) = Fixtures.run(&shell, "why e1 target")
    #expect(err.hasPrefix("<input>:1:8: error: event e1 has no evidence for 'target'"))
  }

  @Test func findsTextInContextWithItsEvent() {
    var shell = Fixtures.shell(sample)
    let (out, _, _) = Fixtures.run(&shell, "output csv; find \"killed in\"")
    #expect(out == "article,before,match,after,event\r\na1,Twelve people were ,killed in, Aleppo. At least 5 died in Ho,e1\r\n")
  }

  @Test(arguments: [
    ("\"country's largest\"", "country’s largest"), ("\"COUNTRY’S\"", "country’s"),
    ("\"'regime\"", "‘regime"), ("\"silence'\"", "silence’"), ("\"\\\"they\"", "“They"),
  ])
  func aStraightQuoteFindsCurlyOnes(_ phrase: String, _ match: String) throws {
    var session = Fixtures.session([Fixtures.event("e1")])
    session.articles[0].text =
      "Killed in the country’s largest city. “They have” said a ‘regime of silence’ in Aleppo."
    var shell = Fixtures.shell(session)
    let (out, err, _) = Fixtures.run(&shell, "output csv; find \(phrase)")
    #expect(err == "output csv\n")
    let rows = out.split(separator: "\r\n")
    #expect(rows.count == 2, "\(out)")
    #expect(rows.last?.split(separator: ",", omittingEmptySubsequences: false)[2] == Substring(match))
  }

  @Test func loadReportsMissingFilesWithTheirPlace() {
    var shell = Fixtures.shell()
    let (_, err, outcome) = Fixtures.run(&shell, "load Samples/nothing-here.txt")
    #expect(err.hasPrefix("<input>:1:6: error: no such file or directory 'Samples/nothing-here.txt'"))
    #expect(outcome == .failure)
  }

  @Test func loadsTextOnceAndReportsInvalidUTF8() throws {
    let dir = Fixtures.temporaryDirectory()
    let good = "Clashes in Kidal\nAt least 3 soldiers were killed.\n"
    try Data(good.utf8).write(to: URL(fileURLWithPath: dir + "/one.txt"))
    try Data(good.utf8).write(to: URL(fileURLWithPath: dir + "/same.txt"))
    try Data([0x41, 0xFF, 0x42, 0x0A]).write(to: URL(fileURLWithPath: dir + "/bad.txt"))
    var shell = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&shell, "load .")
    #expect(out.hasPrefix("loaded 2 articles"))
    #expect(out.hasSuffix("; 1 already loaded\n"))
    #expect(err.contains("bad.txt: 1 invalid UTF-8 sequence replaced with U+FFFD\n"))
    #expect(err.contains("same.txt: already loaded (same text), not added again\n"))
    #expect(shell.session.articles.map(\.title) == ["A\u{FFFD}B", "Clashes in Kidal"])
    #expect(shell.isDirty)
  }

  @Test func aLoadNamesAtMostFiveRepeatedTexts() throws {
    let dir = Fixtures.temporaryDirectory()
    for i in 0..<8 {
      try Data("Clashes in Kidal\nAt least 3 soldiers were killed.\n".utf8)
        .write(to: URL(fileURLWithPath: "\(dir)/\(i).txt"))
    }
    var shell = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&shell, "load .")
    #expect(err.components(separatedBy: "already loaded (same text)").count - 1 == 5)
    #expect(out.hasSuffix("; 7 already loaded\n"))
  }

  @Test func aDirectoryIsReadWithoutItsHiddenFilesAndFolders() throws {
    let dir = Fixtures.temporaryDirectory()
    let text = "Clashes in Kidal\nAt least 3 soldiers were killed.\n"
    for folder in ["/.build/checkouts", "/.git", "/reports"] {
      try FileManager.default.createDirectory(atPath: dir + folder, withIntermediateDirectories: true)
    }
    for (i, file) in ["/.build/checkouts/README.md", "/.git/notes.txt", "/.draft.txt", "/reports/kidal.txt"]
      .enumerated()
    {
      try Data((text + "#\(i)\n").utf8).write(to: URL(fileURLWithPath: dir + file))
    }
    #expect(SourceFiles.expand(dir) == .success([dir + "/reports/kidal.txt"]))
  }

  @Test func savesAndOpensSessionsWithEveryField() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(sample, directory: dir)
    _ = Fixtures.run(&shell, "let homs = events where place = Homs; policy best")
    let (out, err, _) = Fixtures.run(&shell, "save s.json")
    #expect(err.isEmpty)
    #expect(out == "saved 1 article, 3 events to s.json\n")
    #expect(!shell.isDirty)
    var other = Fixtures.shell(directory: dir)
    #expect(Fixtures.run(&other, "open s.json").0 == "opened s.json: 1 article, 3 events\n")
    #expect(other.session == shell.session)
    #expect(other.session.settings.policy == .best)
  }

  @Test func refusesDamagedAndNewerSessions() throws {
    let dir = Fixtures.temporaryDirectory()
    try Data("{\"format\": \"sitrep-session\", \"version\": 9}".utf8).write(to: URL(fileURLWithPath: dir + "/new.json"))
    try Data("{\"format\": \"sitrep-session\", \"vers".utf8).write(to: URL(fileURLWithPath: dir + "/cut.json"))
    var shell = Fixtures.shell(directory: dir)
    let (_, err, _) = Fixtures.run(&shell, "open new.json")
    #expect(err.hasPrefix("<input>:1:6: error: cannot open 'new.json': it was written by a newer Sitrep (format version 9; this one reads up to 3)"))
    let (_, err2, _) = Fixtures.run(&shell, "open cut.json")
    #expect(err2.hasPrefix("<input>:1:6: error: cannot open 'cut.json': the file is damaged:"))
    #expect(try String(contentsOfFile: dir + "/cut.json", encoding: .utf8) == "{\"format\": \"sitrep-session\", \"vers")
  }

  @Test(arguments: [
    ("article.txt", "Clashes in Kidal\nAt least 3 soldiers were killed.\n",
     "it is not JSON (an article? 'load FILE' reads articles)"),
    ("events.jsonl", "{\"article\":\"a.txt\",\"id\":\"a.txt#1\"}\n{\"article\":\"a.txt\",\"id\":\"a.txt#2\"}\n",
     "it holds events as JSON Lines ('load events FILE' reads them)"),
    ("corpus.jsonl", "{\"id\": \"g1\", \"text\": \"Clashes\"}\n{\"id\": \"g2\", \"text\": \"Talks\"}\n",
     "it holds articles as JSON Lines ('load FILE' extracts their events)"),
    ("empty.json", " \n", "it is empty"),
  ])
  func openSaysWhatAFileThatIsNotASessionHolds(_ name: String, _ text: String, _ why: String) throws {
    let dir = Fixtures.temporaryDirectory()
    try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
    try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: true)
    var shell = Fixtures.shell(directory: dir)
    let (_, err, _) = Fixtures.run(&shell, "open \(name)")
    #expect(err.hasPrefix("<input>:1:6: error: cannot open '\(name)': not a Sitrep session: \(why)\n"))
    let (_, folder, _) = Fixtures.run(&shell, "open folder")
    #expect(folder.hasPrefix(
      "<input>:1:6: error: cannot open 'folder': not a Sitrep session: it is a directory ('load DIR' reads the articles in it)\n"))
  }

  @Test func quitAsksOnceWhenThereAreUnsavedChanges() {
    var shell = Shell(context: ShellContext(interactive: true, workingDirectory: "/"))
    shell.session = sample
    _ = Fixtures.run(&shell, "policy range")
    let (_, err, first) = Fixtures.run(&shell, "quit")
    #expect(first == .success)
    #expect(err == "unsaved changes: 'save FILE' keeps them; quit again (or Ctrl-D) to leave without saving\n")
    #expect(Fixtures.run(&shell, "quit").2 == .quit)
  }

  @Test func openAsksOnceBeforeLosingUnsavedChanges() {
    let dir = Fixtures.temporaryDirectory()
    var saver = Fixtures.shell(sample, directory: dir)
    _ = Fixtures.run(&saver, "save other.json")
    var shell = Shell(context: ShellContext(interactive: true, workingDirectory: dir))
    shell.session = sample
    _ = Fixtures.run(&shell, "drop e1")
    let (_, missing, _) = Fixtures.run(&shell, "open nothere.json")
    #expect(missing.hasPrefix("<input>:1:6: error: cannot open 'nothere.json': no such file"))
    let (_, err, first) = Fixtures.run(&shell, "open other.json")
    #expect(first == .failure)
    #expect(err.hasPrefix("<input>:1:6: error: unsaved changes would be lost\n"))
    #expect(err.contains("'save FILE' keeps them; open other.json again to leave them"))
    #expect(shell.session.events[0].status == .rejected)
    let (out, notes, second) = Fixtures.run(&shell, "open other.json")
    #expect(second == .success)
    // (The fixture's article has a made-up SHA-256, which `open` warns about first.)
    #expect(notes.hasSuffix("note: unsaved changes of the previous session were discarded\n"))
    #expect(out == "opened other.json: 1 article, 3 events\n")
  }

  @Test func quitSaysAJournaledSessionKeepsItsChanges() {
    let dir = Fixtures.temporaryDirectory()
    var shell = Shell(context: ShellContext(interactive: true, workingDirectory: dir))
    shell.session = sample
    _ = Fixtures.run(&shell, "save s.json; policy range")
    let (_, err, first) = Fixtures.run(&shell, "quit")
    #expect(first == .success)
    #expect(
      err == "changes since the last save are kept in the journal of '\(dir)/s.json' and come back "
        + "when it is opened; 'save' writes them into it; quit again (or Ctrl-D) to leave\n")
    #expect(Fixtures.run(&shell, "quit").2 == .quit)
  }

  @Test func settingsRejectUnknownValues() {
    var shell = Fixtures.shell()
    let (_, err, _) = Fixtures.run(&shell, "output jsn")
    #expect(err.hasPrefix("<input>:1:8: error: unknown output format 'jsn'; did you mean 'json'?"))
    #expect(Fixtures.run(&shell, "timer on").0 == "timer on\n")
  }

  @Test func chartsTheLastTally() throws {
    var shell = Fixtures.shell(sample, directory: Fixtures.temporaryDirectory())
    let (_, err, _) = Fixtures.run(&shell, "chart")
    #expect(err.hasPrefix("<input>: error: nothing to chart yet; run a tally first"))
    _ = Fixtures.run(&shell, "tally killed by place")
    let (out, _, _) = Fixtures.run(&shell, "chart")
    let lines = out.split(separator: "\n")
    #expect(lines[0] == "killed by place (best figures; incidents only)")
    #expect(lines[1].hasPrefix("Homs   │█") && lines[1].hasSuffix(" 12"))
    #expect(lines[2].hasPrefix("Aleppo │█") && lines[2].hasSuffix(" 5"))
    let (written, _, _) = Fixtures.run(&shell, "chart to k.svg")
    #expect(written.hasPrefix("wrote "))
    let svg = try String(contentsOfFile: shell.context.workingDirectory + "/k.svg", encoding: .utf8)
    #expect(svg.contains("<text x=\"174\" y=\"66\" text-anchor=\"end\">Homs</text>"))
  }
}

@Suite struct LongCommandTests {
  @Test func aCancelledLoadLeavesTheSessionAsItWas() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    shell.context.isCancelled = { true }
    let (out, err, outcome) = Fixtures.run(&shell, "load Samples/articles")
    #expect(out.isEmpty)
    #expect(err.hasPrefix("<input>: error: load cancelled; nothing was added"))
    #expect(outcome == .failure)
    #expect(shell.session == Session())
    #expect(!shell.isDirty)
  }

  @Test func ctrlCWhileFilesAreReadStopsTheLoad() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    nonisolated(unsafe) var asked = 0
    // Ctrl-C arrives while the second file is being read.
    shell.context.isCancelled = {
      asked += 1
      return asked == 2
    }
    let (out, err, outcome) = Fixtures.run(&shell, "load Samples/articles")
    #expect(out.isEmpty)
    #expect(err.hasPrefix("<input>: error: load cancelled; nothing was added"))
    #expect(outcome == .failure)
    #expect(shell.session == Session())
  }

  /// A folder of `count` one-line articles, `0000.txt`, `0001.txt`, ...
  private func folder(of count: Int) throws -> String {
    let dir = Fixtures.temporaryDirectory()
    for i in 0..<count {
      let name = String(format: "%04d", i)
      try Data("Report \(i)\n".utf8).write(to: URL(fileURLWithPath: "\(dir)/\(name).txt"))
    }
    return dir
  }

  @Test func scanningAFolderReportsTheFilesFoundEveryStride() throws {
    let dir = try folder(of: 2 * SourceFiles.scanStride + 6)
    var counts: [Int] = []
    let found = SourceFiles.expand(dir) { counts.append($0); return true }
    // Called before the entry that completes each stride is looked at.
    #expect(counts == [SourceFiles.scanStride - 1, 2 * SourceFiles.scanStride - 1])
    #expect((try? found.get())?.count == 2 * SourceFiles.scanStride + 6)
    #expect(SourceFiles.expand(dir) { _ in false } == .failure(.cancelled(dir)))
  }

  @Test func ctrlCWhileAFolderIsScannedStopsTheLoad() throws {
    let dir = try folder(of: SourceFiles.scanStride + 1)
    var shell = Fixtures.shell(directory: dir)
    nonisolated(unsafe) var updates: [CommandProgress?] = []
    shell.context.progress = { updates.append($0) }
    shell.context.isCancelled = { true }
    for command in ["load .", "load events ."] {
      updates = []
      let (out, err, outcome) = Fixtures.run(&shell, command)
      #expect(out.isEmpty)
      #expect(err.hasPrefix("<input>: error: load cancelled; nothing was added"))
      #expect(outcome == .failure)
      #expect(updates.count == 2)
      #expect(updates.first??.label == "scanning: files found")
      #expect(updates.first??.done == SourceFiles.scanStride - 1 && updates.first??.total == 0)
      #expect(updates.last == .some(nil))
    }
    #expect(shell.session == Session())
  }

  @Test func loadReportsProgressAndEndsIt() {
    var shell = Fixtures.shell(directory: Fixtures.packageRoot)
    nonisolated(unsafe) var updates: [CommandProgress?] = []
    shell.context.progress = { updates.append($0) }
    _ = Fixtures.run(&shell, "load Samples/articles")
    let sizes = ["ap-2014-02-13-aleppo-barrel-bombs.txt", "voa-2016-05-01-aleppo-talks.txt"].map {
      SourceFiles.size(of: Fixtures.packageRoot + "/Samples/articles/" + $0) ?? -1
    }
    // Reading (MB, after the first file), its end, extraction (articles), its end.
    #expect(updates.count == 4)
    #expect(updates[0]?.label == "reading" && updates[0]?.unit == .bytes)
    #expect(updates[0]?.done == sizes[0] && updates[0]?.total == sizes[0] + sizes[1])
    #expect(updates[1] == nil)
    #expect(updates[2]?.label == "load" && updates[2]?.done == 2 && updates[2]?.total == 2)
    #expect(updates[3] == nil)
  }
}
