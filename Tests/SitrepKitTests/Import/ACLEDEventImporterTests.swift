import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

@Suite struct ACLEDEventImporterTests {
  @Test func readsAnACLEDExport() throws {
    let text = """
      event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities
      BEN123,2022-02-08,2022,1,Political violence,Violence against civilians,Attack,JNIM,Civilians (Benin),Benin,Alibori,Karimama,12.0706,3.1871,2,ORTB,"On 8 February 2022, JNIM killed 3 civilians, including a ""chief"".",3
      BEN124,15 January 2020,2020,3,Political violence,Battles,Government regains territory,Military Forces of Benin,,Benin,Atacora,Tanguieta,,,3,AFP,,0

      """
    let result = ACLEDEventImporter.events(in: text)
    #expect(result.errors.isEmpty)
    #expect(result.events.count == 2)
    let e = result.events[0]
    #expect(e.id == "BEN123")
    #expect(e.type == .attack)
    #expect(e.killed == .exactly(3))
    #expect(
      e.place
        == Place(
          raw: "Karimama", name: "Karimama", precision: .district, admin1: "Alibori",
          country: "Benin",
          latitude: 12.0706, longitude: 3.1871))
    #expect(e.date == .on(Day(year: 2022, month: 2, day: 8)))
    #expect(e.actors == ["JNIM", "Civilians (Benin)"])
    #expect(e.source == "ORTB")
    #expect(e.rule == "import.acled")
    #expect(
      result.notes["BEN123"]
        == "On 8 February 2022, JNIM killed 3 civilians, including a \"chief\".")
    let f = result.events[1]
    #expect(f.type == .territory)
    #expect(
      f.date
        == EventDate(
          start: Day(year: 2020, month: 1, day: 15), end: Day(year: 2020, month: 1, day: 15),
          precision: .month))
    #expect(f.place?.latitude == nil)
    #expect(f.place?.precision == .province)
    #expect(f.killed == .exactly(0))
    let session = result.sessionEvents
    #expect(session.map(\.status) == [.accepted, .accepted])
    #expect(session[0].extracted == nil)
    #expect(
      session[0].notes == ["On 8 February 2022, JNIM killed 3 civilians, including a \"chief\"."])
  }

  @Test func badRecordsAreSkippedByLine() {
    let text = """
      event_id_cnty,event_date,event_type,fatalities,latitude,longitude
      A1,2022-13-01,Battles,1,,
      A2,2022-01-01,Battles,many,,
      A3,2022-01-01,Battles,2,95,10
      A4,2022-01-01,Riots,,,
      """
    let result = ACLEDEventImporter.events(in: text)
    #expect(result.events.map(\.id) == ["A4"])
    #expect(result.events[0].type == .riot)
    #expect(result.events[0].killed == nil)
    #expect(
      result.errors == [
        .init(line: 2, message: "unreadable event_date '2022-13-01' for 'A1'"),
        .init(
          line: 3, message: "fatalities, killed_low and killed_high must be whole numbers for 'A2'"),
        .init(line: 4, message: "unreadable coordinates '95', '10' for 'A3'"),
      ])
  }

  @Test func anEmptyDateIsNoDate() throws {
    let result = ACLEDEventImporter.events(in: "event_id_cnty,event_date,event_type\nA5,,Riots\n")
    #expect(result.errors == [])
    #expect(result.events.map(\.id) == ["A5"])
    #expect(result.events.first?.date == nil)
  }

  @Test func anUndatedEventExportedAsCSVImportsAgain() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(
      Fixtures.session([Fixtures.event("e1", killed: .exactly(3)), Fixtures.event("e2", killed: .exactly(4), date: nil)]),
      directory: dir)
    _ = Fixtures.run(&shell, "export events to all.csv")
    let (out, err, outcome) = Fixtures.run(&shell, "import events all.csv")
    #expect(outcome == .success, "\(err)")
    #expect(out.hasPrefix("imported 2 events"), "\(out)")
    #expect(shell.session.events.suffix(2).map { $0.current.date == nil } == [false, true])
  }

  @Test func notAnACLEDFileFailsOnLineOne() {
    let result = ACLEDEventImporter.events(in: "id,text\n1,x\n")
    #expect(
      result.errors == [
        .init(
          line: 1,
          message: "not an ACLED export: no 'event_id_cnty', 'event_date', 'event_type' column")
      ])
  }

  @Test func sitrepsOwnCSVExportReadsBack() throws {
    let session = ExportFixtures.session
    let csv = CSVEventExporter.export(session.events, in: session)
    let result = ACLEDEventImporter.events(in: csv)
    #expect(result.errors.isEmpty)
    let original = session.events.map(\.current)
    let read = result.events
    #expect(read.map(\.id) == original.map(\.id))
    #expect(read.map(\.type) == original.map(\.type))
    #expect(read.map(\.place?.name) == original.map(\.place?.name))
    #expect(read.map(\.place?.latitude) == original.map(\.place?.latitude))
    #expect(read[0].killed == .exactly(12))
    #expect(read[1].killed == Casualties(low: 5, best: 5, high: nil, qualifier: .atLeast))
    #expect(read[1].partOf == "e1")
    #expect(read[0].actors == ["Syrian Air Force", "Civilians"])
    #expect(result.tags["e1"] == ["checked", "hospital"])
  }
}
