import Foundation

/// Writes a file so that a crash at any moment leaves either the old or the new contents.
public enum AtomicFile {
  /// The system call that writes bytes: `write(2)` normally; tests inject failures (a full disk)
  /// through ``write(_:to:using:)``.
  public typealias WriteFunction = @Sendable (Int32, UnsafeRawPointer, Int) -> Int

  /// `write(2)`.
  public static let systemWrite: WriteFunction = { fd, bytes, count in Glibc.write(fd, bytes, count)
  }

  /// Writes `data` to a temporary file beside `path`, flushes it, renames it over `path`, and
  /// flushes the directory.
  ///
  /// - Parameters:
  ///   - data: the file's new contents.
  ///   - path: where to put them.
  ///   - writer: the write system call (a seam for fault injection).
  /// - Throws: ``SessionStore/Failure/writeFailed(_:)`` naming the cause; `path` is then untouched
  ///   and the temporary file removed.
  public static func write(
    _ data: Data, to path: String, using writer: WriteFunction = systemWrite
  ) throws(SessionStore.Failure) {
    let directory = (path as NSString).deletingLastPathComponent
    let dir = directory.isEmpty ? "." : directory
    let temporary = "\(dir)/.\((path as NSString).lastPathComponent).tmp\(getpid())"
    let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .writeFailed(describeErrno(in: dir)) }
    var failure = writeAll(data, to: fd, using: writer)
    if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
    close(fd)
    if let failure {
      unlink(temporary)
      throw .writeFailed(failure)
    }
    guard rename(temporary, path) == 0 else {
      let message = String(cString: strerror(errno))
      unlink(temporary)
      throw .writeFailed(message)
    }
    syncDirectory(of: path)
  }

  /// Writes every byte of `data` to `fd`, retrying short writes and `EINTR`.
  ///
  /// - Returns: nil on success, else the system's reason (`No space left on device`).
  static func writeAll(_ data: Data, to fd: Int32, using writer: WriteFunction = systemWrite)
    -> String?
  {
    data.withUnsafeBytes { raw -> String? in
      guard let base = raw.baseAddress else { return nil }
      var offset = 0
      while offset < raw.count {
        let n = writer(fd, base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return String(cString: strerror(errno))
        }
        if n == 0 { return String(cString: strerror(ENOSPC)) }
        offset += n
      }
      return nil
    }
  }

  /// Flushes the directory holding `path`, so a created, renamed or removed entry survives a
  /// power cut.
  static func syncDirectory(of path: String) {
    let directory = (path as NSString).deletingLastPathComponent
    let dirfd = Glibc.open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY)
    if dirfd >= 0 {
      fsync(dirfd)
      close(dirfd)
    }
  }

  /// The current `errno` as a message, naming the directory when it cannot be written to.
  private static func describeErrno(in directory: String) -> String {
    let reason = String(cString: strerror(errno))
    switch errno {
    case EACCES, EPERM, EROFS:
      return "the directory '\(directory)' cannot be written to (\(reason))"
    case ENOENT: return "the directory '\(directory)' does not exist"
    default: return reason
    }
  }
}
