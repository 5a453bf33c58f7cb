import Foundation

/// What reading a journal found.
public struct JournalRecovery: Sendable, Hashable {
  /// The complete records, oldest first.
  public var changes: [Change]
  /// The last record was cut off (the process died while writing it) and was dropped.
  public var droppedTail: Bool
  /// The 1-based line of a damaged record that was not the last; it and everything after it
  /// were not replayed.
  public var damagedLine: Int?
}

/// The write-ahead journal beside a session file (`FILE.journal`): JSON Lines, one ``Change`` per
/// line with its full edits (a load's articles and events too) and its kind, each flushed to disk
/// before the shell acknowledges the change.
///
/// `save` folds the journal into the file and removes it; `open` replays what is left.
public struct SessionJournal: Sendable, Hashable {
  public enum Failure: Error, Equatable, Sendable {
    /// The journal could not be written; the reason is the system's (`No space left on device`).
    case writeFailed(path: String, reason: String)
  }

  /// The journal's own path.
  public let path: String

  public init(sessionPath: String) {
    path = sessionPath + ".journal"
  }

  /// Appends one record and flushes it (and, for a new journal, its directory) to disk.
  ///
  /// - Parameters:
  ///   - change: the change, with its full edits.
  ///   - writer: the write system call (a seam for fault injection: a full disk).
  /// - Throws: ``Failure/writeFailed(path:reason:)``; a partly written record is cut off again
  ///   so the journal stays readable.
  public func append(
    _ change: Change, using writer: AtomicFile.WriteFunction = AtomicFile.systemWrite
  ) throws(Failure) {
    let isNew = access(path, F_OK) != 0
    let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard fd >= 0 else { throw .writeFailed(path: path, reason: SessionJournal.lastError()) }
    defer { close(fd) }
    let start = lseek(fd, 0, SEEK_END)
    // Written in chunks as it is encoded: a bulk edit's record can be gigabytes.
    var failure: String?
    do {
      try ChangeCoding.write(change) { chunk in
        if failure == nil { failure = chunk.withUnsafeBytes { AtomicFile.writeAll($0, to: fd, using: writer) } }
        chunk.removeAll(keepingCapacity: true)
      }
    } catch {
      failure = "could not encode change \(change.number)"
    }
    if failure == nil { failure = [UInt8(0x0A)].withUnsafeBytes { AtomicFile.writeAll($0, to: fd, using: writer) } }
    if let reason = failure ?? (fsync(fd) == 0 ? nil : SessionJournal.lastError()) {
      if isNew { unlink(path) } else if start >= 0 { _ = ftruncate(fd, start) }
      throw .writeFailed(path: path, reason: reason)
    }
    if isNew { AtomicFile.syncDirectory(of: path) }
  }

  /// Replaces the journal with `entries` atomically (after dropping a cut-off or damaged tail, so
  /// later records are not appended behind a broken line).
  public func rewrite(_ changes: [Change]) throws(SessionStore.Failure) {
    var data = Data()
    for change in changes {
      guard let line = try? ChangeCoding.bytes(of: change) else { continue }
      data.append(contentsOf: line)
      data.append(0x0A)
    }
    try AtomicFile.write(data, to: path)
  }

  /// Whether a journal exists beside the session.
  public var exists: Bool { access(path, F_OK) == 0 }

  /// Removes the journal (after a save has folded it into the file).
  public func remove() {
    unlink(path)
    AtomicFile.syncDirectory(of: path)
  }

  /// Reads the journal beside `sessionPath`; a missing journal recovers nothing.
  ///
  /// A cut-off last record is dropped and reported, never fatal.
  public static func recover(sessionPath: String) -> JournalRecovery {
    let journal = SessionJournal(sessionPath: sessionPath)
    guard let data = FileManager.default.contents(atPath: journal.path) else {
      return JournalRecovery(changes: [], droppedTail: false, damagedLine: nil)
    }
    return recover(from: data)
  }

  /// Reads journal records from `data`.
  public static func recover(from data: Data) -> JournalRecovery {
    var recovery = JournalRecovery(changes: [], droppedTail: false, damagedLine: nil)
    let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      let isLast =
        index == lines.count - 1 || (index == lines.count - 2 && lines[lines.count - 1].isEmpty)
      if line.isEmpty {
        if index == lines.count - 1 { break }
        continue
      }
      let decoded = line.withUnsafeBytes { raw in
        Result { () throws(JSONCursor.Failure) -> Change in
          try ChangeCoding.change(from: raw.bindMemory(to: UInt8.self))
        }
      }
      guard case .success(let change) = decoded else {
        if isLast { recovery.droppedTail = true } else { recovery.damagedLine = index + 1 }
        break
      }
      // A record without its newline was cut off after its last byte: complete all the same.
      recovery.changes.append(change)
    }
    return recovery
  }

  static func lastError() -> String { String(cString: strerror(errno)) }
}

extension Session {
  /// Replays journal changes newer than the trail's last one (edits, trail entry, undo stacks,
  /// analyst).
  ///
  /// - Returns: how many changes were applied; those already in the trail are skipped, as after
  ///   a crash between a save and the journal's removal.
  @discardableResult
  public mutating func replayJournal(_ changes: [Change]) -> Int {
    var applied = 0
    for change in changes where change.number > (trail.last?.number ?? 0) {
      replay(change)
      if !analysts.contains(change.analyst) { analysts.append(change.analyst) }
      applied += 1
    }
    return applied
  }
}

/// One change as a journal line and back, through the trail's byte writer and reader (a
/// re-extraction's change can hold a hundred thousand events).
enum ChangeCoding {
  /// The change's JSON (no newline).
  static func bytes(of change: Change) throws -> [UInt8] {
    var bytes: [UInt8] = []
    try write(change) { chunk in
      bytes += chunk
      chunk.removeAll(keepingCapacity: true)
    }
    return bytes
  }

  /// The change's JSON (no newline), handed to `flush` in chunks of about 1 MB, which empties
  /// each: a bulk edit's record never exists whole in memory.
  static func write(_ change: Change, flush: (inout [UInt8]) -> Void) throws {
    var writer = SessionWriter()
    try writer.write(change, encoder: SessionWriter.encoder(), flush: flush)
    flush(&writer.json.bytes)
  }

  /// The change in `bytes`, which must hold it and nothing else.
  static func change(from bytes: UnsafeBufferPointer<UInt8>) throws(JSONCursor.Failure) -> Change {
    var reader = SessionReader(bytes)
    let change = try reader.change()
    reader.cursor.skipSpace()
    guard reader.cursor.index == reader.cursor.end else { throw reader.cursor.failure("text after the change") }
    return change
  }
}
