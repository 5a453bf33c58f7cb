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
        kind,place,events,killed,killed_low,killed_best,killed_high,note\r
        tally,Aleppo,1,at least 5,5,5,,\r
        tally,"Homs, city",1,12,12,12,12,\r
        reported,,,859,,859,,"Syria, 2016-04-29, AP (e3)"\r

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
    #expect(rows[2] == ["tally", "Homs, city", "1", "12", "12", "12", "12", ""])
    #expect(rows[3][7] == "Syria, 2016-04-29, AP (e3)")
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
          "reported": [[t["event"], t["figure"], t["best"]] for t in d["reported"]]}))
      """
    struct Read: Decodable, Equatable {
      var keys: [String]
      var measures: [String]
      var places: [String]
      var events: [Int]
      var best: [Int]
      var high: [Int?]
      var reported: [[JSONValue]]
    }
    let read = try PythonReader.read(text, as: Read.self, with: script, suffix: "json")
    #expect(
      read
        == Read(
          keys: ["place"], measures: ["events", "killed"], places: ["Aleppo", "Homs, city"],
          events: [1, 1], best: [5, 12], high: [nil, 12],
          reported: [[.string("e3"), .string("859"), .number(859)]]))
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
}
