import Dispatch
import Synchronization

/// Maps a batch on every core, keeping the input order.
public enum ParallelMap {
  /// `transform` applied to every element, spread over `workers` threads in contiguous chunks.
  public static func map<T: Sendable, U: Sendable>(
    _ items: [T], workers: Int, _ transform: @Sendable (T) -> U
  ) -> [U] {
    let workers = max(1, min(workers, items.count))
    if workers == 1 { return items.map(transform) }
    let chunks = Mutex<[[U]]>(Array(repeating: [], count: workers))
    let size = (items.count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      let lo = w * size
      let hi = min(items.count, lo + size)
      guard lo < hi else { return }
      let mapped = items[lo..<hi].map(transform)
      chunks.withLock { $0[w] = mapped }
    }
    return chunks.withLock { $0.flatMap { $0 } }
  }
}
