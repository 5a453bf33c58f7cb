internal import CLibEdit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libedit's in-memory history list, with loading and an atomic save.
///
/// Owns a `History *` and frees it in `deinit`. The file format is libedit's (`_HiStOrY_V2_`,
/// one `strvis`-encoded entry per line, so a multi-line statement stays one entry).
final class EditHistory {
  /// The libedit handle, for `EL_HIST`.
  let handle: OpaquePointer

  /// A history keeping at most `capacity` entries, without consecutive duplicates.
  init?(capacity: Int32 = 1000) {
    guard let handle = history_init() else { return nil }
    self.handle = handle
    _ = clibedit_history_setsize(handle, capacity)
    _ = clibedit_history_setunique(handle, 1)
  }

  deinit {
    history_end(handle)
  }

  /// Appends the entries of the history file at `path`; a missing file adds nothing.
  ///
  /// - Returns: the number of entries read, or `nil` when the file could not be read.
  @discardableResult
  func load(from path: String) -> Int? {
    let count = clibedit_history_load(handle, path)
    return count < 0 ? nil : Int(count)
  }

  /// Adds one entry (newest); an empty or blank statement is ignored.
  func enter(_ statement: String) {
    guard statement.contains(where: { !$0.isWhitespace }) else { return }
    _ = clibedit_history_enter(handle, statement)
  }

  /// The entries, oldest first.
  var entries: [String] {
    var result: [String] = []
    var number: Int32 = 0
    var entry = clibedit_history_get(handle, H_LAST, &number)
    while let text = entry {
      result.append(String(cString: text))
      entry = clibedit_history_get(handle, H_PREV, &number)
    }
    return result
  }

  /// Writes the whole history to `path` atomically.
  ///
  /// libedit's `H_SAVE` truncates and rewrites in place, so a kill mid-save would leave an empty
  /// file. This saves to `path.tmp<pid>`, syncs it, and renames it over `path`, with SIGHUP,
  /// SIGTERM, SIGINT and SIGPIPE blocked meanwhile. The parent directory is created if missing.
  /// - Parameter path: the history file.
  /// - Throws: ``HistoryFileError`` naming the step that failed; `path` is then unchanged.
  func save(to path: String) throws(HistoryFileError) {
    try HistoryFile.createParentDirectory(of: path)
    let temporary = "\(path).tmp\(getpid())"
    var previousMask = sigset_t()
    _ = clibedit_block_termination_signals(&previousMask)
    defer { _ = clibedit_restore_signal_mask(&previousMask) }
    if clibedit_history_save(handle, temporary) < 0 {
      let code = errno
      unlink(temporary)
      throw .cannotWrite(temporary, errno: code)
    }
    let descriptor = open(temporary, O_RDONLY)
    if descriptor >= 0 {
      _ = fsync(descriptor)
      close(descriptor)
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw .cannotReplace(path, errno: code)
    }
  }
}
