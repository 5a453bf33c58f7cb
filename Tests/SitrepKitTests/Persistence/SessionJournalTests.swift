import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

@Suite struct SessionJournalTests {
  private let sample = Fixtures.session([
    Fixtures.event("e1", killed: .qualified(.atLeast, 5)),
    Fixtures.event("e2", type: .shelling, killed: .exactly(12), place: "Homs", date: "2014-02-13"),
  ])

  /// A shell whose session was saved to `s.json` in a fresh directory.
  private func savedShell() -> (Shell, String) {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(sample, directory: dir)
    _ = Fixtures.run(&shell, "save s.json")
    return (shell, dir)
  }

  private func journalLines(_ dir: String) -> [String] {
    let text = (try? String(contentsOfFile: dir + "/s.json.journal", encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  @Test func journalsEveryChangeOnceTheSessionHasAFile() {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(sample, directory: dir)
    _ = Fixtures.run(&shell, "let early = events")
    #expect(!FileManager.default.fileExists(atPath: dir + "/s.json.journal"))
    _ = Fixtures.run(&shell, "save s.json; let homs = events where place = Homs; policy best")
    let recovery = SessionJournal.recover(sessionPath: dir + "/s.json")
    #expect(
      recovery.changes.map(\.command) == ["let homs = events where place = Homs", "policy best"])
    #expect(recovery.changes.map(\.number) == [2, 3])
    #expect(recovery.changes.map(\.kind) == [.edit, .edit])
    #expect(!recovery.droppedTail)
    #expect(recovery.damagedLine == nil)
    #expect(journalLines(dir).count == 2)
  }

  @Test func openReplaysTheJournalAndSaysHowManyChanges() {
    var (shell, dir) = savedShell()
    _ = Fixtures.run(&shell, "let homs = events where place = Homs; policy range; let all = events")
    var other = Fixtures.shell(directory: dir)
    let (out, _, _) = Fixtures.run(&other, "open s.json")
    #expect(out == "opened s.json: 1 article, 2 events; recovered 3 changes from the journal\n")
    #expect(other.session == shell.session)
    #expect(other.session.sets == ["homs": "events where place = Homs", "all": "events"])
    #expect(other.isDirty)
  }

  @Test func replayRestoresLoadsUndoAndRedoExactly() {
    let dir = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(directory: dir)
    let script = [
      "save s.json", "load \"\(Fixtures.packageRoot)/Samples/articles\"", "set e2 killed = 7",
      "undo", "tag e1 checked", "merge e3 e4", "undo", "redo", "set e1 killed = 3", "undo",
    ]
    for line in script { _ = Fixtures.run(&shell, line) }
    #expect(shell.session.redoable == [8])
    var other = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&other, "open s.json")
    #expect(err == "")
    #expect(
      out
        == "opened s.json: 2 articles, \(shell.session.events.count) events; recovered 9 changes from the journal\n"
    )
    #expect(other.session == shell.session)
    #expect(other.session.undoable == shell.session.undoable)
    #expect(other.session.trail.first?.edits == [])
    #expect(
      SessionJournal.recover(sessionPath: dir + "/s.json").changes.first?.edits.isEmpty == false)
  }

  @Test func saveFoldsTheJournalIntoTheFile() {
    var (shell, dir) = savedShell()
    _ = Fixtures.run(&shell, "policy best")
    #expect(journalLines(dir).count == 1)
    _ = Fixtures.run(&shell, "save")
    #expect(!FileManager.default.fileExists(atPath: dir + "/s.json.journal"))
    var other = Fixtures.shell(directory: dir)
    #expect(Fixtures.run(&other, "open s.json").0 == "opened s.json: 1 article, 2 events\n")
    #expect(other.session.settings.policy == .best)
  }

  @Test func aCutOffLastRecordIsDroppedAndReported() throws {
    var (shell, dir) = savedShell()
    _ = Fixtures.run(&shell, "policy best; let homs = events where place = Homs")
    let path = dir + "/s.json.journal"
    let lines = journalLines(dir)
    let cut = lines[0] + "\n" + lines[1].prefix(lines[1].utf8.count / 2)
    try Data(cut.utf8).write(to: URL(fileURLWithPath: path))
    let recovery = SessionJournal.recover(sessionPath: dir + "/s.json")
    #expect(recovery.changes.map(\.command) == ["policy best"])
    #expect(recovery.droppedTail)
    var other = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&other, "open s.json")
    #expect(out == "opened s.json: 1 article, 2 events; recovered 1 change from the journal\n")
    #expect(
      err.contains(
        "note: the journal's last record was cut off (the process died while writing it, before acknowledging it) and was dropped\n"
      ))
    // The journal was repaired, so the next change is readable after the recovered one.
    _ = Fixtures.run(&other, "let all = events")
    #expect(
      SessionJournal.recover(sessionPath: dir + "/s.json").changes.map(\.command) == [
        "policy best", "let all = events",
      ])
  }

  @Test func aDamagedMiddleRecordStopsTheReplayThere() throws {
    var (shell, dir) = savedShell()
    _ = Fixtures.run(&shell, "policy best; policy range; policy conservative")
    let lines = journalLines(dir)
    let damaged = [lines[0], "{\"change\": garbage", lines[2]].joined(separator: "\n") + "\n"
    try Data(damaged.utf8).write(to: URL(fileURLWithPath: dir + "/s.json.journal"))
    let recovery = SessionJournal.recover(sessionPath: dir + "/s.json")
    #expect(recovery.changes.count == 1)
    #expect(recovery.damagedLine == 2)
    #expect(!recovery.droppedTail)
    var other = Fixtures.shell(directory: dir)
    let (_, err, _) = Fixtures.run(&other, "open s.json")
    #expect(
      err.contains(
        "warning: line 2 of the journal 's.json.journal' is damaged; changes from there on were not replayed (the journal was kept as 's.json.journal.damaged')\n"
      ))
    #expect(FileManager.default.fileExists(atPath: dir + "/s.json.journal.damaged"))
    #expect(other.session.settings.policy == .best)
  }

  @Test func changesAlreadyInTheFileAreNotReplayedTwice() {
    var (shell, dir) = savedShell()
    _ = Fixtures.run(&shell, "policy best")
    let changes = SessionJournal.recover(sessionPath: dir + "/s.json").changes
    var session = shell.session
    #expect(session.replayJournal(changes) == 0)
    #expect(session == shell.session)
  }

  @Test func aFullDiskMidRecordLeavesTheJournalReadable() throws {
    var (shell, dir) = savedShell()
    _ = Fixtures.run(&shell, "policy best")
    let journal = SessionJournal(sessionPath: dir + "/s.json")
    let before = try Data(contentsOf: URL(fileURLWithPath: journal.path))
    // Half the record reaches the disk, then the disk is full.
    let halfThenFull: AtomicFile.WriteFunction = { fd, bytes, count in
      if count > 40 { return Glibc.write(fd, bytes, count / 2) }
      errno = ENOSPC
      return -1
    }
    let change = Change(
      number: 9, time: "2026-11-21T10:00:00Z", analyst: "ana", command: "policy range", edits: [])
    #expect(throws: SessionJournal.Failure.writeFailed(path: journal.path, reason: "No space left on device")) {
      try journal.append(change, using: halfThenFull)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: journal.path)) == before)
    let recovery = SessionJournal.recover(sessionPath: dir + "/s.json")
    #expect(recovery.changes.map(\.command) == ["policy best"])
    #expect(!recovery.droppedTail)
  }

  @Test func aFailedJournalWriteKeepsTheChangeAndWarns() throws {
    var (shell, dir) = savedShell()
    // A directory where the journal should be: no process, root included, can append to it.
    try FileManager.default.createDirectory(
      atPath: dir + "/s.json.journal", withIntermediateDirectories: false)
    let (out, err, outcome) = Fixtures.run(&shell, "policy best")
    #expect(outcome == .success)
    #expect(out == "policy best\n")
    #expect(
      err
        == "warning: change 1 is kept in memory but could not be written to the journal 's.json.journal': Is a directory; 'save' soon, or 'save OTHER-FILE' elsewhere\n"
    )
    #expect(shell.session.settings.policy == .best)
    #expect(shell.isDirty)
  }
}
