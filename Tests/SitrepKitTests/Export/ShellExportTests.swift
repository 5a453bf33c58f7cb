import Foundation
import Testing

@testable import SitrepKit

@Suite struct ShellExportTests {
  private func shell() -> (Shell, String) {
    let dir = Fixtures.temporaryDirectory()
    return (Fixtures.shell(ExportFixtures.session, directory: dir), dir)
  }

  @Test func exportsEventsByExtension() throws {
    var (shell, dir) = shell()
    let (out, err, _) = Fixtures.run(
      &shell, "export events where place = Aleppo to a.csv; export events to m.geojson")
    #expect(err == "")
    #expect(
      out
        == "exported 1 event to a.csv\nexported 1 event to m.geojson; 1 without coordinates skipped\n"
    )
    let csv = try String(contentsOfFile: dir + "/a.csv", encoding: .utf8)
    #expect(
      csv == CSVEventExporter.export([ExportFixtures.session.events[0]], in: ExportFixtures.session)
    )
    // Streamed GeoJSON is the document the exporter makes whole, skipped events and commas alike.
    var placed = ExportFixtures.session
    placed.events.append(placed.events[0])
    placed.events[2].current.id = "e3"
    shell.session = placed
    _ = Fixtures.run(&shell, "export events to three.geojson")
    let streamed = try String(contentsOfFile: dir + "/three.geojson", encoding: .utf8)
    let whole = GeoJSONEventExporter.export(placed.events, in: placed)
    #expect(whole.skipped == 1)
    #expect(streamed == whole.text)
    #expect(streamed.contains("\"id\":\"e1\"") && streamed.contains("\"id\":\"e3\""))
  }

  @Test func exportsATally() throws {
    var (shell, dir) = shell()
    let (out, _, _) = Fixtures.run(&shell, "export tally killed by place to t.json")
    #expect(out == "exported a tally of 2 rows (1 with no figure) and 0 reported totals to t.json\n")
    #expect(FileManager.default.fileExists(atPath: dir + "/t.json"))
  }

  @Test func aTallyExportCountsTheRowsItWrites() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .exactly(5), place: "Aleppo"),
        Fixtures.event("e2", place: "Homs"),
      ]),
      directory: dir)
    let (md, _, _) = Fixtures.run(&shell, "export tally killed by place to t.md")
    #expect(md == "exported a tally of 1 row (1 with no figure left out, as on screen) and 0 reported totals to t.md\n")
    let table = try String(contentsOfFile: dir + "/t.md", encoding: .utf8)
    #expect(table.contains("| Aleppo |") && !table.contains("Homs"))
    let (csv, _, _) = Fixtures.run(&shell, "export tally killed by place to t.csv")
    #expect(csv == "exported a tally of 2 rows (1 with no figure) and 0 reported totals to t.csv\n")
    // With output csv, what the command did goes to standard error, off the data.
    let (out, err, _) = Fixtures.run(&shell, "output csv; export tally killed by place to t.csv")
    #expect(out == "")
    #expect(err.hasSuffix("exported a tally of 2 rows (1 with no figure) and 0 reported totals to t.csv\n"))
  }

  @Test func refusesAnUnknownFormat() {
    var (shell, _) = shell()
    let (_, err, outcome) = Fixtures.run(&shell, "export events to x.xlsx")
    #expect(outcome == .failure)
    #expect(
      err.hasPrefix(
        "<input>:1:18: error: cannot export events to 'x.xlsx'; use .csv, .jsonl, .geojson or .md\n"
      ))
    let (_, err2, _) = Fixtures.run(&shell, "export tally killed by place to t.geojson")
    #expect(
      err2.hasPrefix(
        "<input>:1:33: error: cannot export a tally to 't.geojson'; use .csv, .md or .json\n"))
  }

  @Test func importsWhatItExportedUnderFreshIds() throws {
    var (shell, dir) = shell()
    _ = Fixtures.run(&shell, "export events to all.csv")
    let extra = "\r\nbad,not a date,Battles,,,,,,,,,,,,,,,,,,,,,\r\n"
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/all.csv"))
    handle.seekToEndOfFile()
    handle.write(Data(extra.utf8))
    try handle.close()
    var other = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&other, "import events all.csv")
    #expect(out == "imported 2 events from all.csv; 1 record skipped\n")
    // Line 6: e1 spans lines 2-3 (a line break in its notes), e2 is on 4, 5 is blank.
    #expect(err == "all.csv:6: skipped: unreadable event_date 'not a date' for 'bad'\n")
    let events = other.session.events
    #expect(events.map(\.id) == ["e1", "e2"])
    #expect(events.map(\.status) == [.accepted, .accepted])
    #expect(events[0].tags == ["checked", "hospital", "acled"])
    #expect(events[0].notes.first == "ACLED e1")
    #expect(events[1].current.partOf == "e1")
    #expect(events[0].current.killed == .exactly(12))
    #expect(other.session.trail.map(\.command) == ["import events all.csv"])
  }

  @Test func aLongImportShowsProgressAndCtrlCChangesNothing() throws {
    let dir = Fixtures.temporaryDirectory()
    var csv = "event_id_cnty,event_date,event_type,location,fatalities\n"
    for n in 1...2500 { csv += "X\(n),2020-01-0\(n % 9 + 1),Battles,Gao,\(n % 7)\n" }
    _ = FileManager.default.createFile(atPath: dir + "/big.csv", contents: Data(csv.utf8))
    var shell = Fixtures.shell(directory: dir)
    nonisolated(unsafe) var updates: [CommandProgress?] = []
    shell.context.progress = { updates.append($0) }
    let (out, _, _) = Fixtures.run(&shell, "import events big.csv")
    #expect(out == "imported 2500 events from big.csv\n")
    // Records end on lines 1001 and 2001 of the file's 2502 (its last line is empty).
    #expect(
      updates == [
        CommandProgress(label: "reading", done: 1002, total: 2502, started: 0),
        CommandProgress(label: "reading", done: 2002, total: 2502, started: 0),
        CommandProgress(label: "importing", done: 1000, total: 2500, started: 0),
        CommandProgress(label: "importing", done: 2000, total: 2500, started: 0), nil,
      ])

    // Ctrl-C while the records are imported (the third time it is asked): the session keeps
    // only the first import.
    let before = shell.session
    nonisolated(unsafe) var asked = 0
    shell.context.isCancelled = {
      asked += 1
      return asked > 2
    }
    let (out2, err2, outcome) = Fixtures.run(&shell, "import events big.csv")
    #expect(out2 == "")
    #expect(err2.hasPrefix("<input>:1:15: error: import cancelled; nothing was changed\n"))
    #expect(outcome == .failure)
    #expect(asked == 3)
    #expect(shell.session == before)
  }

  @Test func importingNoEventsIsAnErrorThatChangesNothing() {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(Fixtures.session([Fixtures.event("e1", killed: .exactly(4))]), directory: dir)
    _ = Fixtures.run(&shell, "export tally killed by place to t.csv")
    let before = shell.session
    let (out, err, outcome) = Fixtures.run(&shell, "import events t.csv")
    #expect(out == "")
    #expect(err.contains("<input>:1:15: error: no events imported from t.csv; the session is unchanged\n"))
    #expect(err.contains("'import events' reads ACLED's CSV or 'export events to FILE.csv'"))
    #expect(outcome == .failure)
    #expect(shell.session == before)
  }
}
