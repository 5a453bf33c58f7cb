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
    try write(to: path, using: writer) { $0.write(data) }
  }

  /// The temporary file being written, for contents made in chunks: after a failure further
  /// writes are dropped and the whole write fails with the first reason.
  public struct Output {
    let fd: Int32
    let writer: WriteFunction
    /// The system's reason for the first failed write.
    var failure: String?

    /// Appends `data` to the file.
    public mutating func write(_ data: Data) {
      guard failure == nil else { return }
      failure = AtomicFile.writeAll(data, to: fd, using: writer)
    }

    /// Appends `bytes` to the file and empties them (keeping their capacity for the next chunk).
    public mutating func write(_ bytes: inout [UInt8]) {
      if failure == nil {
        failure = bytes.withUnsafeBytes { AtomicFile.writeAll($0, to: fd, using: writer) }
      }
      bytes.removeAll(keepingCapacity: true)
    }
  }

  /// Writes what `contents` produces to a temporary file beside `path`, flushes it, renames it
  /// over `path`, and flushes the directory.
  ///
  /// - Parameters:
  ///   - path: where to put the contents.
  ///   - writer: the write system call (a seam for fault injection).
  ///   - contents: writes the file through its ``Output``, in as many chunks as it likes.
  /// - Throws: ``SessionStore/Failure/writeFailed(_:)`` naming the cause; `path` is then untouched
  ///   and the temporary file removed.
  public static func write(
    to path: String, using writer: WriteFunction = systemWrite,
    contents: (inout Output) -> Void
  ) throws(SessionStore.Failure) {
    let directory = (path as NSString).deletingLastPathComponent
    let dir = directory.isEmpty ? "." : directory
    let temporary = "\(dir)/.\((path as NSString).lastPathComponent).tmp\(getpid())"
    let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .writeFailed(describeErrno(in: dir)) }
    var failure = withoutActuallyEscaping(writer) { writer in
      var output = Output(fd: fd, writer: writer)
      contents(&output)
      return output.failure
    }
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
    data.withUnsafeBytes { writeAll($0, to: fd, using: writer) }
  }

  /// Writes every byte of `raw` to `fd`, retrying short writes and `EINTR`.
  static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32, using writer: WriteFunction)
    -> String?
  {
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
