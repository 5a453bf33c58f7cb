import Foundation
import Testing

@testable import SitrepKit

/// A large load into a session with a file is saved whole instead of journaled; small changes
/// are still journaled. Either way it is on disk before the command is acknowledged.
@Suite struct LargeChangeSaveTests {
  /// A directory with `s.json` (3 events) and `big.jsonl` (6,000 exported events).
  static func directory() throws -> String {
    let dir = Fixtures.temporaryDirectory()
    try SessionStore.save(SessionProgressTests.session(events: 3), to: dir + "/s.json")
    let big = SessionProgressTests.session(events: 6000)
    try Data(JSONLinesEventExporter.export(big.events, in: big).utf8)
      .write(to: URL(fileURLWithPath: dir + "/big.jsonl"))
    return dir
  }

  @Test func aLargeLoadIsSavedIntoTheFileAndNotJournaled() throws {
    let dir = try Self.directory()
    var shell = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&shell, "open s.json")
    let (out, err, _) = Fixtures.run(&shell, "load events big.jsonl")
    #expect(out == "loaded 6000 events from big.jsonl\n")
    #expect(
      err == "note: a change this large (6001 records) is saved straight into 's.json' rather "
        + "than journaled\n")
    #expect(!shell.isDirty)
    #expect(!FileManager.default.fileExists(atPath: dir + "/s.json.journal"))
    let onDisk = try SessionStore.open(dir + "/s.json")
    #expect(onDisk.events.count == 6003)
    #expect(onDisk == shell.session)
    shell.releaseSessionFile()
  }

  @Test func aSmallChangeAfterwardsIsJournaledAndRecovered() throws {
    let dir = try Self.directory()
    var shell = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&shell, "open s.json")
    _ = Fixtures.run(&shell, "load events big.jsonl")
    let (_, err, _) = Fixtures.run(&shell, "tag e7 : checked")
    #expect(err == "")
    #expect(shell.isDirty)
    #expect(FileManager.default.fileExists(atPath: dir + "/s.json.journal"))
    shell.releaseSessionFile()
    var again = Fixtures.shell(directory: dir)
    let (out, _, _) = Fixtures.run(&again, "open s.json")
    #expect(out == "opened s.json: 1 article, 6003 events; recovered 1 change from the journal\n")
    #expect(again.session.events[6].tags == ["checked"])
    again.releaseSessionFile()
  }

  @Test func whenTheSaveFailsTheChangeIsJournaledAsBefore() throws {
    let dir = try Self.directory()
    var shell = Fixtures.shell(directory: dir)
    _ = Fixtures.run(&shell, "open s.json")
    // The disk is full for files of more than 64 KB: the session file; the journal write
    // fails too, and the change stays in memory with the journal's warning.
    shell.fileState.writer = { fd, buffer, count in count > 65_536 ? -1 : write(fd, buffer, count) }
    let (_, err, _) = Fixtures.run(&shell, "load events big.jsonl")
    #expect(!err.contains("saved straight into"))
    #expect(shell.isDirty)
    #expect(try SessionStore.open(dir + "/s.json").events.count == 3)
    shell.releaseSessionFile()
  }
}
