import Foundation
import Testing

@testable import SitrepKit

@Suite struct SessionFileFormatTests {
  private static let validator = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1], encoding='utf-8'))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(v.iter_errors(json.load(open(sys.argv[2], encoding='utf-8'))), key=lambda e: e.json_path)
    print(json.dumps([e.json_path + ': ' + e.message[:100] for e in errors]))
    """

  private func validate(_ path: String) throws -> [String] {
    let schema = Fixtures.packageRoot + "/docs/session.schema.json"
    let out = try PythonReader.run(Self.validator, arguments: [schema, path])
    return try JSONDecoder().decode([String].self, from: Data(out.utf8))
  }

  @Test func aRealSavedSessionMatchesTheSchema() throws {
    guard PythonReader.available(module: "jsonschema") else {
      print("skipped: python3 with jsonschema is not on this machine")
      return
    }
    let dir = Fixtures.temporaryDirectory()
    let (shell, errors) = SessionSamples.savedShell(in: dir)
    #expect(errors == SessionSamples.notes)
    #expect(shell.session.articles.count == 2)
    #expect(!shell.session.events.isEmpty)
    #expect(try validate(dir + "/s.json") == [])
  }

  @Test func theSchemaRejectsAWrongValue() throws {
    guard PythonReader.available(module: "jsonschema") else {
      print("skipped: python3 with jsonschema is not on this machine")
      return
    }
    let dir = Fixtures.temporaryDirectory()
    _ = SessionSamples.savedShell(in: dir)
    let text = try String(contentsOfFile: dir + "/s.json", encoding: .utf8)
    let broken = text.replacingOccurrences(
      of: "\"status\":\"rejected\"", with: "\"status\":\"maybe\"")
    #expect(broken != text)
    try Data(broken.utf8).write(to: URL(fileURLWithPath: dir + "/broken.json"))
    let errors = try validate(dir + "/broken.json")
    // The same value appears once more, in the trail's record of `drop e5`.
    #expect(errors.count == 2)
    #expect(
      errors.first
        == "$.events[4].status: 'maybe' is not one of ['extracted', 'accepted', 'corrected', 'rejected', 'manual']"
    )
  }

  @Test func saveThenOpenGivesBackEveryField() throws {
    let dir = Fixtures.temporaryDirectory()
    let (shell, _) = SessionSamples.savedShell(in: dir)
    var other = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&other, "open s.json")
    var a = shell.session
    let b = other.session
    // Saved with output csv; how results are written is the opening shell's (table), not the
    // file's, so what `open` did is said on standard output.
    #expect(a.settings.output == .csv)
    #expect(err == "")
    #expect(out == "opened s.json: 2 articles, \(a.events.count) events\n")
    a.settings.output = .table
    #expect(b.articles == a.articles)
    #expect(b.events == a.events)
    #expect(b.settings == a.settings)
    #expect(b.settings.policy == .best)
    #expect(b.sets == ["big": "events where killed > 5"])
    #expect(b.dictionary == a.dictionary)
    #expect(b.analysts == ["analyst"])
    #expect(b.trail == a.trail)
    #expect(
      b.trail.map(\.command) == [
        "load \"\(Fixtures.packageRoot)/Samples/articles\"", "set e2 killed = 7", "tag e1 checked",
        "note e1 \"recounted from the hospital list\"", "merge e3 e4", "undo (of #5: merge e3 e4)",
        "redo (of #5: merge e3 e4)", "drop e5", "let big = events where killed > 5", "policy best",
      ])
    #expect(
      b.trail.map(\.kind) == [
        .load, .edit, .edit, .edit, .edit, .undo(5), .redo(5), .edit, .edit, .edit,
      ])
    #expect(b.undoable == [2, 3, 4, 5, 8, 9, 10])
    #expect(b.redoable == [])
    #expect(b.nextArticle == a.nextArticle)
    #expect(b.nextEvent == a.nextEvent)
    #expect(b == a)
    #expect(b.event("e2")?.current.killed == .exactly(7))
    #expect(b.event("e2")?.extracted?.killed != .exactly(7))
    #expect(b.event("e1")?.tags == ["checked"])
    #expect(b.event("e1")?.notes == ["recounted from the hospital list"])
    #expect(b.event("e4")?.merge == "e3")
    #expect(b.event("e5")?.status == .rejected)
  }

  @Test func savingTwiceWritesTheSameBytes() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = SessionSamples.savedShell(in: dir).shell
    let first = try Data(contentsOf: URL(fileURLWithPath: dir + "/s.json"))
    _ = Fixtures.run(&shell, "save")
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/s.json")) == first)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.hasPrefix("{\"format\":\"sitrep-session\",\"version\":3,\"nextArticle\":3,"))
  }
}
