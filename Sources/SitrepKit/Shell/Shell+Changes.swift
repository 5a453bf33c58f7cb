import Foundation
import QueryLanguage

extension Shell {
  /// A transaction that holds the session alone while a command edits it: the shell lets go of
  /// its own copy, so the first edit does not copy every event (at a million events, a second
  /// of CPU and hundreds of megabytes). Until ``commit(_:command:undoable:)`` hands the session
  /// back, `session` is empty: work out everything the edit needs first, and do not throw after.
  mutating func beginTransaction() -> Transaction {
    let transaction = Transaction(session: session)
    session = Session()
    return transaction
  }

  /// Makes a transaction's edits the session's state and records them as one change.
  ///
  /// - Parameters:
  ///   - transaction: the edits.
  ///   - command: the statement as typed, for the audit trail.
  ///   - undoable: false for changes that are logged but not taken back by `undo` (loading).
  /// - Returns: the recorded change, or nil when nothing changed.
  @discardableResult
  mutating func commit(_ transaction: Transaction, command: String, undoable: Bool = true) -> Change? {
    // A load that no journal will read needs no edits: the trail logs a load without them, and
    // for a million loaded events they would be a second copy of all of them.
    let keepsEdits = undoable || fileState.journal != nil
    let edits = keepsEdits ? transaction.edits : []
    guard keepsEdits ? !edits.isEmpty : transaction.hasChanges else {
      session = transaction.session
      // Nothing changed: the query index still holds.
      if let index = queryIndex.take(), index.revision.isSame(as: transaction.startRevision) {
        queryIndex = index.patched(with: [], into: session)
      }
      return nil
    }
    session = transaction.session
    return record(
      edits: edits, command: command, kind: undoable ? .edit : .load, from: transaction.startRevision)
  }

  /// Appends a change to the audit trail (and the journal, when the session has a file).
  ///
  /// The journal is told the full edits; the trail keeps them only for undoable changes (a load's
  /// articles and events are in the session itself, not again in its trail).
  /// `before` is the revision the edits were made from: a query index built for it is patched
  /// to the new one rather than built again (``TallyIndex/patched(with:into:)``).
  @discardableResult
  mutating func record(
    edits: [Edit], command: String, kind: Change.Kind, from before: SessionRevision
  ) -> Change {
    let change = Change(
      number: (session.trail.last?.number ?? 0) + 1, time: Shell.timestamp(), analyst: context.analyst,
      command: command, edits: edits, kind: kind)
    // The edits are in place already; applying after-values again changes nothing, so replay
    // serves here to keep the trail and the undo stacks exactly as journal recovery will.
    session.replay(change)
    // A load adds articles and events (and may come without its edits): its index is built anew.
    if kind != .load, let index = queryIndex.take(), index.revision.isSame(as: before) {
      queryIndex = index.patched(with: edits, into: session)
    }
    if kind == .load { startIndexBuild() }
    if !session.analysts.contains(context.analyst) { session.analysts.append(context.analyst) }
    markDirty()
    journal(change)
    changeObserver?(change)
    return change
  }

  static func timestamp() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date())
  }

  /// The statement text of a source range, as typed.
  static func statementText(_ range: SourceRange, in source: String) -> String {
    let lines = sourceLines(source)
    var out: [String] = []
    for n in range.lowerBound.line...max(range.lowerBound.line, range.upperBound.line) {
      guard n - 1 < lines.count, n >= 1 else { break }
      let chars = Array(lines[n - 1])
      let from = min(chars.count, n == range.lowerBound.line ? range.lowerBound.column - 1 : 0)
      let to = n == range.upperBound.line ? min(chars.count, range.upperBound.column - 1) : chars.count
      out.append(from < to ? String(chars[from..<to]) : "")
    }
    return out.joined(separator: "\n")
  }
}
