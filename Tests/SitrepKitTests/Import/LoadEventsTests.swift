import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// `load events FILE.jsonl`: `sitrep extract` output back into a session.
@Suite struct LoadEventsTests {
  /// Four articles with figures: a part inside its whole (Aleppo), a running total (Homs), an
  /// open figure (Idlib).
  static let corpus = """
    {"id":"k1","title":"Raids on Aleppo","date":"2024-03-04","text":"Raids on Aleppo\\n\\nShelling and air raids killed 40 civilians in Aleppo on Monday, the Syrian Observatory for Human Rights said, including at least 13 people in a hospital supported by the international charity Doctors Without Borders that was hit in an airstrike.\\n"}
    {"id":"k2","title":"Shelling in Homs","date":"2024-03-05","text":"Shelling in Homs\\n\\nShelling killed 7 civilians and wounded 20 in Homs on Tuesday, a monitoring group said. Since the start of the month, 230 people have been killed in Homs province.\\n"}
    {"id":"k3","title":"Clashes near Idlib","date":"2024-03-06","text":"Clashes near Idlib\\n\\nAbout 15 fighters were killed in clashes between rebels and the army near Idlib on Wednesday, the Syrian Observatory for Human Rights said.\\n"}
    {"id":"k4","title":"Car bomb in Aleppo","date":"2024-03-07","text":"Car bomb in Aleppo\\n\\nA car bomb killed 9 people in Aleppo on Thursday, police said.\\n"}

    """

  /// A directory holding `files`, and a shell working in it over `session`.
  static func shell(_ files: [String: [UInt8]], session: Session = Session()) -> Shell {
    let directory = Fixtures.temporaryDirectory()
    for (name, bytes) in files {
      _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes))
    }
    return Fixtures.shell(session, directory: directory)
  }

  @Test func anExportedMergeComesBackAndCountsOnce() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(
      Fixtures.session([
        Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
        Fixtures.event("e2", killed: .exactly(6)),
        Fixtures.event("e3", killed: .exactly(2), place: "Homs"),
      ]), directory: dir)
    _ = Fixtures.run(&shell, "merge e2 e1; export events to all.jsonl; export events to all.csv")
    let exported = try String(contentsOfFile: dir + "/all.jsonl", encoding: .utf8)
    #expect(exported.split(separator: "\n").map { $0.hasSuffix(#","merge":"e1"}"#) } == [true, true, false])
    let csv = try String(contentsOfFile: dir + "/all.csv", encoding: .utf8)
    #expect(csv.split(separator: "\r\n").map { $0.hasSuffix(",e1") } == [false, true, true, false])
    var loaded = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&loaded, "load events all.jsonl")
    #expect(loaded.session.events.map(\.merge) == ["e1", "e1", nil])
    #expect(
      Fixtures.run(&loaded, "tally killed by place").0 == Fixtures.run(&shell, "tally killed by place").0)
    var imported = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&imported, "import events all.csv")
    #expect(imported.session.events.map(\.merge) == ["e1", "e1", nil])
  }

  @Test func aPartWhoseWholeIsNotInTheFileIsLoadedOnItsOwn() {
    var shell = Self.shell(["set.jsonl": Array((Self.lines[1] + "\n" + Self.lines[2]).utf8)])
    let (out, err, outcome) = Fixtures.run(&shell, "load events set.jsonl")
    #expect(outcome == .success)
    #expect(out == "loaded 2 events from set.jsonl\n")
    #expect(
      err == "set.jsonl: 1 event with a part_of naming no event in the file (line 1): loaded on "
        + "its own, counted as incidents\n")
    #expect(shell.session.events.map(\.current.partOf) == [nil, nil])
    #expect(shell.session.events[0].notes.first?.hasSuffix("; part of 000#1, which is not in the file") == true)
  }

  @Test func eventsOfArticlesLoadedAsTextAreNotedAsCountedTwice() throws {
    var shell = Self.shell(["corpus.jsonl": Array(Self.corpus.utf8)])
    let corpusPath = shell.context.workingDirectory + "/corpus.jsonl"
    let (_, written) = ExtractPipelineTests.extract([corpusPath], workers: 1, window: 8)
    _ = FileManager.default.createFile(
      atPath: shell.context.workingDirectory + "/events.jsonl", contents: Data(written.bytes))
    _ = Fixtures.run(&shell, "load corpus.jsonl")
    let (out, err, _) = Fixtures.run(&shell, "load events events.jsonl")
    #expect(out == "loaded 6 events from events.jsonl\n")
    #expect(
      err == "note: 4 of these articles are loaded as text already (k1, k2, k3, ...): their events "
        + "are now in the session twice, and a tally counts both copies\n")
    // Loaded again, nothing is added and nothing is noted.
    #expect(Fixtures.run(&shell, "load events events.jsonl").1 == "")
  }

  @Test func aTallyOfLoadedEventsEqualsTheTallyOfTheArticlesLoaded() throws {
    let direct = Self.shell(["corpus.jsonl": Array(Self.corpus.utf8)])
    let corpusPath = direct.context.workingDirectory + "/corpus.jsonl"
    let (summary, written) = ExtractPipelineTests.extract([corpusPath], workers: 1, window: 8)
    #expect(summary == ExtractPipeline.Summary(outcome: .finished, errors: 0))
    var articles = direct
    var events = Self.shell(["events.jsonl": written.bytes])
    let (loadedArticles, _, _) = Fixtures.run(&articles, "load corpus.jsonl")
    let (loadedEvents, errors, _) = Fixtures.run(&events, "load events events.jsonl")
    #expect(loadedArticles == "loaded 4 articles, 6 events\n")
    #expect(loadedEvents == "loaded 6 events from events.jsonl\n")
    #expect(errors == "")
    for query in [
      "tally killed by place", "tally events, killed by type", "tally articles, injured by month",
      "count events", "events where killed > 8 sort by killed desc select id, place, killed",
    ] {
      let (fromArticles, _, _) = Fixtures.run(&articles, query)
      let (fromEvents, _, _) = Fixtures.run(&events, query)
      #expect(fromEvents == fromArticles, "\(query)")
    }
    let (tally, _, _) = Fixtures.run(&events, "tally killed by place")
    let lines = tally.split(separator: "\n").map(String.init)
    #expect(lines.count == 9)
    #expect(lines[2] == "Aleppo           49          2          49           49           49")
    #expect(lines[6] == "1 part counted inside its whole, not added")
    #expect(lines[8] == "  230 people killed — Homs, 2024-03-05, (unknown) (e4)")
    #expect(events.session.events.map(\.id) == articles.session.events.map(\.id))
    #expect(
      events.session.events.map(\.current.partOf) == articles.session.events.map(\.current.partOf))
    #expect(events.session.events[1].current.partOf == "e1")
  }

  @Test func anExportedSessionComesBackWithItsStatusTagsAndTallies() throws {
    var original = Self.shell(["corpus.jsonl": Array(Self.corpus.utf8)])
    for statement in [
      "load corpus.jsonl", "tag e1 : checked, hospital", "drop e6", "set e4 status = accepted",
      "export events to out.jsonl",
    ] {
      let (_, errors, _) = Fixtures.run(&original, statement)
      #expect(errors == "", "\(statement)")
    }
    let bytes = try Data(
      contentsOf: URL(fileURLWithPath: original.context.workingDirectory + "/out.jsonl"))
    var loaded = Self.shell(["out.jsonl": [UInt8](bytes)])
    let (summary, errors, _) = Fixtures.run(&loaded, "load events out.jsonl")
    #expect(summary == "loaded 6 events from out.jsonl\n")
    #expect(errors == "")
    #expect(loaded.session.events.map(\.status) == original.session.events.map(\.status))
    #expect(loaded.session.events.map(\.tags) == original.session.events.map(\.tags))
    #expect(loaded.session.events[0].tags == ["checked", "hospital"])
    #expect(loaded.session.events[5].status == .rejected)
    for query in ["tally killed by place", "count events where status = accepted"] {
      #expect(Fixtures.run(&loaded, query).0 == Fixtures.run(&original, query).0, "\(query)")
    }
  }

  /// Lines for article `000` (a whole and its part) and article `001`, as extract writes them.
  static let lines: [String] = {
    func event(_ id: String, _ article: String, killed: Int, partOf: String? = nil) -> String {
      let e = Event(
        id: id, article: article, type: .airstrike, killed: .exactly(killed),
        place: Place(raw: "Aleppo", name: "Aleppo", precision: .city, country: "Syria"),
        date: .on(Day(year: 2016, month: 4, day: 28)), partOf: partOf,
        evidence: Evidence(span: TextSpan(start: 0, end: 9), rule: "type.airstrike"))
      return EventRecord(event: e, text: "Airstrike on Aleppo").jsonLine()
    }
    return [
      event("000#1", "000", killed: 40), event("000#2", "000", killed: 13, partOf: "000#1"),
      event("001#1", "001", killed: 9),
    ]
  }()

  static var file: [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }

  @Test func eventsGetSessionIdsStatusExtractedAndANoteOfWhereTheyCameFrom() {
    var shell = Self.shell(
      ["events.jsonl": Self.file],
      session: Fixtures.session([Fixtures.event("e1"), Fixtures.event("e2")]))
    let (out, err, outcome) = Fixtures.run(&shell, "load events events.jsonl")
    #expect(out == "loaded 3 events from events.jsonl\n")
    #expect(err == "")
    #expect(outcome == .success)
    let loaded = Array(shell.session.events.suffix(3))
    #expect(loaded.map(\.id) == ["e3", "e4", "e5"])
    #expect(loaded.map(\.current.partOf) == [nil, "e3", nil])
    #expect(
      loaded.map(\.current.article) == ["events.jsonl#000", "events.jsonl#000", "events.jsonl#001"])
    #expect(loaded.map(\.status) == [.extracted, .extracted, .extracted])
    #expect(loaded.map(\.current.killed?.best) == [40, 13, 9])
    #expect(loaded[1].extracted == loaded[1].current)
    #expect(loaded[1].notes == ["from events.jsonl:2, article 000, event 000#2: “Airstrike”"])
    #expect(shell.session.nextEvent == 6)
    #expect(shell.session.trail.map(\.command) == ["load events events.jsonl"])
    // Like `load` and `import events`, a load is logged but not undone.
    let (_, undo, _) = Fixtures.run(&shell, "undo")
    #expect(undo == "<input>: error: nothing to undo\n")
    // The same file again adds nothing.
    let (again, _, _) = Fixtures.run(&shell, "load events events.jsonl")
    #expect(again == "loaded 0 events from events.jsonl; 3 already loaded\n")
    #expect(shell.session.events.count == 5)
  }

  @Test func showAndWhyOfAnEventWithoutItsArticle() {
    var shell = Self.shell(["events.jsonl": Self.file])
    _ = Fixtures.run(&shell, "load events events.jsonl")
    let (show, showErrors, _) = Fixtures.run(&shell, "show e2")
    #expect(showErrors == "")
    #expect(
      show == """
        id        e2
        article   events.jsonl#000 (not in the session)
        status    extracted
        type      airstrike
        acled     Explosions/Remote violence / Air/drone strike
        cameo     195
        killed    13
        place     Aleppo (city, Syria)
        date      2016-04-28
        scope     incident
        part_of   e1
        note      from events.jsonl:2, article 000, event 000#2: “Airstrike”
        evidence  (no article text; see the note)

        """)
    let (why, whyErrors, _) = Fixtures.run(&shell, "why e2 killed")
    #expect(whyErrors == "")
    #expect(
      why == """
        e2: its article 'events.jsonl#000' is not in the session, so there is no text to mark
        note: from events.jsonl:2, article 000, event 000#2: “Airstrike”

        """)
  }

  struct Failure: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var output: String
    var errors: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Failure(
      name: "invalid JSON", bytes: Array("{\"article\":\n".utf8) + LoadEventsTests.file,
      output: "loaded 3 events from bad.jsonl; 1 line skipped\n",
      errors: "bad.jsonl:1: skipped: 'article' at column 12: unexpected end of the line\n"),
    Failure(
      name: "missing key",
      bytes: Array(
        (LoadEventsTests.lines[2].replacingOccurrences(of: #""rule":"type.airstrike","#, with: "")
          .replacingOccurrences(of: #","rule":"type.airstrike""#, with: "") + "\n"
          + LoadEventsTests.lines[0]).utf8),
      output: "loaded 1 event from bad.jsonl; 1 line skipped\n",
      errors: "bad.jsonl:1: skipped: missing key 'rule'\n"),
    { () -> Failure in
      let line = LoadEventsTests.lines[2].replacingOccurrences(
        of: #""actors":[]"#, with: #""actors":"x""#)
      let column = ExtractedEventReaderTests.column(#""actors":"x""#, in: line, after: 9)
      return Failure(
        name: "wrong type", bytes: Array((LoadEventsTests.lines[0] + "\n" + line).utf8),
        output: "loaded 1 event from bad.jsonl; 1 line skipped\n",
        errors: "bad.jsonl:2: skipped: 'actors' at column \(column): expected '['\n")
    }(),
    Failure(
      name: "invalid UTF-8", bytes: LoadEventsTests.file + [0x7B, 0xFF, 0x7D, 0x0A],
      output: "loaded 3 events from bad.jsonl; 1 line skipped\n",
      errors: "bad.jsonl:4: skipped: invalid UTF-8 at column 2\n"),
  ])
  func badLinesAreReportedAndTheGoodOnesLoaded(_ failure: Failure) {
    var shell = Self.shell(["bad.jsonl": failure.bytes])
    let (out, err, outcome) = Fixtures.run(&shell, "load events bad.jsonl")
    #expect(out == failure.output)
    #expect(err == failure.errors)
    #expect(outcome == .success)
  }

  @Test(arguments: [
    (
      "load events empty.jsonl",
      """
      empty.jsonl:1: skipped: the file is empty
      <input>:1:13: error: no events loaded from empty.jsonl; the session is unchanged
        |
      1 | load events empty.jsonl
        |             ^~~~~~~~~~~

      """
    ),
    (
      "load events junk.jsonl",
      """
      junk.jsonl:1: skipped: invalid JSON at column 1: expected '{'
      <input>:1:13: error: no events loaded from junk.jsonl; the session is unchanged
        |
      1 | load events junk.jsonl
        |             ^~~~~~~~~~

      """
    ),
    (
      "load events corpus.jsonl",
      """
      <input>:1:13: error: no events loaded from corpus.jsonl; the session is unchanged
        |
      1 | load events corpus.jsonl
        |             ^~~~~~~~~~~~ these look like articles ({"id", "text"}); load them with 'load FILE'

      """
    ),
    (
      "load events events.csv",
      """
      <input>:1:13: error: no events loaded from events.csv; the session is unchanged
        |
      1 | load events events.csv
        |             ^~~~~~~~~~ for events in CSV (ACLED's columns, or 'export events'), use 'import events FILE.csv'

      """
    ),
    (
      "load events session.json",
      """
      <input>:1:13: error: no events loaded from session.json; the session is unchanged
        |
      1 | load events session.json
        |             ^~~~~~~~~~~~ a saved session is opened with 'open FILE.json'

      """
    ),
    (
      "load events map.geojson",
      """
      <input>:1:13: error: no events loaded from map.geojson; the session is unchanged
        |
      1 | load events map.geojson
        |             ^~~~~~~~~~~
        | GeoJSON and Markdown exports are for other tools; 'load events' reads the JSON Lines of 'sitrep extract' or 'export
        | events to FILE.jsonl'

      """
    ),
    (
      "load events missing.jsonl",
      """
      <input>:1:13: error: no such file 'missing.jsonl'
        |
      1 | load events missing.jsonl
        |             ^~~~~~~~~~~~~

      """
    ),
  ])
  func nothingReadableLeavesTheSessionUnchanged(_ command: String, _ errors: String) {
    let session = Fixtures.session([Fixtures.event("e1")])
    var shell = Self.shell(
      [
        "empty.jsonl": [], "junk.jsonl": Array("junk\n".utf8),
        "corpus.jsonl": Array(#"{"id": "k1", "text": "Shelling killed 7 in Homs."}\#n"#.utf8),
        "events.csv": Array("event_id_cnty,event_date\r\n".utf8),
        "session.json": Array(#"{"format":"sitrep-session","version":3}"#.utf8),
        "map.geojson": Array(#"{"type":"FeatureCollection","features":[]}"#.utf8),
      ], session: session)
    let (out, err, outcome) = Fixtures.run(&shell, command)
    #expect(out == "")
    #expect(err == errors)
    #expect(outcome == .failure)
    #expect(shell.session == session)
    #expect(!shell.isDirty)
  }

  @Test func loadOfAnEventsFileSaysToUseLoadEvents() {
    var shell = Self.shell(["events.jsonl": Self.file])
    let (out, err, _) = Fixtures.run(&shell, "load events.jsonl")
    #expect(out == "loaded 0 articles, 0 events; 3 records skipped\n")
    #expect(
      err.hasSuffix(
        "events.jsonl: these look like extracted events; load them with 'load events events.jsonl'\n"))
    #expect(shell.session.events.isEmpty)
  }

  @Test func severalFilesAndProgress() {
    var shell = Self.shell([
      "a.jsonl": Self.file, "b.jsonl": Array((Self.lines[2] + "\n").utf8),
    ])
    nonisolated(unsafe) var updates: [CommandProgress?] = []
    shell.context.progress = { updates.append($0) }
    let (out, _, _) = Fixtures.run(&shell, "load events a.jsonl, b.jsonl")
    #expect(out == "loaded 4 events from 2 files\n")
    // The same article id in two files is two articles.
    #expect(Set(shell.session.events.map(\.current.article)).count == 3)
    #expect(
      updates == [
        CommandProgress(label: "load events", done: 3, total: 3, started: 0),
        CommandProgress(label: "load events", done: 1, total: 1, started: 0), nil,
      ])
  }

  @Test func aDirectoryGivesItsJSONLinesFilesAndCompletionOffersEvents() {
    let root = Fixtures.temporaryDirectory()
    let directory = root + "/out"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: directory + "/part-1.jsonl", contents: Data(Self.file))
    _ = FileManager.default.createFile(atPath: directory + "/notes.txt", contents: Data("x".utf8))
    var shell = Fixtures.shell(directory: root)
    let (out, err, _) = Fixtures.run(&shell, "load events out")
    #expect(out == "loaded 3 events from out/part-1.jsonl\n")
    #expect(err == "")
    #expect(shell.session.events.first?.current.article == "out/part-1.jsonl#000")
    let candidates = Completion.candidates(
      for: "load ev", word: "ev", session: shell.session, workingDirectory: root)
    #expect(candidates == ["events"])
  }

  @Test func aCancelledLoadLeavesTheSessionAsItWas() {
    var shell = Self.shell(["events.jsonl": Self.file])
    shell.context.isCancelled = { true }
    let (out, err, outcome) = Fixtures.run(&shell, "load events events.jsonl")
    #expect(out == "")
    #expect(err == "<input>: error: load events cancelled; nothing was added\n")
    #expect(outcome == .failure)
    #expect(shell.session == Session())
    #expect(!shell.isDirty)
  }
}
