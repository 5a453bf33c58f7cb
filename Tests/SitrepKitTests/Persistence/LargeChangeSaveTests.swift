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

  @Test func aBulkEditOfALargeSessionIsJournaledAndALoadIntoASmallOneSavedWhole() {
    let session = SessionProgressTests.session(events: 12_000)
    func tagging(_ n: Int) -> Change {
      let edits = session.events.prefix(n).map { event -> Edit in
        var after = event
        after.tags = ["big"]
        return .event(before: event, after: after)
      }
      return Change(number: 2, time: "t", analyst: "a", command: "tag", edits: edits)
    }
    func loading(_ n: Int) -> Change {
      Change(
        number: 2, time: "t", analyst: "a", command: "load events",
        edits: session.events.suffix(n).map { .event(before: nil, after: $0) }, kind: .load)
    }
    #expect(Shell.records(in: tagging(3).edits) == 6)
    // 2,000 events before and after: under the 5,000-record floor.
    #expect(!Shell.savesInstead(of: tagging(2_000), in: session))
    // 3,000 tagged of 12,000: 6,000 records against a file of 12,001 plus them in the trail.
    var tagged = session
    tagged.trail.append(tagging(3_000))
    #expect(!Shell.savesInstead(of: tagging(3_000), in: tagged))
    // Every event tagged: the record is most of the file.
    var all = session
    all.trail.append(tagging(12_000))
    #expect(Shell.savesInstead(of: tagging(12_000), in: all))
    // 6,001 of the 12,000 events just loaded (a load's trail entry keeps no edits): saved whole;
    // 5,000 of them journaled.
    #expect(Shell.savesInstead(of: loading(6_001), in: session))
    #expect(!Shell.savesInstead(of: loading(5_000), in: session))
  }
}
