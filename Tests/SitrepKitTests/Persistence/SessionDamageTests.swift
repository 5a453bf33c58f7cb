import Foundation
import Testing

@testable import SitrepKit

@Suite struct SessionDamageTests {
  struct DamageCase: CustomTestStringConvertible, Sendable {
    var json: String
    var line: Int
    var column: Int
    var problem: String
    var testDescription: String { problem }
  }

  @Test(arguments: [
    DamageCase(
      json: "{\n  \"a\": [1, 2", line: 2, column: 13,
      problem: "unexpected end of file (the file is truncated)"),
    DamageCase(
      json: "{\n  \"a\": 1\n  \"b\": 2\n}", line: 3, column: 3, problem: "expected ',' or '}'"),
    DamageCase(json: "[1, 2 3]", line: 1, column: 7, problem: "expected ',' or ']'"),
    DamageCase(json: "{\"a\": tru}", line: 1, column: 10, problem: "expected 'true'"),
    DamageCase(
      json: "{\"a\": 1} x", line: 1, column: 10,
      problem: "unexpected text after the end of the document"),
    DamageCase(
      json: "{\"a\": \"x\u{01}\"}", line: 1, column: 9, problem: "control character inside a string"
    ),
    DamageCase(json: "{a: 1}", line: 1, column: 2, problem: "expected a quoted key"),
  ])
  func locatesTheFirstSyntaxError(_ c: DamageCase) throws {
    let damage = try #require(JSONDamage.locate(in: Array(c.json.utf8)))
    #expect(damage.line == c.line)
    #expect(damage.column == c.column)
    #expect(damage.problem == c.problem)
  }

  @Test func wellFormedJSONHasNoDamage() throws {
    let data = try SessionStore.encode(Fixtures.session([Fixtures.event("e1")]))
    #expect(JSONDamage.locate(in: [UInt8](data)) == nil)
  }

  @Test func aTruncatedSessionIsReportedWithItsPositionAndLeftUntouched() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(Fixtures.session([Fixtures.event("e1")]), directory: dir)
    _ = Fixtures.run(&shell, "save s.json")
    let full = try Data(contentsOf: URL(fileURLWithPath: dir + "/s.json"))
    let cut = full.prefix(100)
    try cut.write(to: URL(fileURLWithPath: dir + "/cut.json"))
    let expected = try #require(JSONDamage.locate(in: [UInt8](cut)))
    #expect(expected.offset == 100)
    var other = Fixtures.shell(directory: dir)
    let (_, err, outcome) = Fixtures.run(&other, "open cut.json")
    #expect(outcome == .failure)
    #expect(
      err.hasPrefix(
        "<input>:1:6: error: cannot open 'cut.json': the file is damaged: line \(expected.line), column \(expected.column) (byte 100): unexpected end of file (the file is truncated); it was left untouched\n"
      ))
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/cut.json")) == cut)
  }

  @Test func articleTextThatNoLongerMatchesItsDigestIsReported() throws {
    let dir = Fixtures.temporaryDirectory()
    var session = Fixtures.session([Fixtures.event("e1")], articles: ["a1", "a2"])
    for i in session.articles.indices {
      session.articles[i].sha256 = ArticleText.sha256(session.articles[i].text)
    }
    session.articles[1].text += " Edited."
    try SessionStore.save(session, to: dir + "/s.json")
    var shell = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&shell, "open s.json")
    #expect(out == "opened s.json: 2 articles, 1 event\n")
    #expect(
      err
        == "warning: the text of article a2 no longer matches its SHA-256 (it was changed outside Sitrep); its evidence spans may point at the wrong words\n"
    )
  }

  @Test func anUnwritableDirectoryFailsTheSaveAndKeepsTheSession() throws {
    var directory = Fixtures.temporaryDirectory() + "/locked"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    chmod(directory, 0o555)
    // Root writes anywhere on a normal file system; /sys refuses even root.
    if access(directory, W_OK) == 0 { directory = "/sys" }
    var shell = Fixtures.shell(Fixtures.session([Fixtures.event("e1")]))
    _ = Fixtures.run(&shell, "policy best")
    let (out, err, outcome) = Fixtures.run(&shell, "save \"\(directory)/s.json\"")
    #expect(outcome == .failure)
    #expect(out == "")
    #expect(
      err.hasPrefix(
        "<input>:1:6: error: cannot save '\(directory)/s.json': the directory cannot be written to (Permission denied); nothing was lost, the session is still open\n"
      ))
    #expect(shell.isDirty)
    #expect(shell.session.settings.policy == .best)
    #expect(shell.sessionPath == nil)
  }

  @Test func aFullDiskFailsTheWriteAndLeavesTheOldFile() throws {
    let dir = Fixtures.temporaryDirectory()
    let path = dir + "/s.json"
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    let full: AtomicFile.WriteFunction = { _, _, count in
      errno = ENOSPC
      return count > 10 ? -1 : count
    }
    #expect(throws: SessionStore.Failure.writeFailed("No space left on device")) {
      try AtomicFile.write(Data(String(repeating: "x", count: 100).utf8), to: path, using: full)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.json"])
  }

  @Test func aWrongValueIsNamedByItsPath() throws {
    var text = String(
      decoding: try SessionStore.encode(Fixtures.session([Fixtures.event("e1")])), as: UTF8.self)
    text = text.replacingOccurrences(
      of: "\"status\":\"extracted\"", with: "\"status\":\"maybe\"")
    #expect(
      throws: SessionStore.Failure.corrupt(
        "wrong value at .events[0].status: Cannot initialize EventStatus from invalid String value maybe"
      )
    ) {
      try SessionStore.decode(Data(text.utf8))
    }
  }

  @Test(arguments: [
    (#""format":"sitrep-session""#, #""format":99"#, "wrong value at .format: expected text in quotes"),
    (#""nextEvent":2"#, #""nextEvent":"two""#, "wrong value at .nextEvent: expected a number"),
  ])
  func aValueOfTheWrongKindSaysWhatWasExpected(_ field: String, _ damaged: String, _ message: String)
    throws
  {
    let text = String(
      decoding: try SessionStore.encode(Fixtures.session([Fixtures.event("e1")])), as: UTF8.self)
    #expect(text.contains(field))
    #expect(throws: SessionStore.Failure.corrupt(message)) {
      try SessionStore.decode(Data(text.replacingOccurrences(of: field, with: damaged).utf8))
    }
  }

  /// Foundation names no place for a fraction where a whole number belongs; the byte reader does.
  @Test func aFractionWhereAWholeNumberBelongsIsFoundByItsPlace() throws {
    let text = String(
      decoding: try SessionStore.encode(Fixtures.session([Fixtures.event("e1")])), as: UTF8.self)
    let damaged = text.replacingOccurrences(of: #""nextEvent":2"#, with: #""nextEvent":2.5"#)
    let offset = try #require(damaged.utf8.firstRange(of: Array(#""nextEvent":2.5"#.utf8))).lowerBound
    // The byte of the '.', after `"nextEvent":2`.
    let byte = damaged.utf8.distance(from: damaged.utf8.startIndex, to: offset) + 13
    #expect(
      throws: SessionStore.Failure.corrupt(
        "line 1, column \(byte + 1) (byte \(byte)): expected a whole number")
    ) {
      try SessionStore.decode(Data(damaged.utf8))
    }
  }

  @Test func aFullDiskFailsTheSaveInTheShellAndKeepsEverything() throws {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(Fixtures.session([Fixtures.event("e1")]), directory: dir)
    _ = Fixtures.run(&shell, "save s.json")
    let saved = try Data(contentsOf: URL(fileURLWithPath: dir + "/s.json"))
    shell.fileState.writer = { _, _, _ in
      errno = ENOSPC
      return -1
    }
    let (out, err, outcome) = Fixtures.run(&shell, "policy best")
    #expect(outcome == .success)
    #expect(out == "policy best\n")
    #expect(
      err
        == "warning: change 1 is kept in memory but could not be written to the journal "
        + "'s.json.journal': No space left on device; 'save' soon, or 'save OTHER-FILE' elsewhere\n"
    )
    let (_, saveErr, saveOutcome) = Fixtures.run(&shell, "save")
    #expect(saveOutcome == .failure)
    #expect(
      saveErr.hasPrefix(
        "<input>: error: cannot save 's.json': No space left on device; nothing was lost, the "
          + "session is still open\n"))
    #expect(shell.session.settings.policy == .best)
    #expect(shell.isDirty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/s.json")) == saved)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
        "s.json", "s.json.lock",
      ])
  }

  @Test func aNewerVersionIsRefusedByName() throws {
    let data = Data("{\"format\": \"sitrep-session\", \"version\": 7}".utf8)
    #expect(throws: SessionStore.Failure.newerVersion(7)) { try SessionStore.decode(data) }
  }
}
