import Foundation
import Testing

@testable import SitrepKit

@Suite struct EventExportTests {
  private let session = ExportFixtures.session
  private var events: [SessionEvent] { session.events }

  @Test func csvHasACLEDColumnsAndReadsBackWithPythonsCSVModule() throws {
    guard PythonReader.available() else {
      print("skipped: python3 is not on this machine")
      return
    }
    let text = CSVEventExporter.export(events, in: session)
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline='', encoding='utf-8') as f:
          r = csv.DictReader(f)
          print(json.dumps({"header": r.fieldnames, "rows": list(r)}))
      """
    struct Read: Decodable {
      var header: [String]
      var rows: [[String: String]]
    }
    let read = try PythonReader.read(text, as: Read.self, with: script, suffix: "csv")
    #expect(
      read.header == [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
        "geo_precision",
        "source", "notes", "fatalities", "killed_low", "killed_high", "scope", "part_of", "status",
        "tags", "evidence", "merge",
      ])
    #expect(read.rows.count == 2)
    #expect(
      read.rows[0] == [
        "event_id_cnty": "e1", "event_date": "2016-04-29", "year": "2016", "time_precision": "1",
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "actor1": "Syrian Air Force", "actor2": "Civilians", "country": "Syria", "admin1": "Aleppo",
        "location": "Aleppo", "latitude": "36.2021", "longitude": "37.1343", "geo_precision": "1",
        "source": "AP; activists",
        "notes": ExportFixtures.first + " | verify, with \"MSF\"\nsecond line",
        "fatalities": "12", "killed_low": "12", "killed_high": "12", "scope": "incident",
        "part_of": "", "status": "accepted", "tags": "checked;hospital",
        "evidence": "a1:0-\(ExportFixtures.first.utf8.count)", "merge": "",
      ])
    #expect(
      read.rows[1] == [
        "event_id_cnty": "e2", "event_date": "2016-04-01", "year": "2016", "time_precision": "2",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "", "actor2": "", "country": "Syria", "admin1": "", "location": "Homs",
        "latitude": "", "longitude": "", "geo_precision": "3", "source": "AP",
        "notes": ExportFixtures.second, "fatalities": "5", "killed_low": "5", "killed_high": "",
        "scope": "incident", "part_of": "e1", "status": "extracted", "tags": "",
        "evidence": "a1:\(ExportFixtures.first.utf8.count + 1)-\(ExportFixtures.text.utf8.count)",
        "merge": "",
      ])
  }

  @Test func csvQuotesAsRFC4180Asks() {
    #expect(
      CSVEventExporter.line(["a", "b,c", "say \"hi\"", "x\ny", ""])
        == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\r\n")
  }

  @Test func jsonLinesReadBackWithPythonsJSONModule() throws {
    guard PythonReader.available() else {
      print("skipped: python3 is not on this machine")
      return
    }
    let text = JSONLinesEventExporter.export(events, in: session)
    #expect(text.split(separator: "\n").count == 2)
    let script = """
      import json, sys
      print(json.dumps([json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]))
      """
    struct Figure: Decodable, Equatable {
      var low: Int?
      var best: Int?
      var high: Int?
      var qualifier: String
    }
    struct Span: Decodable, Equatable {
      var start: Int
      var end: Int
      var text: String
    }
    struct Record: Decodable {
      var article: String
      var id: String
      var type: String
      var acled: [String: String]?
      var cameo: String?
      var killed: Figure?
      var place: [String: JSONValue]?
      var date: [String: String]?
      var actors: [String]
      var source: String?
      var scope: String
      var part_of: String?
      var evidence: Span
      var rule: String
      var status: String
      var tags: [String]
    }
    let records = try PythonReader.read(text, as: [Record].self, with: script, suffix: "jsonl")
    let r = records[0]
    #expect(r.article == "a1")
    #expect(r.id == "e1")
    #expect(r.type == "airstrike")
    #expect(
      r.acled == ["event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"])
    #expect(r.cameo == "195")
    #expect(r.killed == Figure(low: 12, best: 12, high: 12, qualifier: "exact"))
    #expect(r.place?["name"] == .string("Aleppo"))
    #expect(r.place?["latitude"] == .number(36.2021))
    #expect(r.date == ["start": "2016-04-29", "end": "2016-04-29", "precision": "day"])
    #expect(r.actors == ["Syrian Air Force", "Civilians"])
    #expect(r.source == "activists")
    #expect(r.scope == "incident")
    #expect(r.part_of == nil)
    #expect(
      r.evidence == Span(start: 0, end: ExportFixtures.first.utf8.count, text: ExportFixtures.first)
    )
    #expect(r.rule == "test.rule")
    #expect(r.status == "accepted")
    #expect(r.tags == ["checked", "hospital"])
    #expect(records[1].killed == Figure(low: 5, best: 5, high: nil, qualifier: "at least"))
    #expect(records[1].part_of == "e1")
    #expect(records[1].date == ["start": "2016-04-01", "end": "2016-04-05", "precision": "range"])
  }

  @Test func geoJSONHasPointsLongitudeFirstAndCountsTheSkipped() throws {
    let (text, skipped) = GeoJSONEventExporter.export(events, in: session)
    #expect(skipped == 1)
    // Features one a line, a comma between them: still one JSON value.
    var placed = events
    placed[1].current.place?.latitude = 34.7324
    placed[1].current.place?.longitude = 36.7137
    let two = GeoJSONEventExporter.export(placed, in: session)
    #expect(two.skipped == 0)
    #expect(two.text.split(separator: "\n").count == 4)
    let document = try JSONSerialization.jsonObject(with: Data(two.text.utf8)) as? [String: Any]
    let features = document?["features"] as? [[String: Any]]
    #expect(features?.map { $0["id"] as? String } == ["e1", "e2"])
    let geometry = features?[1]["geometry"] as? [String: Any]
    #expect(geometry?["coordinates"] as? [Double] == [36.7137, 34.7324])
    guard PythonReader.available() else {
      print("skipped: python3 is not on this machine")
      return
    }
    let script = """
      import json, sys
      d = json.load(open(sys.argv[1], encoding='utf-8'))
      f = d["features"]
      print(json.dumps({"type": d["type"], "n": len(f), "id": f[0]["id"],
          "geometry": f[0]["geometry"]["type"], "coordinates": f[0]["geometry"]["coordinates"],
          "location": f[0]["properties"]["location"], "fatalities": f[0]["properties"]["fatalities"],
          "tags": f[0]["properties"]["tags"], "event_type": f[0]["properties"]["event_type"]}))
      """
    struct Read: Decodable, Equatable {
      var type: String
      var n: Int
      var id: String
      var geometry: String
      var coordinates: [Double]
      var location: String
      var fatalities: Int
      var tags: [String]
      var event_type: String
    }
    let read = try PythonReader.read(text, as: Read.self, with: script, suffix: "geojson")
    #expect(
      read
        == Read(
          type: "FeatureCollection", n: 1, id: "e1", geometry: "Point",
          coordinates: [37.1343, 36.2021],
          location: "Aleppo", fatalities: 12, tags: ["checked", "hospital"],
          event_type: "Explosions/Remote violence"))
  }

  @Test func markdownIsATableWithEscapedPipes() {
    var session = self.session
    session.events[1].current.place?.name = "Homs | city"
    let text = MarkdownEventExporter.export(session.events, in: session)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0]
        == "| event_id_cnty | event_date | event_type | sub_event_type | location | admin1 | country | actor1 | fatalities | killed_low | killed_high | scope | status | source | notes |"
    )
    #expect(
      lines[1]
        == "| --- | --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- | --- | --- | --- |"
    )
    #expect(
      lines[3]
        == "| e2 | 2016-04-01 | Explosions/Remote violence | Shelling/artillery/missile attack | Homs \\| city |  | Syria |  | 5 | 5 |  | incident | extracted | AP | At least 5 died in Homs. |"
    )
    #expect(lines.count == 5)
  }

  @Test(arguments: [
    ("out.csv", ExportFormat.csv), ("OUT.JSONL", .jsonl), ("map.geojson", .geojson), ("r.md", .md),
    ("t.json", .json),
  ])
  func formatsAreChosenByExtension(path: String, format: ExportFormat) {
    #expect(ExportFormat(path: path) == format)
  }

  @Test func unknownExtensionsHaveNoFormat() {
    #expect(ExportFormat(path: "out.xlsx") == nil)
    #expect(ExportFormat(path: "dir.v2/out") == nil)
  }
}

/// A JSON value, for comparing nested objects read back from Python.
enum JSONValue: Decodable, Equatable {
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else {
      self = .string(try c.decode(String.self))
    }
  }
}
