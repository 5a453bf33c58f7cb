import Foundation

/// The lock that keeps a session file to one process at a time (`FILE.lock`).
///
/// The lock file is created with `O_EXCL` and holds who took it. A lock whose process is gone
/// (same host, `kill(pid, 0)` fails with `ESRCH`) is taken over, so a crash never blocks.
public struct SessionLock: Sendable, Hashable {
  /// Who holds a lock.
  public struct Holder: Sendable, Hashable, Codable {
    public var pid: Int32
    public var host: String
    public var analyst: String
    /// ISO 8601, UTC.
    public var time: String

    public init(pid: Int32, host: String, analyst: String, time: String) {
      self.pid = pid
      self.host = host
      self.analyst = analyst
      self.time = time
    }

    /// `analyst 'ana' (pid 4121 on host desk7, since 2026-11-21T10:02:11Z)`.
    public var description: String {
      "analyst '\(analyst)' (pid \(pid) on host \(host), since \(time))"
    }
  }

  public enum Failure: Error, Equatable, Sendable {
    /// Another live process holds the lock.
    case held(by: Holder, path: String)
    /// The lock file could not be created (an unwritable directory).
    case cannotLock(path: String, reason: String)
  }

  /// The lock file's path.
  public let path: String
  /// This process's claim, as written in the file.
  public let holder: Holder

  /// Takes the lock beside `sessionPath`.
  ///
  /// - Parameters:
  ///   - sessionPath: the session file.
  ///   - analyst: who is working, written into the lock.
  ///   - time: now, ISO 8601.
  /// - Throws: ``Failure/held(by:path:)`` when a live process holds it (this process's own lock
  ///   is taken again).
  public static func acquire(
    sessionPath: String, analyst: String, time: String
  ) throws(Failure) -> SessionLock {
    let path = sessionPath + ".lock"
    let me = Holder(pid: getpid(), host: hostName(), analyst: analyst, time: time)
    for _ in 0..<3 {
      // The claim is written in full to a private file first and then linked into place, so the
      // lock never exists half-written: link(2) fails with EEXIST exactly as O_EXCL does.
      let claim = "\(path).\(me.pid).claim"
      guard writeClaim(me, to: claim) else {
        throw .cannotLock(path: path, reason: String(cString: strerror(errno)))
      }
      let linked = link(claim, path) == 0
      let linkErrno = errno
      unlink(claim)
      if linked {
        AtomicFile.syncDirectory(of: path)
        return SessionLock(path: path, holder: me)
      }
      errno = linkErrno
      guard errno == EEXIST else {
        throw .cannotLock(path: path, reason: String(cString: strerror(errno)))
      }
      guard let current = holder(at: path) else {
        // Unreadable: damaged by hand or by a power cut; taken over once it is a few seconds old.
        if age(of: path) > 5 { unlink(path) }
        continue
      }
      if current.host == me.host, current.pid == me.pid {
        return SessionLock(path: path, holder: current)
      }
      if current.host == me.host, !isAlive(current.pid) {
        unlink(path)
        continue
      }
      throw .held(by: current, path: path)
    }
    throw .cannotLock(path: path, reason: "the lock kept changing hands")
  }

  /// Writes `holder` to a new file at `path` (created with `O_EXCL`) and flushes it.
  private static func writeClaim(_ holder: Holder, to path: String) -> Bool {
    unlink(path)
    let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = (try? encoder.encode(holder)) ?? Data()
    return AtomicFile.writeAll(data + Data([0x0A]), to: fd) == nil && fsync(fd) == 0
  }

  /// Who holds the lock at `path`, if it is readable.
  public static func holder(at path: String) -> Holder? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONDecoder().decode(Holder.self, from: data)
  }

  /// Removes the lock if it is still this process's.
  public func release() {
    guard let current = SessionLock.holder(at: path), current.pid == holder.pid,
      current.host == holder.host
    else { return }
    unlink(path)
  }

  /// Whether process `pid` is running: it exists and is not a zombie (a process that has exited
  /// but whose parent has not reaped it yet, as happens under a container's init or a terminal
  /// multiplexer that is slow to; `kill(pid, 0)` still succeeds for those).
  static func isAlive(_ pid: Int32) -> Bool {
    if kill(pid, 0) != 0, errno == ESRCH { return false }
    // /proc/PID/stat: "PID (COMMAND) STATE ..."; the command may hold spaces and parentheses.
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return true }
    return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
  }

  static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count) == 0 else { return "unknown" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func age(of path: String) -> Double {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    return Date().timeIntervalSince1970 - Double(info.st_mtim.tv_sec)
  }
}
