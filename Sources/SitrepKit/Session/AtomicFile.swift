import Foundation

/// Writes a file so that a crash at any moment leaves either the old or the new contents.
public enum AtomicFile {
  /// Writes `data` to a temporary file beside `path`, flushes it, renames it over `path`, and
  /// flushes the directory.
  public static func write(_ data: Data, to path: String) throws(SessionStore.Failure) {
    let directory = (path as NSString).deletingLastPathComponent
    let dir = directory.isEmpty ? "." : directory
    let temporary = "\(dir)/.\((path as NSString).lastPathComponent).tmp\(getpid())"
    let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .writeFailed(String(cString: strerror(errno))) }
    var failure: String?
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += n
      }
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
    let dirfd = Glibc.open(dir, O_RDONLY | O_DIRECTORY)
    if dirfd >= 0 {
      fsync(dirfd)
      close(dirfd)
    }
  }
}
