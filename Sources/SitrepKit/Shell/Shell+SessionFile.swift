import Foundation
import QueryLanguage

/// The shell's hold on its session file: the journal changes go to, the lock, and whether the
/// session was opened read-only because another process holds it.
public struct SessionFileState: Sendable {
  var journal: SessionJournal?
  var lock: SessionLock?
  /// Who held the lock when this session was opened read-only; nil when it is writable.
  public internal(set) var readOnlyHolder: SessionLock.Holder?
  /// Warnings raised while recording a change, reported after the statement.
  var warnings: [String] = []
  /// The write system call for saves and the journal; tests inject a full disk here.
  public var writer: AtomicFile.WriteFunction = AtomicFile.systemWrite

  public init() {}

  /// Forgets the file (journal, lock, read-only holder, warnings), keeping the writer.
  mutating func reset() {
    journal = nil
    lock = nil
    readOnlyHolder = nil
    warnings = []
  }

  /// Whether changes are journaled (the session has a file and holds its lock).
  public var isJournaling: Bool { journal != nil }
}

extension Shell {
  /// Writes a recorded change to the journal before the command acknowledges it.
  ///
  /// A failed write keeps the change in memory and leaves a warning for the end of the statement.
  mutating func journal(_ change: Change) {
    guard let journal = fileState.journal else { return }
    if Shell.savesInstead(of: change, in: session), let path = sessionPath,
      (try? SessionStore.save(session, to: path, using: fileState.writer)) != nil
    {
      // The file now holds every change so far: the journal has nothing left to add.
      journal.remove()
      markSaved(to: path)
      fileState.warnings.append(
        "note: a change this large (\(change.edits.count) records) is saved straight into "
          + "'\(display(path))' rather than journaled\n")
      return
    }
    do {
      try journal.append(change, using: fileState.writer)
    } catch {
      guard case .writeFailed(let path, let reason) = error else { return }
      fileState.warnings.append(
        "warning: change \(change.number) is kept in memory but could not be written to the "
          + "journal "
          + "'\(display(path))': \(reason); 'save' soon, or 'save OTHER-FILE' elsewhere\n")
    }
  }

  /// Whether `change` is better made durable by saving the whole session than by journaling
  /// it: when its journal record (every event before and after, written like the file's
  /// records) would be at least half the file (the session with it, and the trail), as for a
  /// load into a small session. A bulk edit of a large session is journaled: its record is a
  /// fraction of the file. Either way it is on disk before the command is acknowledged.
  static func savesInstead(of change: Change, in session: Session) -> Bool {
    let journaled = records(in: change.edits)
    guard journaled >= 5_000 else { return false }
    let trail = session.trail.reduce(0) { $0 + records(in: $1.edits) }
    return 2 * journaled >= session.events.count + session.articles.count + trail
  }

  /// How many records `edits` write: an event's or article's value before and after each count.
  static func records(in edits: [Edit]) -> Int {
    edits.reduce(0) { n, edit in
      switch edit {
      case .event(let before, let after): n + (before == nil ? 0 : 1) + (after == nil ? 0 : 1)
      case .article(let before, let after): n + (before == nil ? 0 : 1) + (after == nil ? 0 : 1)
      default: n + 1
      }
    }
  }

  /// Reports warnings left by ``journal(_:)``.
  mutating func reportFileWarnings(console: inout some Console) {
    for warning in fileState.warnings { console.report(warning) }
    fileState.warnings.removeAll()
  }

  /// Lets go of the session file's lock (at exit, or before opening another).
  public mutating func releaseSessionFile() {
    fileState.lock?.release()
    fileState.reset()
  }

  /// Takes the lock on `target` for saving, or explains who has it.
  mutating func lockForSaving(_ target: String, at range: SourceRange?) throws(Diagnostic)
    -> SessionLock
  {
    if target == sessionPath, let holder = fileState.readOnlyHolder {
      throw .error(
        "'\(display(target))' is open read-only: it is in use by \(holder.description)", at: range,
        hint: "save to another file")
    }
    do {
      return try SessionLock.acquire(
        sessionPath: target, analyst: context.analyst, time: Shell.timestamp())
    } catch {
      switch error {
      case .held(let holder, _):
        throw .error(
          "cannot save '\(display(target))': it is in use by \(holder.description)", at: range)
      case .cannotLock(_, let reason):
        throw .error(
          "cannot save '\(display(target))': the directory cannot be written to (\(reason)); "
            + "nothing was lost, the session is still open", at: range)
      }
    }
  }

  /// After a successful save to `target`: fold the journal, move the lock, journal from now on.
  mutating func adoptSavedFile(_ target: String, lock: SessionLock) {
    let journal = SessionJournal(sessionPath: target)
    journal.remove()
    if let old = fileState.lock, old.path != lock.path { old.release() }
    fileState.lock = lock
    fileState.readOnlyHolder = nil
    fileState.journal = journal
  }

  /// Locks `target` for opening; when another process holds it, reports so and opens read-only.
  ///
  /// - Returns: the lock, or nil for a read-only open (with `holder` set).
  func lockForOpening(_ target: String, console: inout some Console) -> (
    SessionLock?, SessionLock.Holder?
  ) {
    do {
      return (
        try SessionLock.acquire(
          sessionPath: target, analyst: context.analyst, time: Shell.timestamp()), nil
      )
    } catch {
      switch error {
      case .held(let holder, _):
        console.report(
          "note: '\(display(target))' is in use by \(holder.description); opened read-only: "
            + "changes stay in memory until 'save OTHER-FILE'\n")
        return (nil, holder)
      case .cannotLock(_, let reason):
        console.report(
          "note: '\(display(target))' cannot be locked (\(reason)); opened read-only\n")
        let me = SessionLock.Holder(
          pid: getpid(), host: SessionLock.hostName(), analyst: context.analyst, time: "")
        return (nil, me)
      }
    }
  }

  /// Replays the journal beside `target` into `session`, repairing a cut-off or damaged journal.
  ///
  /// - Returns: how many changes were recovered, and notes for the analyst.
  func replayJournal(
    _ target: String, into session: inout Session, writable: Bool
  ) -> (recovered: Int, notes: [String]) {
    let recovery = SessionJournal.recover(sessionPath: target)
    let journal = SessionJournal(sessionPath: target)
    var notes: [String] = []
    let recovered = session.replayJournal(recovery.changes)
    if recovery.droppedTail {
      notes.append(
        "note: the journal's last record was cut off (the process died while writing it, before "
          + "acknowledging it) and was dropped\n")
    }
    if let line = recovery.damagedLine {
      let kept = journal.path + ".damaged"
      if writable { _ = rename(journal.path, kept) }
      notes.append(
        "warning: line \(line) of the journal '\(display(journal.path))' is damaged; "
          + "changes from there on "
          + "were not replayed\(writable ? " (the journal was kept as '\(display(kept))')" : "")\n")
    }
    if writable, recovery.droppedTail || recovery.damagedLine != nil {
      try? journal.rewrite(recovery.changes)
    }
    return (recovered, notes)
  }
}
