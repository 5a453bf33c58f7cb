import EventExtraction
import Foundation
import Testing

@testable import SitrepKit

/// Open and save tell how far they have got and stop when told to, leaving everything as it was.
@Suite struct SessionProgressTests {
  /// A session of `count` events over one article: about 500 bytes an event.
  static func session(events count: Int) -> Session {
    Fixtures.session(
      (1...count).map { Fixtures.event("e\($0)", killed: .exactly($0 % 40)) })
  }

  @Test func saveReportsRecordsWrittenOfAllAfterEachChunk() throws {
    let directory = Fixtures.temporaryDirectory()
    let path = directory + "/s.json"
    let s = Self.session(events: 300)
    nonisolated(unsafe) var calls: [(Int, Int)] = []
    try SessionStore.save(
      s, to: path, using: AtomicFile.systemWrite,
      progress: { calls.append(($0, $1)); return true }, chunkSize: 8192)
    #expect(calls.first! == (0, 301))
    #expect(calls.count > 5)
    #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.0 < $1.0 && $1.1 == 301 })
    #expect(try SessionStore.open(path) == s)
  }

  @Test func aCancelledSaveLeavesTheFileAsItWasAndNoTemporaryFile() throws {
    let directory = Fixtures.temporaryDirectory()
    let path = directory + "/s.json"
    try SessionStore.save(Self.session(events: 3), to: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    nonisolated(unsafe) var calls = 0
    #expect(throws: SessionStore.Failure.cancelled) {
      try SessionStore.save(
        Self.session(events: 300), to: path, using: AtomicFile.systemWrite,
        progress: { _, _ in calls += 1; return calls < 3 }, chunkSize: 8192)
    }
    #expect(calls == 3)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["s.json"])
  }

  @Test func openReportsBytesReadOfTheFileSize() throws {
    let directory = Fixtures.temporaryDirectory()
    let path = directory + "/s.json"
    let s = Self.session(events: 3000)
    try SessionStore.save(s, to: path)
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
    nonisolated(unsafe) var calls: [(Int, Int)] = []
    let opened = try SessionStore.open(
      path, progress: { calls.append(($0, $1)); return true }, every: 4096)
    #expect(opened == s)
    #expect(calls.first! == (0, size))
    // Events report every 1,024 events: after the 1,024th and the 2,048th.
    #expect(calls.count == 3)
    #expect(calls[1].0 > 0 && calls[1].0 < calls[2].0 && calls[2].0 < size)
  }

  @Test func aCancelledOpenThrowsCancelledNotDamage() throws {
    let directory = Fixtures.temporaryDirectory()
    let path = directory + "/s.json"
    try SessionStore.save(Self.session(events: 3000), to: path)
    nonisolated(unsafe) var calls = 0
    #expect(throws: SessionStore.Failure.cancelled) {
      _ = try SessionStore.open(path, progress: { _, _ in calls += 1; return calls < 2 }, every: 4096)
    }
    #expect(calls == 2)
  }

  @Test func ctrlCOnSaveInTheShellKeepsTheFileAndTheUnsavedChanges() throws {
    let directory = Fixtures.temporaryDirectory()
    var shell = Fixtures.shell(Self.session(events: 3), directory: directory)
    _ = Fixtures.run(&shell, "save s.json")
    let before = try Data(contentsOf: URL(fileURLWithPath: directory + "/s.json"))
    _ = Fixtures.run(&shell, "tag e1 : checked")
    shell.context.isCancelled = { true }
    let (out, err, outcome) = Fixtures.run(&shell, "save")
    #expect(out.isEmpty)
    #expect(
      err == "<input>: error: save cancelled; 's.json' is as it was and the session is still open\n")
    #expect(outcome == .failure)
    #expect(shell.isDirty)
    #expect(shell.session.events[0].tags == ["checked"])
    #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/s.json")) == before)
  }

  @Test func ctrlCOnOpenInTheShellKeepsTheSessionOpenBefore() throws {
    let directory = Fixtures.temporaryDirectory()
    try SessionStore.save(Self.session(events: 5), to: directory + "/other.json")
    let current = Self.session(events: 2)
    var shell = Fixtures.shell(current, directory: directory)
    shell.context.isCancelled = { true }
    nonisolated(unsafe) var updates: [CommandProgress?] = []
    shell.context.progress = { updates.append($0) }
    let (out, err, outcome) = Fixtures.run(&shell, "open other.json")
    #expect(out.isEmpty)
    #expect(err.hasPrefix("<input>:1:6: error: open cancelled; the session is as it was\n"))
    #expect(outcome == .failure)
    #expect(shell.session == current)
    #expect(updates.first??.label == "open" && updates.first??.unit == .bytes)
    #expect(updates.last! == nil)
  }
}
