import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// `sitrep evaluate`'s gold file: records read by `GoldRecord.records(jsonLines:)`, and a bad
/// line named by its number and key.
@Suite struct GoldFileTests {
  @Test(arguments: [
    (#"{"id":"a"}"#, "missing key 'text'"),
    (#"{"text":"Two killed."}"#, "missing key 'id'"),
    (#"{"id":"a","text":5}"#, "key 'text' has the wrong type; expected a string"),
    (#"{"id":"a","text":null}"#, "key 'text' is null; expected a string"),
    (
      #"{"id":"a","text":"t","fatalities":"3"}"#,
      "key 'fatalities' has the wrong type; expected a whole number"
    ),
    (
      #"{"id":"a","text":"t","fatalities":1.5}"#,
      "key 'fatalities' has the wrong type; expected a whole number"
    ),
    (
      #"{"id":"a","text":"t","fatalities":2,"dup_text_fatalities_sum":1e30}"#,
      "key 'dup_text_fatalities_sum' has the wrong type; expected a whole number"
    ),
    (
      #"{"id":"a","text":"t","event_type":["Riots"]}"#,
      "key 'event_type' has the wrong type; expected a string"
    ),
    (
      #"{"id":"a","text":"t","dup_text_count":true}"#,
      "key 'dup_text_count' has the wrong type; expected a whole number"
    ),
    (#"["a","t"]"#, "not a JSON object"),
    ("Two people were killed in Aleppo.", "not a JSON object"),
    (#"{"id":"a","text":"t""#, "not a JSON object"),
    (#"{"id":"a","text":"t","fatalities":1.5"#, "not a JSON object"),
  ])
  func namesTheKeyOfABadLine(_ line: String, _ message: String) {
    let text = #"{"id":"ok","text":"One killed.","fatalities":1}"# + "\n\n" + line + "\n"
    #expect(GoldFile.records(jsonLines: text) == .failure(.init(line: 3, message: message)))
  }

  /// Blank lines are skipped but counted; the records are those `GoldRecord` decodes.
  @Test func readsRecordsAndSkipsBlankLines() throws {
    let text = """
      {"id":"g1","text":"Three killed in Parakou.","fatalities":3,"event_type":"Battles"}
      \u{20}\r
      {"id":"g2","text":"Protest in Cotonou.","dup_text_count":2,"dup_text_fatalities_sum":4}

      """
    let records = try GoldFile.records(jsonLines: text).get()
    #expect(records.map(\.id) == ["g1", "g2"])
    #expect(records.map(\.fatalities) == [3, 0])
    #expect(records.map(\.goldKilled) == [3, 4])
    #expect(records.map(\.eventType) == ["Battles", nil])
    #expect(records.map(\.dupTextCount) == [1, 2])
  }

  /// The dev set reads whole: a record per line, with the ids `JSONSerialization` finds.
  @Test func readsTheDevSet() throws {
    guard let devSet = ExtractPipelineTests.devSet else {
      print("skipped: ../shared/dev/acled-benin.jsonl is not there")
      return
    }
    let text = try String(contentsOfFile: devSet, encoding: .utf8)
    let records = try GoldFile.records(jsonLines: text).get()
    let objects = try text.split(separator: "\n").map { line in
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }
    #expect(records.count > 100)
    #expect(records.map(\.id) == objects.map { $0?["id"] as? String })
  }

  /// `sitrep evaluate` on extracted events (no `text`): one line naming file, line and key.
  @Test func evaluateSaysWhichLineAndKeyAreWrong() throws {
    guard FileManager.default.isExecutableFile(atPath: KillRecoveryTests.binary) else {
      print("skipped: build the binary first (\(KillRecoveryTests.binary) is absent)")
      return
    }
    let path = Fixtures.temporaryDirectory() + "/x.jsonl"
    let lines = [
      #"{"id":"g1","text":"Two killed.","fatalities":2}"#,
      #"{"article":"a","id":"a#1","type":"attack"}"#,
    ].joined(separator: "\n")
    try lines.write(toFile: path, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillRecoveryTests.binary)
    process.arguments = ["evaluate", path]
    let (out, err, status) = try Fixtures.outputs(of: process)
    #expect(err == "\(path):2: missing key 'text'\n")
    #expect(out == "")
    #expect(status == 1)
  }
}
