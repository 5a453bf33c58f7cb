import Foundation
import Testing

@testable import SitrepKit

@Suite struct SessionLockTests {
  /// Writes a lock file as another process would have.
  private func writeLock(_ holder: SessionLock.Holder, at sessionPath: String) throws {
    let data = try JSONEncoder().encode(holder)
    try data.write(to: URL(fileURLWithPath: sessionPath + ".lock"))
  }

  /// The pid of a process that has ended.
  private func deadPid() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  /// A holder that has exited but was not reaped yet (a zombie) holds nothing.
  @Test func aZombieHolderIsNotAlive() throws {
    var pid: pid_t = 0
    var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
    defer { free(argv[0]) }
    try #require(posix_spawn(&pid, "/bin/true", nil, nil, &argv, environ) == 0)
    // Not reaped: poll /proc until the child has exited and is a zombie.
    var isZombie = false
    for _ in 0..<200 where !isZombie {
      let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
      isZombie = stat.contains(") Z ")
      if !isZombie { usleep(10_000) }
    }
    #expect(isZombie)
    #expect(kill(pid, 0) == 0)
    #expect(!SessionLock.isAlive(pid))
    #expect(SessionLock.isAlive(getpid()))
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    #expect(!SessionLock.isAlive(pid))
  }

  @Test func takesTheLockAndWritesWhoHoldsIt() throws {
    let path = Fixtures.temporaryDirectory() + "/s.json"
    let lock = try SessionLock.acquire(
      sessionPath: path, analyst: "ana", time: "2026-11-21T10:00:00Z")
    let holder = try #require(SessionLock.holder(at: path + ".lock"))
    #expect(
      holder
        == SessionLock.Holder(
          pid: getpid(), host: SessionLock.hostName(), analyst: "ana", time: "2026-11-21T10:00:00Z")
    )
    lock.release()
    #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
  }

  @Test func aLiveHolderBlocksWithItsName() throws {
    let path = Fixtures.temporaryDirectory() + "/s.json"
    // pid 1 is always alive.
    let other = SessionLock.Holder(
      pid: 1, host: SessionLock.hostName(), analyst: "bo", time: "2026-11-21T09:00:00Z")
    try writeLock(other, at: path)
    #expect(throws: SessionLock.Failure.held(by: other, path: path + ".lock")) {
      try SessionLock.acquire(sessionPath: path, analyst: "ana", time: "now")
    }
    #expect(SessionLock.holder(at: path + ".lock") == other)
  }

  @Test(arguments: [true, false])
  func aDeadHolderOnThisHostNeverBlocks(sameHost: Bool) throws {
    let path = Fixtures.temporaryDirectory() + "/s.json"
    let host = sameHost ? SessionLock.hostName() : "elsewhere.example"
    let dead = SessionLock.Holder(pid: try deadPid(), host: host, analyst: "bo", time: "then")
    try writeLock(dead, at: path)
    if sameHost {
      let lock = try SessionLock.acquire(sessionPath: path, analyst: "ana", time: "now")
      #expect(lock.holder.pid == getpid())
      #expect(SessionLock.holder(at: path + ".lock")?.analyst == "ana")
    } else {
      // On another host the pid cannot be checked: the lock stands.
      #expect(throws: SessionLock.Failure.held(by: dead, path: path + ".lock")) {
        try SessionLock.acquire(sessionPath: path, analyst: "ana", time: "now")
      }
    }
  }

  @Test func aSecondProcessOpensReadOnlyAndCannotSaveOverTheFile() throws {
    let dir = Fixtures.temporaryDirectory()
    var first = Fixtures.shell(Fixtures.session([Fixtures.event("e1")]), directory: dir)
    _ = Fixtures.run(&first, "save s.json")
    first.releaseSessionFile()
    let other = SessionLock.Holder(
      pid: 1, host: SessionLock.hostName(), analyst: "bo", time: "2026-11-21T09:00:00Z")
    try writeLock(other, at: dir + "/s.json")
    var second = Fixtures.shell(directory: dir)
    let (out, err, _) = Fixtures.run(&second, "open s.json")
    #expect(out == "opened s.json: 1 article, 1 event\n")
    #expect(
      err.hasPrefix(
        "note: 's.json' is in use by analyst 'bo' (pid 1 on host \(SessionLock.hostName()), since 2026-11-21T09:00:00Z); opened read-only: changes stay in memory until 'save OTHER-FILE'\n"
      ))
    #expect(second.fileState.readOnlyHolder == other)
    _ = Fixtures.run(&second, "policy best")
    #expect(!FileManager.default.fileExists(atPath: dir + "/s.json.journal"))
    let (_, saveErr, outcome) = Fixtures.run(&second, "save")
    #expect(outcome == .failure)
    #expect(
      saveErr.hasPrefix(
        "<input>: error: 's.json' is open read-only: it is in use by analyst 'bo' (pid 1 on host \(SessionLock.hostName()), since 2026-11-21T09:00:00Z)\n"
      ))
    let (saved, _, _) = Fixtures.run(&second, "save mine.json")
    #expect(saved == "saved 1 article, 1 event to mine.json\n")
    #expect(SessionLock.holder(at: dir + "/mine.json.lock")?.pid == getpid())
    #expect(second.fileState.readOnlyHolder == nil)
  }
}
