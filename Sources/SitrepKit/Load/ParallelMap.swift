import Dispatch
import Synchronization

/// Maps a batch on every core, keeping the input order.
public enum ParallelMap {
  /// `transform` applied to every element, spread over `workers` threads that each take the next
  /// element not yet taken (so a slow element does not leave the other threads idle).
  public static func map<T: Sendable, U: Sendable>(
    _ items: [T], workers: Int, _ transform: @Sendable (T) -> U
  ) -> [U] {
    let workers = max(1, min(workers, items.count))
    if workers == 1 { return items.map(transform) }
    let nextIndex = Atomic<Int>(0)
    let done = Locked<[(Int, U)]>([])
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var mapped: [(Int, U)] = []
      while true {
        let i = nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
        guard i < items.count else { break }
        mapped.append((i, transform(items[i])))
      }
      done.withLock { $0 += mapped }
    }
    return done.withLock { $0.sorted { $0.0 < $1.0 }.map(\.1) }
  }
}
