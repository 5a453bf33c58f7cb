import Foundation
import QueryLanguage

/// A session's query index built on another thread after `open` or a load, while the analyst
/// reads what it printed and types the next question: the first tally over a million events
/// then finds its columns ready instead of spending most of a second on them.
///
/// The thread reads its own reference to the session's storage; the shell waits for it before
/// the next statement (``Shell/settleIndexBuild()``), so no edit ever copies the events because
/// the thread still shares them.
final class IndexBuild: @unchecked Sendable {
  /// The key columns built with the index: those of the commonest first questions.
  static let keys: [QueryField] = [.place, .month]

  private let condition = NSCondition()
  private var built: TallyIndex?

  /// Starts building the index of `session`.
  init(session: Session) {
    let holder = Locked<Session?>(session)
    let thread = Thread { [self] in
      // The session is let go of as soon as the columns are read, before they are published.
      let index = { () -> TallyIndex in
        // Taken once, by this thread alone.
        let session = holder.withLock { $0.take()! }
        let columns = TallyIndex(session: session)
        // The key columns and the reported totals read different fields of the events: the
        // two are made side by side (at a million events, 0.15 s and 0.35 s).
        let both = ParallelMap.map([true, false], workers: 2) { keys in
          var index = columns
          if keys {
            index.prepareKeys(IndexBuild.keys, session: session)
          } else {
            TallyEngine(session: session).prepareReportedTotals(&index)
          }
          return index
        }
        var index = both[1]
        index.keys = both[0].keys
        return index
      }()
      condition.lock()
      built = index
      condition.broadcast()
      condition.unlock()
    }
    thread.name = "sitrep index"
    thread.start()
  }

  /// The index, waiting for the thread to finish it.
  func index() -> TallyIndex {
    condition.lock()
    defer { condition.unlock() }
    while built == nil { condition.wait() }
    return built!
  }
}
