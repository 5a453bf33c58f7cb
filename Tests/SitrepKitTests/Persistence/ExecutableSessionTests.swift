import Foundation
import Testing

@testable import SitrepKit

/// The built `sitrep` binary's hold on session files: it lets go of its lock when it exits, and a
/// second process is told who holds one.
@Suite struct ExecutableSessionTests {
  /// Runs the binary with `-c` statements in `directory`; returns (stdout, stderr, status).
  private func sitrep(_ statements: [String], in directory: String) throws -> (
    String, String, Int32
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillRecoveryTests.binary)
    process.arguments = statements.flatMap { ["-c", $0] }
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["SITREP_ANALYST"] = "ana"
    process.environment = environment
    return try Fixtures.outputs(of: process)
  }

  @Test func theLockIsGoneWhenTheProcessExits() throws {
    guard FileManager.default.isExecutableFile(atPath: KillRecoveryTests.binary) else {
      print("skipped: build the binary first (\(KillRecoveryTests.binary) is absent)")
      return
    }
    let dir = Fixtures.temporaryDirectory()
    let (out, _, status) = try sitrep(["save s.json", "policy best"], in: dir)
    #expect(status == 0)
    #expect(out == "saved 0 articles, 0 events to s.json\npolicy best\n")
    #expect(!FileManager.default.fileExists(atPath: dir + "/s.json.lock"))
    // The unsaved change waits in the journal for the next open.
    let (reopened, _, _) = try sitrep(["open s.json", "policy"], in: dir)
    #expect(
      reopened
        == "opened s.json: 0 articles, 0 events; recovered 1 change from the journal\npolicy best\n"
    )
  }

  @Test func aSecondProcessIsToldWhoHoldsTheSession() throws {
    guard FileManager.default.isExecutableFile(atPath: KillRecoveryTests.binary) else {
      print("skipped: build the binary first (\(KillRecoveryTests.binary) is absent)")
      return
    }
    let dir = Fixtures.temporaryDirectory()
    _ = try sitrep(["save s.json"], in: dir)
    let holder = SessionLock.Holder(
      pid: 1, host: SessionLock.hostName(), analyst: "bo", time: "2026-11-21T09:00:00Z")
    try JSONEncoder().encode(holder).write(to: URL(fileURLWithPath: dir + "/s.json.lock"))
    let (out, err, status) = try sitrep(["open s.json", "policy best", "save"], in: dir)
    #expect(status == 1)
    #expect(out == "opened s.json: 0 articles, 0 events\npolicy best\n")
    #expect(
      err.hasPrefix(
        "note: 's.json' is in use by analyst 'bo' (pid 1 on host \(SessionLock.hostName()), since "
          + "2026-11-21T09:00:00Z); opened read-only: changes stay in memory until 'save OTHER-FILE'\n"
          + "-c: error: 's.json' is open read-only: it is in use by analyst 'bo'"))
    // The other process's lock is left alone.
    #expect(SessionLock.holder(at: dir + "/s.json.lock") == holder)
  }
}
