import Foundation

/// One journal line: a change and the session's bookkeeping just after it.
///
/// The change carries its full edits (a load's articles and events too), so replaying the
/// journal over the saved file rebuilds the session exactly; the stacks are stored rather than
/// re-derived because `undo` and `redo` move them in ways a change's edits do not say.
public struct JournalEntry: Sendable, Hashable, Codable {
  public var change: Change
  /// Whether the audit trail keeps the edits (false for loads, whose articles and events are in
  /// the session itself).
  public var trailKeepsEdits: Bool
  /// The session's `undoable` stack after the change.
  public var undoable: [Int]
  /// The session's `redoable` stack after the change.
  public var redoable: [Int]

  public init(change: Change, trailKeepsEdits: Bool, undoable: [Int], redoable: [Int]) {
    self.change = change
    self.trailKeepsEdits = trailKeepsEdits
    self.undoable = undoable
    self.redoable = redoable
  }
}

/// What reading a journal found.
public struct JournalRecovery: Sendable, Hashable {
  /// The complete records, oldest first.
  public var entries: [JournalEntry]
  /// The last record was cut off (the process died while writing it) and was dropped.
  public var droppedTail: Bool
  /// The 1-based line of a damaged record that was not the last; it and everything after it
  /// were not replayed.
  public var damagedLine: Int?

  /// The changes recovered, oldest first.
  public var changes: [Change] { entries.map(\.change) }
}

/// The write-ahead journal beside a session file (`FILE.journal`): JSON Lines, one
/// ``JournalEntry`` per line, each flushed to disk before the shell acknowledges the change.
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
  /// - Throws: ``Failure/writeFailed(path:reason:)``; a partly written record is cut off again
  ///   so the journal stays readable.
  public func append(_ entry: JournalEntry) throws(Failure) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data: Data
    do { data = try encoder.encode(entry) } catch {
      throw .writeFailed(path: path, reason: "could not encode change \(entry.change.number)")
    }
    data.append(0x0A)
    let isNew = access(path, F_OK) != 0
    let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard fd >= 0 else { throw .writeFailed(path: path, reason: SessionJournal.lastError()) }
    defer { close(fd) }
    let start = lseek(fd, 0, SEEK_END)
    if let reason = AtomicFile.writeAll(data, to: fd)
      ?? (fsync(fd) == 0 ? nil : SessionJournal.lastError())
    {
      if start >= 0 { _ = ftruncate(fd, start) }
      throw .writeFailed(path: path, reason: reason)
    }
    if isNew { AtomicFile.syncDirectory(of: path) }
  }

  /// Appends a change with the session's stacks as they are after it.
  public func append(_ change: Change, trailKeepsEdits: Bool = true, in session: Session)
    throws(Failure)
  {
    try append(
      JournalEntry(
        change: change, trailKeepsEdits: trailKeepsEdits, undoable: session.undoable,
        redoable: session.redoable))
  }

  /// Replaces the journal with `entries` atomically (after dropping a cut-off or damaged tail, so
  /// later records are not appended behind a broken line).
  public func rewrite(_ entries: [JournalEntry]) throws(SessionStore.Failure) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = Data()
    for entry in entries {
      guard let line = try? encoder.encode(entry) else { continue }
      data.append(line)
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
      return JournalRecovery(entries: [], droppedTail: false, damagedLine: nil)
    }
    return recover(from: data)
  }

  /// Reads journal records from `data`.
  public static func recover(from data: Data) -> JournalRecovery {
    var recovery = JournalRecovery(entries: [], droppedTail: false, damagedLine: nil)
    let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
    let decoder = JSONDecoder()
    for (index, line) in lines.enumerated() {
      let isLast =
        index == lines.count - 1 || (index == lines.count - 2 && lines[lines.count - 1].isEmpty)
      if line.isEmpty {
        if index == lines.count - 1 { break }
        continue
      }
      do {
        let entry = try decoder.decode(JournalEntry.self, from: Data(line))
        // A record without its newline was cut off after its last byte: complete all the same.
        recovery.entries.append(entry)
      } catch {
        if isLast { recovery.droppedTail = true } else { recovery.damagedLine = index + 1 }
        break
      }
    }
    return recovery
  }

  static func lastError() -> String { String(cString: strerror(errno)) }
}

extension Session {
  /// Replays journal entries whose change is newer than the trail's last one.
  ///
  /// - Returns: how many changes were applied (entries already in the trail are skipped, as
  ///   after a crash between a save and the journal's removal).
  @discardableResult
  public mutating func replay(_ entries: [JournalEntry]) -> Int {
    var applied = 0
    for entry in entries where entry.change.number > (trail.last?.number ?? 0) {
      apply(entry.change.edits)
      var logged = entry.change
      if !entry.trailKeepsEdits { logged.edits = [] }
      trail.append(logged)
      undoable = entry.undoable
      redoable = entry.redoable
      if !analysts.contains(entry.change.analyst) { analysts.append(entry.change.analyst) }
      applied += 1
    }
    return applied
  }
}
