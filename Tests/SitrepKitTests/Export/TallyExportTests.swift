import Foundation
import Testing

@testable import SitrepKit

@Suite struct TallyExportTests {
  /// `tally events, killed by place` over two incidents and one area total.
  private func result() throws -> TallyResult {
    var session = Fixtures.session([
      Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
      Fixtures.event("e2", type: .shelling, killed: .exactly(12), place: "Homs, city"),
      Fixtures.event("e3", killed: .exactly(859), place: "Syria", scope: .aggregate),
    ])
    session.articles[0].outlet = "AP"
    var shell = Fixtures.shell(session)
    _ = Fixtures.run(&shell, "tally events, killed by place")
    return try #require(shell.lastTally)
  }

  @Test func csvHasTallyRowsThenReportedTotals() throws {
    let text = TallyExporter.csv(try result())
    #expect(
      text == """
        kind,place,events,killed,killed_low,killed_best,killed_high,note,killed_incidents,period,source,event\r
        tally,Aleppo,1,at least 5,5,5,,,1,,,\r
        tally,"Homs, city",1,12,12,12,12,,1,,,\r
        reported,Syria,,859,859,859,859,"Syria, 2016-04-29, AP (e3)",,2016-04-29,AP,e3\r

        """)
    guard PythonReader.available() else {
      print("skipped: python3 is not on this machine")
      return
    }
    let script = """
      import csv, json, sys
      print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))
      """
    let rows = try PythonReader.read(text, as: [[String]].self, with: script, suffix: "csv")
    #expect(rows.count == 4)
    #expect(rows[2] == ["tally", "Homs, city", "1", "12", "12", "12", "12", "", "1", "", "", ""])
    #expect(rows[3] == ["reported", "Syria", "", "859", "859", "859", "859", "Syria, 2016-04-29, AP (e3)", "", "2016-04-29", "AP", "e3"])
  }

  @Test func jsonReadsBackWithTheReportedTotals() throws {
    guard PythonReader.available() else {
      print("skipped: python3 is not on this machine")
      return
    }
    let text = TallyExporter.json(try result())
    let script = """
      import json, sys
      d = json.load(open(sys.argv[1], encoding='utf-8'))
      print(json.dumps({"keys": d["keys"], "measures": d["measures"],
          "places": [r["key"][0] for r in d["rows"]], "events": [r["events"] for r in d["rows"]],
          "best": [r["killed"]["best"] for r in d["rows"]],
          "high": [r["killed"]["high"] for r in d["rows"]],
          "incidents": [r["killed"]["incidents"] for r in d["rows"]],
          "reported": [[t["event"], t["figure"], t["low"], t["best"], t["high"]] for t in d["reported"]]}))
      """
    struct Read: Decodable, Equatable {
      var keys: [String]
      var measures: [String]
      var places: [String]
      var events: [Int]
      var best: [Int]
      var high: [Int?]
      var incidents: [Int]
      var reported: [[JSONValue]]
    }
    let read = try PythonReader.read(text, as: Read.self, with: script, suffix: "json")
    #expect(
      read
        == Read(
          keys: ["place"], measures: ["events", "killed"], places: ["Aleppo", "Homs, city"],
          events: [1, 1], best: [5, 12], high: [nil, 12], incidents: [1, 1],
          reported: [[.string("e3"), .string("859"), .number(859), .number(859), .number(859)]]))
  }

  @Test func markdownIsTheShellsTableWithItsNotes() throws {
    let text = TallyExporter.markdown(try result())
    #expect(
      text.hasPrefix(
        """
        | place | events | killed | incidents | killed.low | killed.best | killed.high |
        | --- | ---: | ---: | ---: | ---: | ---: | ---: |
        | Aleppo | 1 | at least 5 | 1 | 5 | 5 | open |
        | Homs, city | 1 | 12 | 1 | 12 | 12 | 12 |

        """))
    #expect(text.contains("  859 killed — Syria, 2016-04-29, AP (e3)\n"))
  }

  /// `tally events, killed by month` where April has two incidents with figures, May one event
  /// with none, and an aggregate in Aleppo reports 300.
  private func byMonth() throws -> TallyResult {
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .qualified(.atLeast, 5), date: "2016-04-02"),
        Fixtures.event("e2", killed: .exactly(7), place: "Homs", date: "2016-04-09"),
        Fixtures.event("e3", place: "Homs", date: "2016-05-01"),
        Fixtures.event("e4", killed: .qualified(.about, 300), date: "2016-05-01", scope: .aggregate),
      ]))
    _ = Fixtures.run(&shell, "tally events, killed by month")
    return try #require(shell.lastTally)
  }

  @Test func aRowWithNoFigureHasEmptyCellsAndReportedTotalsKeepTheirPlace() throws {
    #expect(
      TallyExporter.csv(try byMonth()) == """
        kind,month,events,killed,killed_low,killed_best,killed_high,note,killed_incidents,place,period,source,event\r
        tally,2016-04,2,at least 12,12,12,,,2,,,,\r
        tally,2016-05,1,,,,,,0,,,,\r
        reported,,,about 300,,300,,"Aleppo, 2016-05-01, AP (e4)",,Aleppo,2016-05-01,AP,e4\r

        """)
  }

  @Test func aRowWithNoFigureHasEmptyFigureCellsInTheTable() throws {
    #expect(
      TallyExporter.markdown(try byMonth()).hasPrefix(
        """
        | month | events | killed | incidents | killed.low | killed.best | killed.high |
        | --- | ---: | ---: | ---: | ---: | ---: | ---: |
        | 2016-04 | 2 | at least 12 | 2 | 12 | 12 | open |
        | 2016-05 | 1 |  | 0 |  |  |  |

        """))
  }

  @Test func aRowWithNoFigureIsNullInJSON() throws {
    let text = TallyExporter.json(try byMonth())
    let data = try #require(text.data(using: .utf8))
    let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let rows = try #require(document["rows"] as? [[String: Any]])
    #expect(rows.count == 2)
    #expect(rows[1]["key"] as? [String] == ["2016-05"] && rows[1]["events"] as? Int == 1)
    #expect(rows[1]["killed"] is NSNull)
    let april = try #require(rows[0]["killed"] as? [String: Any])
    #expect(april["display"] as? String == "at least 12" && april["incidents"] as? Int == 2)
    #expect(april["low"] as? Int == 12 && april["best"] as? Int == 12 && april["high"] is NSNull)
  }

  @Test func csvOutputWritesTheRowsAndReportsTheNotesBesideThem() throws {
    for format in ["csv", "json"] {
      var shell = Fixtures.shell(
        Fixtures.session([
          Fixtures.event("e1", killed: .exactly(12)),
          Fixtures.event("e2", killed: .exactly(859), place: "Syria", scope: .aggregate),
        ]))
      let (output, notes, _) = Fixtures.run(&shell, "output \(format); tally killed by place")
      #expect(
        output
          == (format == "csv"
            ? "place,killed,killed_incidents,killed_low,killed_best,killed_high\r\nAleppo,12,1,12,12,12\r\n"
            : """
              [
                {"place": "Aleppo", "killed": "12", "killed_incidents": 1, "killed_low": 12, "killed_best": 12, "killed_high": 12}
              ]

              """))
      #expect(
        notes == """
          output \(format)
          incidents only; rejected events excluded; policy conservative
          reported totals (running or area totals, never added to the rows above):
            859 killed — Syria, 2016-04-29, AP (e2)

          """)
    }
  }
}
