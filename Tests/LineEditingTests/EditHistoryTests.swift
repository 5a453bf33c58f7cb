import Foundation
import Testing

@testable import LineEditing

@Suite struct EditHistoryTests {
  static let statements = [
    "events where killed > 10", "count killed\nby place", "show Ghouta — Дамаск حلب",
  ]

  @Test func saveWritesAllEntriesAndLeavesNoTemporaryFile() throws {
    // As the editor does: in the C locale strvis would escape UTF-8 bytes as \M-x.
    EditLineReader.enableUTF8Input()
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/state/sitrep/history"
    let history = try #require(EditHistory())
    for statement in Self.statements { history.enter(statement) }
    try history.save(to: path)

    #expect(try directory.contents(of: "state/sitrep") == ["history"])
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      text == """
        _HiStOrY_V2_
        events\\040where\\040killed\\040>\\04010
        count\\040killed\\012by\\040place
        show\\040Ghouta\\040—\\040Дамаск\\040حلب

        """)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }

  @Test func reloadGivesTheSameEntriesWithMultiLineStatementsWhole() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/history"
    let history = try #require(EditHistory())
    for statement in Self.statements { history.enter(statement) }
    try history.save(to: path)

    let reloaded = try #require(EditHistory())
    #expect(reloaded.load(from: path) == 3)
    #expect(reloaded.entries == Self.statements)
  }

  @Test func saveReplacesTheOldFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/history"
    let first = try #require(EditHistory())
    first.enter("old")
    try first.save(to: path)
    first.enter("new")
    try first.save(to: path)

    let reloaded = try #require(EditHistory())
    reloaded.load(from: path)
    #expect(reloaded.entries == ["old", "new"])
    #expect(try directory.contents() == ["history"])
  }

  @Test func blankAndConsecutiveDuplicateStatementsAreNotEntered() throws {
    let history = try #require(EditHistory())
    for statement in ["help", "", "  \n ", "help", "events", "help"] { history.enter(statement) }
    #expect(history.entries == ["help", "events", "help"])
  }

  @Test func missingFileLoadsNothing() throws {
    let history = try #require(EditHistory())
    #expect(history.load(from: "/nonexistent/sitrep/history") == nil)
    #expect(history.entries == [])
  }

  @Test func capacityDropsTheOldest() throws {
    let history = try #require(EditHistory(capacity: 2))
    for statement in ["a", "b", "c"] { history.enter(statement) }
    #expect(history.entries == ["b", "c"])
  }

  @Test func failedSaveKeepsTheOldFileAndReportsTheStep() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path + "/history"
    let history = try #require(EditHistory())
    history.enter("kept")
    try history.save(to: path)
    // A directory named like the temporary file makes libedit's fopen fail.
    let temporary = "\(path).tmp\(getpid())"
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
    history.enter("lost")
    #expect(throws: HistoryFileError.cannotWrite(temporary, errno: EISDIR)) {
      try history.save(to: path)
    }
    let reloaded = try #require(EditHistory())
    reloaded.load(from: path)
    #expect(reloaded.entries == ["kept"])
  }
}
